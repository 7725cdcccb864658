import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { freePort } from '../../src/storage/embeddedDatabase';
import { RecordingConnector } from '../helpers/connector';

const root = resolve(__dirname, '..', '..');
// One process (node with the tsx loader), so signals reach the bot itself, not a wrapper.
const nodeArgs = ['--import', 'tsx', 'src/index.ts'];

function startBot(env: Record<string, string>): {
  child: ChildProcess;
  output: () => string;
  exit: Promise<number>;
} {
  let output = '';
  const child = spawn(process.execPath, nodeArgs, {
    cwd: root,
    env: {
      PATH: process.env.PATH ?? '',
      HOME: process.env.HOME ?? '',
      ENV_NAME: 'none',
      LOG_LEVEL: 'info',
      ...env,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  child.stdout?.on('data', (d: Buffer) => (output += d.toString()));
  child.stderr?.on('data', (d: Buffer) => (output += d.toString()));
  const exit = new Promise<number>((done) => child.once('exit', (code) => done(code ?? -1)));
  return { child, output: () => output, exit };
}

async function waitFor(url: string, timeoutMs: number): Promise<Response> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    try {
      return await fetch(url);
    } catch (error) {
      if (Date.now() > deadline) throw error;
      await new Promise((r) => setTimeout(r, 100));
    }
  }
}

function processAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

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
      const dbPid = Number(/"pid":(\d+),"msg":"embedded database started"/.exec(bot.output())?.[1]);
      expect(processAlive(dbPid)).toBe(true);

      const reply = await fetch(`http://127.0.0.1:${port}/api/messages`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({
          type: 'message',
          id: 'm1',
          text: 'help',
          locale: 'en-US',
          channelId: 'msteams',
          serviceUrl: connector.url,
          conversation: { id: 'c1', conversationType: 'personal' },
          from: { id: 'u1', name: 'Ada' },
          recipient: { id: 'b1', name: 'Bot' },
        }),
      });
      expect(reply.status).toBe(200);
      const posted = connector.calls.find((c) => c.method === 'POST');
      expect(posted?.path).toBe('/v3/conversations/c1/activities/m1');
      const attachments = posted?.body.attachments as { contentType: string }[];
      expect(attachments[0]?.contentType).toBe('application/vnd.microsoft.card.adaptive');

      bot.child.kill('SIGTERM');
      expect(await bot.exit).toBe(0);
      expect(processAlive(dbPid)).toBe(false);
    } finally {
      // Graceful first, so the bot stops its database too; then make sure.
      bot.child.kill('SIGTERM');
      await Promise.race([bot.exit, new Promise((r) => setTimeout(r, 10_000))]);
      bot.child.kill('SIGKILL');
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

  it('refuses to start with an invalid variable, naming it', async () => {
    const bot = startBot({ PORT: 'eighty' });
    expect(await bot.exit).not.toBe(0);
    expect(bot.output()).toMatch(/PORT="eighty"/);
  }, 30_000);
});
