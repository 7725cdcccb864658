import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdirSync } from 'node:fs';
import { createServer } from 'node:net';
import { dirname, join, resolve } from 'node:path';
import { z } from 'zod';

/** The mongo-java-server release the launcher in scripts/embedded-db/ is built with. */
export const EMBEDDED_SERVER = 'mongo-java-server 1.47.0 (H2 MVStore)';

/** The file, under DATA_DIR, that holds every collection of the embedded database. */
export const EMBEDDED_DATA_FILE = 'embedded.mv';

export interface EmbeddedDatabase {
  readonly uri: string;
  /** The server's current process id (a new one after each restart). */
  readonly pid: number;
  /** The data file the server keeps everything in. */
  readonly dataFile: string;
  stop(): Promise<void>;
}

/** The server stopped without being asked to. */
export interface EmbeddedExit {
  /** `exited with SIGKILL`, `exited with code 1`, or why starting it again failed. */
  readonly reason: string;
  /** The process that stopped (absent when it was a restart that did not start). */
  readonly pid?: number;
  /** Its last lines of output. */
  readonly output: readonly string[];
  /** Which restart within the window this one is (1 for the first). */
  readonly restart: number;
  /** When it is started again. */
  readonly restartInMs: number;
}

/** Starting the server again, on the same data file and port, when it stops without being asked to. */
export interface EmbeddedRestarts {
  /** Each time it stopped on its own, just before it is started again. */
  onExit(exit: EmbeddedExit): void;
  /** It is running again. */
  onRestarted(restarted: { pid: number; restart: number }): void;
  /** It stopped more than `maxRestarts` times within `windowMs`: it is not started again. */
  onGiveUp(error: EmbeddedDatabaseError): void;
  /** Restarts allowed within the window (default 5). */
  maxRestarts?: number;
  /** The window, in ms (default 10 minutes). */
  windowMs?: number;
  /** The wait before the first restart in the window, doubled for each further one (default 500). */
  firstDelayMs?: number;
  /** The longest wait before a restart (default 10 s). */
  maxDelayMs?: number;
}

const RestartLimits = z.object({
  maxRestarts: z.number().int().min(0).default(5),
  windowMs: z.number().int().positive().default(600_000),
  firstDelayMs: z.number().int().min(0).default(500),
  maxDelayMs: z.number().int().min(0).default(10_000),
});

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
  /** Absent: a server that stops on its own stays stopped. */
  restarts?: EmbeddedRestarts;
}

/** Thrown when the embedded database cannot start; the message says what to do. */
export class EmbeddedDatabaseError extends Error {
  override readonly name = 'EmbeddedDatabaseError';
  constructor(
    message: string,
    /** Why the server process did not start, in a few words, and its last lines of output. */
    readonly start?: { reason: string; output: readonly string[] },
  ) {
    super(message);
  }
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
function explain(output: readonly string[], dataFile: string): string {
  const text = output.join('\n');
  const dataDir = dirname(dataFile);
  if (/No space left on device|Disk quota exceeded/i.test(text)) {
    return (
      `DATA_DIR (${dataDir}) has no space left for the data file ${dataFile}.\n` +
      'Free some space there (nothing acknowledged is lost), or set DATA_DIR to a disk with room.'
    );
  }
  if (/Read-only file system|AccessDeniedException|Permission denied/i.test(text)) {
    return (
      `DATA_DIR (${dataDir}) cannot be written: the data file ${dataFile} needs a directory this ` +
      'process may write (not a read-only mount).\nSet DATA_DIR to one, or set MONGODB_URI.'
    );
  }
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

/** One server process, listening. */
interface RunningServer {
  readonly pid: number;
  /** Why it exited, once it has. */
  readonly exited: Promise<string>;
  /** Its last lines of output. */
  readonly recent: readonly string[];
  stop(): Promise<void>;
}

interface LaunchSettings {
  java: string;
  classPath: string;
  dataFile: string;
  port: number;
  startTimeoutMs: number;
  onOutput?: (line: string) => void;
}

/** Runs the server and waits until it listens; an EmbeddedDatabaseError says why it did not. */
async function launch(settings: LaunchSettings): Promise<RunningServer> {
  const { java, classPath, dataFile, port } = settings;
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
      // A process group of its own: Ctrl-C in a terminal, or a service manager signalling the bot's
      // group, would stop it under the turns the bot is still finishing. It stops when the bot closes
      // its stdin (stop(), or the bot ending in any way).
      { stdio: ['pipe', 'pipe', 'pipe'], detached: true },
    );
  } catch (error) {
    throw new EmbeddedDatabaseError(`Could not run ${java}: ${(error as Error).message}`);
  }

  const output: string[] = [];
  const recent: string[] = [];
  let listening = false;
  let exited: string | undefined;
  let onListening: (() => void) | undefined;
  const collect = (chunk: Buffer) => {
    for (const line of chunk.toString('utf8').split('\n').filter(Boolean)) {
      if (output.length < 200) output.push(line);
      recent.push(line);
      if (recent.length > 20) recent.shift();
      if (line.startsWith('listening on ')) {
        listening = true;
        onListening?.();
      }
      settings.onOutput?.(line);
    }
  };
  child.stdout?.on('data', collect);
  child.stderr?.on('data', collect);
  const exitedPromise = new Promise<string>((done) => {
    child.once('error', (error) => {
      exited = `could not run ${java}: ${error.message}`;
      onListening?.();
      done(exited);
    });
    child.once('exit', (code, signal) => {
      exited = `exited with ${signal ?? `code ${code}`}`;
      onListening?.();
      done(exited);
    });
  });

  const timeoutMs = settings.startTimeoutMs;
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
    // Why, before the kill below makes it "exited with SIGKILL".
    const reason = exited ?? `no answer within ${timeoutMs / 1000} s`;
    child.kill('SIGKILL');
    let grace: NodeJS.Timeout | undefined;
    await Promise.race([exitedPromise, new Promise((r) => (grace = setTimeout(r, 2_000)))]);
    clearTimeout(grace);
    throw new EmbeddedDatabaseError(
      `The embedded database did not start (${reason}).\n${explain(output, dataFile)}`,
      { reason, output: [...recent] },
    );
  }

  return {
    pid: child.pid ?? -1,
    exited: exitedPromise,
    recent,
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

/**
 * Starts the embedded MongoDB-wire server (scripts/embedded-db/) as a child process on 127.0.0.1 and
 * waits until it listens. It commits every write before answering and exits when this process closes
 * its stdin, which the operating system does when this process ends in any way, kill -9 included.
 *
 * With `restarts`, a server that stops without `stop()` (killed, crashed) is started again on the
 * same data file and port, after a growing wait, at most `maxRestarts` times within `windowMs`; the
 * driver reconnects by itself. Every acknowledged write is on disk, so nothing is lost.
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
  try {
    mkdirSync(dataDir, { recursive: true });
  } catch (error) {
    throw new EmbeddedDatabaseError(
      `DATA_DIR (${dataDir}) cannot be made: ${(error as Error).message}.\n` +
        'Set DATA_DIR to a directory this process may write, or set MONGODB_URI.',
    );
  }
  const dataFile = join(dataDir, EMBEDDED_DATA_FILE);
  const settings: LaunchSettings = {
    java: javaExecutable(options.java),
    classPath,
    dataFile,
    port: options.port ?? (await freePort()),
    startTimeoutMs: options.startTimeoutMs ?? 30_000,
    ...(options.onOutput && { onOutput: options.onOutput }),
  };
  const restarts = options.restarts;
  const limits = RestartLimits.parse({
    maxRestarts: restarts?.maxRestarts,
    windowMs: restarts?.windowMs,
    firstDelayMs: restarts?.firstDelayMs,
    maxDelayMs: restarts?.maxDelayMs,
  });
  let current = await launch(settings);
  let stopping = false;
  let timer: NodeJS.Timeout | undefined;
  let restarting: Promise<void> | undefined;
  /** When each restart within the window was decided. */
  const recentRestarts: number[] = [];

  const stoppedOnItsOwn = (reason: string, output: readonly string[], pid?: number) => {
    if (stopping || !restarts) return;
    const now = Date.now();
    while (recentRestarts.length > 0 && now - (recentRestarts[0] ?? now) > limits.windowMs) {
      recentRestarts.shift();
    }
    if (recentRestarts.length >= limits.maxRestarts) {
      restarts.onGiveUp(
        new EmbeddedDatabaseError(
          `The embedded database (data in ${dataFile}) stopped ${recentRestarts.length + 1} times within ` +
            `${Math.round(limits.windowMs / 60_000)} min (last: ${reason}) and is not started again.\n` +
            (output.length > 0 ? `Its last output:\n${output.join('\n')}\n` : '') +
            'Nothing acknowledged is lost: every write is on disk. Start the bot again; if the database ' +
            'keeps stopping, look at the memory and disk of the machine, or move the data file away ' +
            '(keep the copy) to start with an empty database.',
        ),
      );
      return;
    }
    const restartInMs = Math.min(limits.firstDelayMs * 2 ** recentRestarts.length, limits.maxDelayMs);
    recentRestarts.push(now);
    const restart = recentRestarts.length;
    restarts.onExit({ reason, ...(pid !== undefined && { pid }), output, restart, restartInMs });
    timer = setTimeout(() => {
      restarting = startAgain(restart).finally(() => (restarting = undefined));
    }, restartInMs);
  };
  const startAgain = async (restart: number) => {
    if (stopping) return;
    let next: RunningServer;
    try {
      next = await launch(settings);
    } catch (error) {
      const start = error instanceof EmbeddedDatabaseError ? error.start : undefined;
      stoppedOnItsOwn(
        `did not start again (${start?.reason ?? (error as Error).message})`,
        start?.output ?? [],
      );
      return;
    }
    if (stopping) {
      await next.stop();
      return;
    }
    current = next;
    watch(next);
    restarts?.onRestarted({ pid: next.pid, restart });
  };
  const watch = (server: RunningServer) =>
    void server.exited.then((reason) => {
      if (server === current) stoppedOnItsOwn(reason, server.recent, server.pid);
    });
  watch(current);

  return {
    uri: `mongodb://127.0.0.1:${settings.port}/`,
    get pid() {
      return current.pid;
    },
    dataFile,
    async stop() {
      stopping = true;
      clearTimeout(timer);
      await restarting;
      await current.stop();
    },
  };
}
