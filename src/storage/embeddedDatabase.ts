import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdirSync } from 'node:fs';
import { createServer, connect } from 'node:net';
import { join, resolve } from 'node:path';

/** The FerretDB release the project builds and runs (scripts/ferretdb.mjs builds the same one). */
export const FERRETDB_VERSION = 'v1.24.2';

export interface EmbeddedDatabase {
  readonly uri: string;
  readonly pid: number;
  stop(): Promise<void>;
}

export interface EmbeddedDatabaseOptions {
  /** Directory holding the SQLite files; created if missing. */
  dataDir: string;
  /** The project root, where .tools/ lives. */
  projectRoot: string;
  /** Explicit binary (FERRETDB_BIN); defaults to the project's own build. */
  binary?: string;
  startTimeoutMs?: number;
  onOutput?: (line: string) => void;
}

/** Thrown when the embedded database cannot start; the message says what to do. */
export class EmbeddedDatabaseError extends Error {
  override readonly name = 'EmbeddedDatabaseError';
}

export function ferretBinaryPath(projectRoot: string): string {
  return join(projectRoot, '.tools', 'ferretdb', FERRETDB_VERSION, 'ferretdb');
}

/** A TCP port that was free a moment ago on 127.0.0.1. */
export function freePort(): Promise<number> {
  return new Promise((resolvePort, reject) => {
    const server = createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => (typeof address === 'object' && address ? resolvePort(address.port) : reject()));
    });
  });
}

function canConnect(port: number): Promise<boolean> {
  return new Promise((done) => {
    const socket = connect({ host: '127.0.0.1', port });
    socket.once('connect', () => {
      socket.destroy();
      done(true);
    });
    socket.once('error', () => done(false));
  });
}

/**
 * Starts FerretDB with its SQLite backend as a child process on 127.0.0.1 and waits until it accepts
 * connections. No telemetry, no state directory, its own debug address.
 */
export async function startEmbeddedDatabase(options: EmbeddedDatabaseOptions): Promise<EmbeddedDatabase> {
  const binary = options.binary ?? ferretBinaryPath(options.projectRoot);
  if (!existsSync(binary)) {
    throw new EmbeddedDatabaseError(
      `The embedded database (FerretDB ${FERRETDB_VERSION}) is not built: ${binary} is missing.\n` +
        `Run 'npm run ferretdb:build' (needs Go 1.24 or newer), or set MONGODB_URI to your MongoDB server.`,
    );
  }
  const dataDir = resolve(options.dataDir);
  mkdirSync(dataDir, { recursive: true });
  const [port, debugPort] = [await freePort(), await freePort()];
  const child: ChildProcess = spawn(
    binary,
    [
      '--handler=sqlite',
      `--sqlite-url=file:${dataDir}/`,
      `--listen-addr=127.0.0.1:${port}`,
      `--debug-addr=127.0.0.1:${debugPort}`,
      '--state-dir=-',
      '--telemetry=disable',
      '--log-level=warn',
    ],
    { stdio: ['ignore', 'pipe', 'pipe'] },
  );
  let exited: string | undefined;
  const output: string[] = [];
  const collect = (chunk: Buffer) => {
    for (const line of chunk.toString('utf8').split('\n').filter(Boolean)) {
      if (output.length < 50) output.push(line);
      options.onOutput?.(line);
    }
  };
  child.stdout?.on('data', collect);
  child.stderr?.on('data', collect);
  // If this process ends without stopping the database (an uncaught error, process.exit), take it along.
  const killOnExit = () => child.kill('SIGKILL');
  process.once('exit', killOnExit);
  const exitedPromise = new Promise<void>((done) => {
    child.once('exit', (code, signal) => {
      exited = `exited with ${signal ?? `code ${code}`}`;
      process.removeListener('exit', killOnExit);
      done();
    });
  });

  const deadline = Date.now() + (options.startTimeoutMs ?? 15_000);
  while (!(await canConnect(port))) {
    if (exited || Date.now() > deadline) {
      child.kill('SIGKILL');
      throw new EmbeddedDatabaseError(
        `The embedded database did not start (${exited ?? 'timed out'}).\n${output.join('\n')}`,
      );
    }
    await new Promise((r) => setTimeout(r, 50));
  }

  return {
    uri: `mongodb://127.0.0.1:${port}/`,
    pid: child.pid ?? -1,
    async stop() {
      if (exited) return;
      child.kill('SIGTERM');
      const timer = setTimeout(() => child.kill('SIGKILL'), 5_000);
      await exitedPromise;
      clearTimeout(timer);
    },
  };
}
