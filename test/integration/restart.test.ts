import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { freePort } from '../../src/storage/embeddedDatabase';
import { breakFix } from '../helpers/answers';
import { BotClient, cardOf, cardText } from '../helpers/botHarness';
import {
  embeddedDatabasePid,
  processGone,
  startBot,
  stopBot,
  waitFor,
  type BotProcess,
} from '../helpers/botProcess';
import { RecordingConnector } from '../helpers/connector';
import { findAction, invokeCard, WizardDriver } from '../helpers/wizardDriver';

/**
 * The bot restarts on the data it wrote: through the real entry point, on the embedded database,
 * after a clean stop and after kill -9.
 */
describe('restarting the bot on its own data', () => {
  const dataDir = mkdtempSync(join(tmpdir(), 'cspbot-restart-'));
  const connector = new RecordingConnector();
  let bot: BotProcess | undefined;
  let port = 0;

  beforeAll(async () => {
    await connector.start();
    port = await freePort();
  });
  afterAll(async () => {
    if (bot) await stopBot(bot);
    await connector.stop();
  });

  const start = async (): Promise<BotClient> => {
    bot = startBot({ PORT: String(port), HOST: '127.0.0.1', DATA_DIR: dataDir });
    const ready = await waitFor(`http://127.0.0.1:${port}/readyz`, 90_000);
    expect(ready.status).toBe(200);
    return new BotClient(connector, `http://127.0.0.1:${port}`);
  };

  /** "my tickets" lists the ticket, and its Open button shows it. */
  const expectTicket = async (client: BotClient, ticketId: string, title: string) => {
    const list = await client.message('my tickets');
    expect(list.status).toBe(200);
    const card = cardOf(list.sent[0]);
    expect(cardText(card)).toContain(ticketId);
    const open = findAction(card, 'ticket.refresh');
    expect(open?.data?.ticketId).toBe(ticketId);
    const shown = invokeCard(await client.execute('ticket.refresh', open?.data ?? {}));
    expect(cardText(shown)).toContain(title);
  };

  it('keeps a ticket across a clean stop and a kill -9, and the database never outlives the bot', async () => {
    const answers = breakFix('azure', 'A', { title: 'Storage account throttled since 07:00' });

    // First start: write a ticket.
    let client = await start();
    const wizard = new WizardDriver(client);
    await wizard.startByText();
    await wizard.complete(answers);
    const ticketCard = await wizard.submit();
    const ticketId = /CSP-\d{6}/.exec(cardText(ticketCard))?.[0];
    expect(ticketId).toBeDefined();

    // Clean stop (SIGTERM), then start again on the same data.
    const firstDb = embeddedDatabasePid(bot?.output() ?? '');
    bot?.child.kill('SIGTERM');
    expect(await bot?.exit).toBe(0);
    expect(await processGone(firstDb, 10_000)).toBe(true);

    client = await start();
    await expectTicket(client, ticketId ?? '', 'Storage account throttled since 07:00');

    // kill -9: no shutdown code runs; the embedded database still stops, and a third start is healthy.
    const secondDb = embeddedDatabasePid(bot?.output() ?? '');
    bot?.child.kill('SIGKILL');
    await bot?.exit;
    expect(await processGone(secondDb, 10_000)).toBe(true);

    client = await start();
    expect((await fetch(`http://127.0.0.1:${port}/healthz`)).status).toBe(200);
    await expectTicket(client, ticketId ?? '', 'Storage account throttled since 07:00');

    // The next ticket gets the next number: the counter survived too.
    const second = new WizardDriver(client);
    await second.startByText();
    await second.complete(breakFix('office365', 'B'));
    const next = cardText(await second.submit());
    const seq = Number(ticketId?.slice(4));
    expect(next).toContain(`CSP-${String(seq + 1).padStart(6, '0')}`);
  }, 240_000);
});
