import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdirSync } from 'node:fs';
import { createServer } from 'node:net';
import { join, resolve } from 'node:path';

/** The mongo-java-server release the launcher in scripts/embedded-db/ is built with. */
export const EMBEDDED_SERVER = 'mongo-java-server 1.47.0 (H2 MVStore)';

/** The file, under DATA_DIR, that holds every collection of the embedded database. */
export const EMBEDDED_DATA_FILE = 'embedded.mv';

export interface EmbeddedDatabase {
  readonly uri: string;
  readonly pid: number;
  /** The data file the server keeps everything in. */
  readonly dataFile: string;
  stop(): Promise<void>;
}

export interface EmbeddedDatabaseOptions {
  /** Directory holding the data file; created if missing. */
  dataDir: string;
  /** The project root, where .tools/ lives. */
  projectRoot: string;
  /** The java executable; defaults to $JAVA_HOME/bin/java, else java on the PATH. */
  java?: string;
  /** The loopback port to listen on; a free one when absent. */
  port?: number;
  startTimeoutMs?: number;
  onOutput?: (line: string) => void;
}

/** Thrown when the embedded database cannot start; the message says what to do. */
export class EmbeddedDatabaseError extends Error {
  override readonly name = 'EmbeddedDatabaseError';
}

export function embeddedClassPath(projectRoot: string): string {
  return join(projectRoot, '.tools', 'embedded-db', 'lib');
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

function javaExecutable(explicit: string | undefined): string {
  if (explicit) return explicit;
  return process.env.JAVA_HOME ? join(process.env.JAVA_HOME, 'bin', 'java') : 'java';
}

/** What to tell the operator when the server's own output explains the failure. */
function explain(output: string[], dataFile: string): string {
  const text = output.join('\n');
  if (/file is locked|locked by another process|OverlappingFileLockException/i.test(text)) {
    return (
      `The data file ${dataFile} is in use by another process (another bot started on the same DATA_DIR?).\n` +
      'Stop that process, or start this one with another DATA_DIR.'
    );
  }
  if (/MVStoreException|corrupt|FileStore/i.test(text)) {
    return (
      `The data file ${dataFile} could not be opened.\n` +
      'Move it away to start with an empty database (keep the copy to recover from), or set MONGODB_URI.'
    );
  }
  return `Its output:\n${output.slice(0, 20).join('\n')}`;
}

/**
 * Starts the embedded MongoDB-wire server (scripts/embedded-db/) as a child process on 127.0.0.1 and
 * waits until it listens. It commits every write before answering and exits when this process closes
 * its stdin, which the operating system does when this process ends in any way, kill -9 included.
 */
export async function startEmbeddedDatabase(options: EmbeddedDatabaseOptions): Promise<EmbeddedDatabase> {
  const classPath = embeddedClassPath(options.projectRoot);
  if (!existsSync(join(classPath, 'embedded-db.jar'))) {
    throw new EmbeddedDatabaseError(
      `The embedded database (${EMBEDDED_SERVER}) is not built: ${classPath} is missing.\n` +
        "Run 'npm run db:build' (needs Java 17 or newer and Maven), or set MONGODB_URI to your MongoDB server.",
    );
  }
  const dataDir = resolve(options.dataDir);
  mkdirSync(dataDir, { recursive: true });
  const dataFile = join(dataDir, EMBEDDED_DATA_FILE);
  const port = options.port ?? (await freePort());
  const java = javaExecutable(options.java);
  let child: ChildProcess;
  try {
    child = spawn(
      java,
      [
        // One collector thread and a bounded heap: the server holds a few thousand small documents.
        '-XX:+UseSerialGC',
        '-Xms32m',
        '-Xmx512m',
        '-Xss512k',
        '-cp',
        `${classPath}/*`,
        'EmbeddedMongo',
        dataFile,
        String(port),
      ],
      { stdio: ['pipe', 'pipe', 'pipe'] },
    );
  } catch (error) {
    throw new EmbeddedDatabaseError(`Could not run ${java}: ${(error as Error).message}`);
  }

  const output: string[] = [];
  let listening = false;
  let exited: string | undefined;
  let onListening: (() => void) | undefined;
  const collect = (chunk: Buffer) => {
    for (const line of chunk.toString('utf8').split('\n').filter(Boolean)) {
      if (output.length < 200) output.push(line);
      if (line.startsWith('listening on ')) {
        listening = true;
        onListening?.();
      }
      options.onOutput?.(line);
    }
  };
  child.stdout?.on('data', collect);
  child.stderr?.on('data', collect);
  const exitedPromise = new Promise<void>((done) => {
    child.once('error', (error) => {
      exited = `could not run ${java}: ${error.message}`;
      onListening?.();
      done();
    });
    child.once('exit', (code, signal) => {
      exited = `exited with ${signal ?? `code ${code}`}`;
      onListening?.();
      done();
    });
  });

  const timeoutMs = options.startTimeoutMs ?? 30_000;
  await new Promise<void>((done) => {
    const timer = setTimeout(done, timeoutMs);
    onListening = () => {
      clearTimeout(timer);
      done();
    };
    if (listening || exited) onListening();
  });
  onListening = undefined;
  if (!listening || exited) {
    child.kill('SIGKILL');
    await Promise.race([exitedPromise, new Promise((r) => setTimeout(r, 2_000))]);
    throw new EmbeddedDatabaseError(
      `The embedded database did not start (${exited ?? `no answer within ${timeoutMs / 1000} s`}).\n` +
        explain(output, dataFile),
    );
  }

  return {
    uri: `mongodb://127.0.0.1:${port}/`,
    pid: child.pid ?? -1,
    dataFile,
    async stop() {
      if (exited) return;
      // Closing stdin asks it to stop: it finishes the writes in flight and closes the file cleanly.
      child.stdin?.end();
      const term = setTimeout(() => child.kill('SIGTERM'), 10_000);
      const kill = setTimeout(() => child.kill('SIGKILL'), 15_000);
      await exitedPromise;
      clearTimeout(term);
      clearTimeout(kill);
    },
  };
}
