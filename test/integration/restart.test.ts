import { mkdtempSync } from 'node:fs';
import { MongoClient } from 'mongodb';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Ticket } from '../../src/domain/ticket';
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
  afterEach(async () => {
    if (bot) await stopBot(bot);
    bot = undefined;
  });
  afterAll(() => connector.stop());

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

  it('starts its embedded database again when that one is killed, and carries on with its data, no restart', async () => {
    const killDir = mkdtempSync(join(tmpdir(), 'cspbot-dbkill-'));
    bot = startBot({ PORT: String(port), HOST: '127.0.0.1', DATA_DIR: killDir });
    expect((await waitFor(`http://127.0.0.1:${port}/readyz`, 90_000)).status).toBe(200);
    const client = new BotClient(connector, `http://127.0.0.1:${port}`);
    const wizard = new WizardDriver(client);
    await wizard.startByText();
    await wizard.complete(breakFix('azure', 'A', { title: 'VM unreachable after maintenance' }));
    const ticketId = /CSP-\d{6}/.exec(cardText(await wizard.submit()))?.[0] ?? '';
    expect(ticketId).not.toBe('');

    const database = embeddedDatabasePid(bot.output());
    process.kill(database, 'SIGKILL');
    expect(await processGone(database, 10_000)).toBe(true);
    // Ready again on its own, with the embedded database started again on the same data.
    let ready = 0;
    for (let i = 0; i < 300 && ready !== 200; i++) {
      await new Promise((r) => setTimeout(r, 100));
      ready = (await fetch(`http://127.0.0.1:${port}/readyz`)).status;
    }
    expect(ready).toBe(200);
    expect(bot.child.exitCode).toBeNull();
    expect(bot.output()).toContain('the embedded database stopped on its own');
    const again = /"pid":(\d+),"restart":1,"msg":"embedded database started again/.exec(bot.output());
    expect(Number(again?.[1])).not.toBe(database);

    await expectTicket(client, ticketId, 'VM unreachable after maintenance');
    const next = new WizardDriver(client);
    await next.startByText();
    await next.complete(breakFix('office365', 'B'));
    expect(cardText(await next.submit())).toContain(
      `CSP-${String(Number(ticketId.slice(4)) + 1).padStart(6, '0')}`,
    );
  }, 240_000);

  it('delivers channel posts and card updates after a crash between the stored change and its delivery', async () => {
    // A fresh data directory, and a channel service that will be down when the bot is killed.
    const crashDir = mkdtempSync(join(tmpdir(), 'cspbot-crash-'));
    bot = startBot({ PORT: String(port), HOST: '127.0.0.1', DATA_DIR: crashDir });
    expect((await waitFor(`http://127.0.0.1:${port}/readyz`, 90_000)).status).toBe(200);
    let client = new BotClient(connector, `http://127.0.0.1:${port}`);
    const channelId = '19:general@thread.tacv2';
    expect((await client.message('post tickets here', { kind: 'channel' })).status).toBe(200);

    const wizard = new WizardDriver(client);
    await wizard.startByText();
    await wizard.complete(breakFix('office365', 'B', { title: 'Mail flow stopped' }));
    const callsBefore = connector.calls.length;
    await connector.stop();
    const ticketCard = await wizard.submit();
    const ticketId = /CSP-\d{6}/.exec(cardText(ticketCard))?.[0] ?? '';
    expect(ticketId).not.toBe('');
    // The answer came at once; the channel post could not be made. Crash now.
    bot.child.kill('SIGKILL');
    await bot.exit;

    await connector.start(connector.port);
    bot = startBot({ PORT: String(port), HOST: '127.0.0.1', DATA_DIR: crashDir });
    expect((await waitFor(`http://127.0.0.1:${port}/readyz`, 90_000)).status).toBe(200);
    client = new BotClient(connector, `http://127.0.0.1:${port}`);
    const posted = await connector.waitFor((c) => c.method === 'POST' && c.conversationId === channelId);
    expect(cardText(cardOf(posted.body))).toContain(ticketId);

    // Withdraw (from the personal card, which shows the answer) with the channel service down again,
    // crash, come back: the channel card ends up withdrawn.
    await connector.stop();
    const withdrawn = invokeCard(
      await client.execute('ticket.withdraw', findAction(ticketCard, 'ticket.withdraw')?.data ?? {}),
    );
    expect(cardText(withdrawn)).toContain('Withdrawn');
    bot.child.kill('SIGKILL');
    await bot.exit;
    const callsAtCrash = connector.calls.length;
    await connector.start(connector.port);
    bot = startBot({ PORT: String(port), HOST: '127.0.0.1', DATA_DIR: crashDir });
    await waitFor(`http://127.0.0.1:${port}/readyz`, 90_000);
    const updated = (activityId: string) =>
      connector.waitFor(
        (c) =>
          connector.calls.indexOf(c) >= callsAtCrash &&
          c.method === 'PUT' &&
          c.activityId === activityId &&
          /Withdrawn/.test(cardText(cardOf(c.body))),
      );
    // The channel card, by the id Teams gave the post (recorded on the ticket).
    await updated(await channelActivityId(bot, ticketId));

    // Exactly one channel post over the whole story, and the ticket says everything is delivered.
    const channelPosts = connector.calls
      .slice(callsBefore)
      .filter((c) => c.method === 'POST' && c.conversationId === channelId);
    expect(channelPosts).toHaveLength(1);
    const stored = await readTicket(bot, ticketId);
    expect(stored?.status).toBe('withdrawn');
    expect(stored?.toAnnounce).toBeUndefined();
    expect(stored?.delivery).toMatchObject({ pending: false });
    expect(stored?.channelPosts?.map((p) => p.shown)).toEqual([2, 2]);
  }, 300_000);
});

/** The bot's embedded database, read directly: its address is in the start-up log. */
async function readTicket(bot: BotProcess, ticketId: string) {
  const uri = /"uri":"(mongodb:\/\/[^"]+)","pid":\d+,"msg":"embedded database started"/.exec(
    bot.output(),
  )?.[1];
  if (!uri) throw new Error('no embedded database address in the log');
  const client = new MongoClient(uri, { retryWrites: false });
  try {
    return await client
      .db('cspbot')
      .collection<Ticket & { delivery?: { pending: boolean } }>('tickets')
      .findOne({ _id: ticketId });
  } finally {
    await client.close();
  }
}

async function channelActivityId(bot: BotProcess, ticketId: string): Promise<string> {
  const ticket = await readTicket(bot, ticketId);
  return ticket?.channelPosts?.[1]?.activityId ?? '';
}
