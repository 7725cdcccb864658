import { t } from '../../src/i18n';
import { BotHarness, cardOf, cardText } from '../helpers/botHarness';
import { findAction } from '../helpers/wizardDriver';

type InvokeBody = { statusCode: number; type: string; value: Record<string, unknown> };

describe('when the database stops answering (real turns)', () => {
  const bot = new BotHarness();
  beforeAll(() => bot.start());
  afterAll(() => bot.stop());

  it('answers card actions with a clear card, still answers FAQ questions, and readiness turns red', async () => {
    const started = await bot.message('new ticket');
    const next = findAction(cardOf(started.sent[0]), 'wizard.next');
    expect(next).toBeDefined();

    await bot.db.client.close();

    const result = await bot.execute('wizard.next', { ...(next?.data ?? {}), role: 'direct-bill' });
    expect(result.status).toBe(200);
    const body = result.body as InvokeBody;
    expect(body.type).toBe('application/vnd.microsoft.card.adaptive');
    expect(cardText(body.value)).toContain(t('en', 'error.generic'));

    // A turn reads the database only where its route does: the FAQ answers from memory.
    const message = await bot.message('Is phone support available?');
    expect(message.status).toBe(200);
    expect(cardText(cardOf(message.sent[0]))).toMatch(/phone/i);
    const tickets = await bot.message('my tickets');
    expect(tickets.sent.map((a) => a.text)).toContain(t('en', 'error.generic'));

    expect((await fetch(bot.url('/readyz'))).status).toBe(503);
    expect((await fetch(bot.url('/healthz'))).status).toBe(200);
  });
});
