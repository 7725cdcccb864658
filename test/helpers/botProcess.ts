import { spawn, type ChildProcess } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { resolve } from 'node:path';

const root = resolve(__dirname, '..', '..');
// One process (node with the tsx loader), so signals reach the bot itself, not a wrapper.
const nodeArgs = ['--import', 'tsx', 'src/index.ts'];

export interface BotProcess {
  child: ChildProcess;
  /** Everything it printed so far (stdout and stderr). */
  output(): string;
  exit: Promise<number>;
}

/** Starts the bot as `npm start` runs it (the real entry point), with only `env` and PATH/HOME set. */
export function startBot(
  env: Record<string, string>,
  options: {
    /** A process group of its own, as a terminal or a service manager runs it, for signals sent to the group. */
    group?: boolean;
  } = {},
): BotProcess {
  let output = '';
  const child = spawn(process.execPath, nodeArgs, {
    cwd: root,
    detached: options.group ?? false,
    env: {
      PATH: process.env.PATH ?? '',
      HOME: process.env.HOME ?? '',
      ...(process.env.JAVA_HOME && { JAVA_HOME: process.env.JAVA_HOME }),
      ENV_NAME: 'none',
      LOG_LEVEL: 'info',
      ...env,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  child.stdout?.on('data', (d: Buffer) => (output += d.toString()));
  child.stderr?.on('data', (d: Buffer) => (output += d.toString()));
  const exit = new Promise<number>((done) =>
    child.once('exit', (code, signal) => done(code ?? (signal ? 128 : -1))),
  );
  return { child, output: () => output, exit };
}

/** A "help" message in a personal chat, as Teams posts it to the bot on `port`, replying to `serviceUrl`. */
export function postHelp(port: number, serviceUrl: string): Promise<Response> {
  return fetch(`http://127.0.0.1:${port}/api/messages`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({
      type: 'message',
      id: `help-${randomUUID()}`,
      text: 'help',
      locale: 'en-US',
      channelId: 'msteams',
      serviceUrl,
      conversation: { id: 'c1', conversationType: 'personal', tenantId: 'tenant-1' },
      from: { id: 'u1', name: 'Ada' },
      recipient: { id: 'b1', name: 'Bot' },
    }),
  });
}

/** Polls `url` until it answers (any status), or throws after `timeoutMs`. */
export async function waitFor(url: string, timeoutMs: number): Promise<Response> {
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

export function processAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

/** Waits until `pid` is gone, up to `timeoutMs`; true when it is. */
export async function processGone(pid: number, timeoutMs: number): Promise<boolean> {
  const deadline = Date.now() + timeoutMs;
  while (processAlive(pid)) {
    if (Date.now() > deadline) return false;
    await new Promise((r) => setTimeout(r, 50));
  }
  return true;
}

/** The embedded database's process id, from the bot's start-up log line. */
export function embeddedDatabasePid(output: string): number {
  return Number(/"pid":(\d+),"msg":"embedded database started"/.exec(output)?.[1]);
}

/** Stops the bot gracefully if it still runs, then makes sure. */
export async function stopBot(bot: BotProcess): Promise<void> {
  bot.child.kill('SIGTERM');
  await Promise.race([bot.exit, new Promise((r) => setTimeout(r, 10_000))]);
  bot.child.kill('SIGKILL');
}
