import { mkdtempSync, writeFileSync } from 'node:fs';
import { connect, createServer, type Server } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { freePort } from '../../src/storage/embeddedDatabase';
import { RecordingConnector } from '../helpers/connector';
import { testDatabaseUri } from '../helpers/database';
import {
  embeddedDatabasePid,
  postHelp,
  processAlive,
  startBot,
  stopBot,
  waitFor,
} from '../helpers/botProcess';

describe('starting the bot as `npm start` does', () => {
  it('runs on the embedded database, answers health checks and "help", and shuts down cleanly', async () => {
    const port = await freePort();
    const bot = startBot({
      PORT: String(port),
      HOST: '127.0.0.1',
      DATA_DIR: mkdtempSync(join(tmpdir(), 'cspbot-start-')),
    });
    const connector = new RecordingConnector();
    await connector.start();
    try {
      expect((await waitFor(`http://127.0.0.1:${port}/healthz`, 60_000)).status).toBe(200);
      expect((await fetch(`http://127.0.0.1:${port}/readyz`)).status).toBe(200);
      const dbPid = embeddedDatabasePid(bot.output());
      expect(processAlive(dbPid)).toBe(true);

      const reply = await postHelp(port, connector.url);
      expect(reply.status).toBe(200);
      const posted = connector.calls.find((c) => c.method === 'POST');
      expect(posted?.path).toMatch(/^\/v3\/conversations\/c1\/activities\/help-[0-9a-f-]{36}$/);
      const attachments = posted?.body.attachments as { contentType: string }[];
      expect(attachments[0]?.contentType).toBe('application/vnd.microsoft.card.adaptive');

      bot.child.kill('SIGTERM');
      expect(await bot.exit).toBe(0);
      expect(processAlive(dbPid)).toBe(false);
    } finally {
      await stopBot(bot);
      await connector.stop();
    }
  }, 120_000);

  it('keeps its database up for the turns in flight when its whole process group is sent SIGTERM', async () => {
    // Ctrl-C in a terminal, or a service manager stopping a unit, signals every process of the group.
    const port = await freePort();
    const bot = startBot(
      { PORT: String(port), HOST: '127.0.0.1', DATA_DIR: mkdtempSync(join(tmpdir(), 'cspbot-group-')) },
      { group: true },
    );
    const connector = new RecordingConnector();
    await connector.start();
    try {
      expect((await waitFor(`http://127.0.0.1:${port}/readyz`, 60_000)).status).toBe(200);
      const dbPid = embeddedDatabasePid(bot.output());
      connector.delayMs = 2_500;
      const reply = postHelp(port, connector.url);
      await new Promise((r) => setTimeout(r, 500));
      process.kill(-(bot.child.pid as number), 'SIGTERM');
      // The database is the bot's to stop, after the turn: it is not gone meanwhile, nor started again.
      await new Promise((r) => setTimeout(r, 1_000));
      expect(processAlive(dbPid)).toBe(true);
      expect((await reply).status).toBe(200);
      expect(await bot.exit).toBe(0);
      expect(connector.sent()).toHaveLength(1);
      expect(bot.output()).not.toMatch(/stopped on its own/);
      expect(processAlive(dbPid)).toBe(false);
    } finally {
      await stopBot(bot);
      await connector.stop();
    }
  }, 120_000);

  it('exits with a clear message when MONGODB_URI is unreachable, without falling back', async () => {
    const port = await freePort();
    const deadPort = await freePort();
    const bot = startBot({
      PORT: String(port),
      MONGODB_URI: `mongodb://127.0.0.1:${deadPort}/`,
      MONGODB_TIMEOUT_MS: '500',
    });
    expect(await bot.exit).not.toBe(0);
    expect(bot.output()).toContain(`Cannot reach the database at mongodb://127.0.0.1:${deadPort}/`);
    expect(bot.output()).not.toContain('embedded database started');
  }, 30_000);

  it('explains, without a stack trace, a database that drops the connection while indexes are created', async () => {
    // A proxy to the real test database that cuts the connection at the first createIndexes command.
    const upstream = new URL(testDatabaseUri());
    const proxy: Server = createServer((client) => {
      const server = connect(Number(upstream.port), upstream.hostname);
      server.pipe(client);
      client.on('data', (chunk: Buffer) => {
        if (chunk.includes('createIndexes')) {
          client.destroy();
          server.destroy();
        } else server.write(chunk);
      });
      client.on('error', () => server.destroy());
      server.on('error', () => client.destroy());
    });
    await new Promise<void>((done) => proxy.listen(0, '127.0.0.1', done));
    const proxyPort = (proxy.address() as { port: number }).port;
    try {
      const bot = startBot({
        PORT: String(await freePort()),
        MONGODB_URI: `mongodb://127.0.0.1:${proxyPort}/`,
        MONGODB_DB: 'startup_dropped',
        MONGODB_TIMEOUT_MS: '2000',
      });
      expect(await bot.exit).not.toBe(0);
      expect(bot.output()).toContain(
        `The database at mongodb://127.0.0.1:${proxyPort}/ failed while the bot prepared database "startup_dropped"`,
      );
      expect(bot.output()).not.toMatch(/^\s+at /m);
    } finally {
      await new Promise((done) => proxy.close(done));
    }
  }, 60_000);

  it('says the port is taken, naming PORT, and leaves the other bot and its data alone', async () => {
    const port = await freePort();
    const dataDir = mkdtempSync(join(tmpdir(), 'cspbot-twice-'));
    const first = startBot({ PORT: String(port), HOST: '127.0.0.1', DATA_DIR: dataDir });
    try {
      expect((await waitFor(`http://127.0.0.1:${port}/readyz`, 60_000)).status).toBe(200);
      // Its own data, so only the port is shared.
      const second = startBot({
        PORT: String(port),
        HOST: '127.0.0.1',
        DATA_DIR: mkdtempSync(join(tmpdir(), 'cspbot-twice-')),
      });
      expect(await second.exit).toBe(1);
      expect(second.output()).toContain(`PORT=${port}`);
      expect(second.output()).toMatch(/already in use/);
      expect(second.output()).not.toMatch(/^\s+at /m);
      expect(processAlive(embeddedDatabasePid(second.output()))).toBe(false);
      // The same DATA_DIR: refused by the data file's lock, the first bot untouched.
      const third = startBot({ PORT: String(await freePort()), HOST: '127.0.0.1', DATA_DIR: dataDir });
      expect(await third.exit).toBe(1);
      expect(third.output()).toMatch(/in use by another process/);
      expect((await fetch(`http://127.0.0.1:${port}/readyz`)).status).toBe(200);
      first.child.kill('SIGTERM');
      expect(await first.exit).toBe(0);
    } finally {
      await stopBot(first);
    }
  }, 120_000);

  it('says a HOST that is no address of this machine is one, naming HOST', async () => {
    const bot = startBot({
      PORT: String(await freePort()),
      HOST: '203.0.113.7',
      DATA_DIR: mkdtempSync(join(tmpdir(), 'cspbot-host-')),
    });
    expect(await bot.exit).toBe(1);
    expect(bot.output()).toContain('HOST=203.0.113.7');
    expect(bot.output()).not.toMatch(/^\s+at /m);
  }, 60_000);

  it('names DATA_DIR, without a stack trace, when it cannot be made', async () => {
    const notADirectory = join(mkdtempSync(join(tmpdir(), 'cspbot-file-')), 'file');
    writeFileSync(notADirectory, 'x');
    const nested = startBot({ PORT: String(await freePort()), DATA_DIR: join(notADirectory, 'data') });
    expect(await nested.exit).toBe(1);
    expect(nested.output()).toContain(`DATA_DIR (${join(notADirectory, 'data')})`);
    expect(nested.output()).not.toMatch(/^\s+at /m);
  }, 60_000);

  it('refuses to start with an invalid variable, naming it', async () => {
    const bot = startBot({ PORT: 'eighty' });
    expect(await bot.exit).not.toBe(0);
    expect(bot.output()).toMatch(/PORT="eighty"/);
  }, 30_000);
});
