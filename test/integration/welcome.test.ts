import { BotHarness, cardOf, cardText } from '../helpers/botHarness';

describe('welcome and help (real turns, real database)', () => {
  const bot = new BotHarness();
  beforeAll(() => bot.start());
  afterAll(() => bot.stop());

  it('welcomes with the help card when the bot is added, in the activity locale', async () => {
    const result = await bot.post(
      bot.activity('personal', {
        type: 'conversationUpdate',
        locale: 'pl-PL',
        membersAdded: [{ id: 'bot-1', name: 'CSP Bot' }],
      }),
    );
    expect(result.status).toBe(200);
    const card = cardOf(result.sent[0]);
    expect(card?.version).toBe('1.5');
    expect(cardText(card)).toContain('Asystent eskalacji CSP');
  });

  it('does not greet when someone else joins', async () => {
    const result = await bot.post(
      bot.activity('groupChat', { type: 'conversationUpdate', membersAdded: [{ id: 'user-2', name: 'Bo' }] }),
    );
    expect(result.status).toBe(200);
    expect(result.sent).toHaveLength(0);
  });

  it.each([
    ['help', 'en-US', 'CSP escalation assistant'],
    ['help', 'pl-PL', 'Asystent eskalacji CSP'],
    ['pomoc', 'en-US', 'Asystent eskalacji CSP'],
    ['Help!', 'en-GB', 'CSP escalation assistant'],
  ])('answers %s (%s) with the help card', async (text, locale, title) => {
    const result = await bot.message(text, { locale });
    expect(result.status).toBe(200);
    expect(result.sent).toHaveLength(1);
    const card = cardOf(result.sent[0]);
    expect(card?.type).toBe('AdaptiveCard');
    expect(cardText(card)).toContain(title);
  });

  it('answers an @mention "help" in a channel, replying into that thread', async () => {
    const result = await bot.message('help', { kind: 'channel' });
    expect(result.status).toBe(200);
    expect(bot.connector.calls.at(-1)?.conversationId).toBe('19:general@thread.tacv2;messageid=100');
    expect(cardText(cardOf(result.sent[0]))).toContain('CSP escalation assistant');
  });

  it('rejects a body that is not JSON, or not an activity, with 400 and stays up', async () => {
    expect((await bot.post('{not json')).status).toBe(400);
    const notActivity = await bot.post({ hello: 'world' });
    expect(notActivity.status).toBe(400);
    expect(JSON.stringify(notActivity.body)).toContain('type');
    const health = await fetch(bot.url('/healthz'));
    expect(health.status).toBe(200);
  });

  it('reports readiness from the database', async () => {
    const ready = await fetch(bot.url('/readyz'));
    expect(ready.status).toBe(200);
  });
});

describe('unknown card actions (real turns)', () => {
  const bot = new BotHarness();
  beforeAll(() => bot.start());
  afterAll(() => bot.stop());

  it.each([
    ['en-US', 'not something I know how to handle'],
    ['pl-PL', 'Nie wiem, jak obsłużyć'],
  ])('answers an unknown Action.Execute verb with a localized card (%s)', async (locale, text) => {
    const result = await bot.execute('wizard.launchRockets', { x: 1 }, { locale });
    expect(result.status).toBe(200);
    const body = result.body as { statusCode: number; type: string; value: unknown };
    expect(body.statusCode).toBe(200);
    expect(body.type).toBe('application/vnd.microsoft.card.adaptive');
    expect(cardText(body.value)).toContain(text);
  });

  it('answers an Action.Submit without a known verb with a card', async () => {
    const result = await bot.submit({ verb: { $gt: '' } });
    expect(result.status).toBe(200);
    expect(cardText(cardOf(result.sent[0]))).toContain('not something I know how to handle');
  });
});
