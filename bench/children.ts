import { spawn, type ChildProcess } from 'node:child_process';
import { closeSync, openSync } from 'node:fs';
import path from 'node:path';

/**
 * The processes a benchmark starts (the bot, the echo bot, the connector): each is a Node process
 * with an IPC channel, so its CPU time and memory are its own (read from /proc/<pid>) and the load
 * generator never shares its event loop. It says `{ type: 'ready', port }` once it listens and
 * answers `{ id, type }` requests with `{ id, result }`.
 */

const root = path.resolve(__dirname, '..');

interface Reply {
  id: number;
  result?: unknown;
  error?: string;
}

export interface Child {
  readonly name: string;
  readonly pid: number;
  readonly port: number;
  readonly url: string;
  /** Asks the process for something (`counts`, `collect`, ...) and waits for its answer. */
  call<T>(type: string, payload?: unknown): Promise<T>;
  /** SIGTERM, then SIGKILL after `graceMs`; resolves once it has exited. */
  stop(graceMs?: number): Promise<void>;
}

export interface ChildOptions {
  /** The module to run, relative to the project root (run with tsx). */
  entry: string;
  env?: Record<string, string>;
  /** Extra node flags, e.g. --cpu-prof. */
  nodeFlags?: string[];
  /** Where its stdout and stderr go (appended); discarded when absent. */
  logFile?: string;
  startTimeoutMs?: number;
}

export async function startChild(name: string, options: ChildOptions): Promise<Child> {
  const log = options.logFile ? openSync(options.logFile, 'a') : 'ignore';
  const child: ChildProcess = spawn(
    process.execPath,
    [...(options.nodeFlags ?? []), '--import', 'tsx', options.entry],
    {
      cwd: root,
      env: { ...process.env, ...options.env },
      stdio: ['ignore', log, log, 'ipc'],
    },
  );
  if (typeof log === 'number') closeSync(log);
  const exited = new Promise<string>((done) =>
    child.once('exit', (code, signal) => done(signal ?? `code ${code}`)),
  );
  const waiting = new Map<number, { resolve: (value: unknown) => void; reject: (error: Error) => void }>();
  let nextId = 1;
  let ready: ((port: number) => void) | undefined;
  child.on('message', (message: { type?: string; port?: number } & Partial<Reply>) => {
    if (message.type === 'ready' && typeof message.port === 'number') return ready?.(message.port);
    if (typeof message.id !== 'number') return;
    const pending = waiting.get(message.id);
    waiting.delete(message.id);
    if (message.error !== undefined) pending?.reject(new Error(`${name}: ${message.error}`));
    else pending?.resolve(message.result);
  });
  void exited.then((how) => {
    for (const pending of waiting.values()) pending.reject(new Error(`${name} exited (${how})`));
    waiting.clear();
  });

  const timeoutMs = options.startTimeoutMs ?? 60_000;
  const port = await Promise.race([
    new Promise<number>((done) => (ready = done)),
    exited.then((how) => Promise.reject(new Error(`${name} exited before it listened (${how})`))),
    new Promise<never>((_, reject) =>
      setTimeout(
        () => reject(new Error(`${name} did not listen within ${timeoutMs / 1000} s`)),
        timeoutMs,
      ).unref(),
    ),
  ]).catch((error: unknown) => {
    child.kill('SIGKILL');
    throw error;
  });

  return {
    name,
    pid: child.pid ?? -1,
    port,
    url: `http://127.0.0.1:${port}`,
    call<T>(type: string, payload?: unknown) {
      const id = nextId++;
      return new Promise<T>((resolve, reject) => {
        waiting.set(id, { resolve: resolve as (value: unknown) => void, reject });
        child.send({ id, type, payload });
      });
    },
    async stop(graceMs = 15_000) {
      if (child.exitCode !== null || child.signalCode !== null) return;
      child.kill('SIGTERM');
      const timer = setTimeout(() => child.kill('SIGKILL'), graceMs);
      await exited;
      clearTimeout(timer);
    },
  };
}

/** In a child: answers the parent's requests with `handlers` and reports the port it listens on. */
export function serveParent(port: number, handlers: Record<string, (payload: unknown) => unknown>): void {
  process.on('message', (message: { id?: number; type?: string; payload?: unknown }) => {
    const { id, type } = message;
    if (typeof id !== 'number' || typeof type !== 'string') return;
    const handler = handlers[type];
    Promise.resolve()
      .then(() => {
        if (!handler) throw new Error(`no handler for ${type}`);
        return handler(message.payload);
      })
      .then(
        (result) => process.send?.({ id, result }),
        (error: unknown) => process.send?.({ id, error: String((error as Error)?.message ?? error) }),
      );
  });
  // The parent going away (its IPC channel closing) ends this process too.
  process.on('disconnect', () => process.kill(process.pid, 'SIGTERM'));
  process.send?.({ type: 'ready', port });
}
