import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { connectDatabase, redactUri, type Database } from '../src/storage/database';
import { EMBEDDED_SERVER, startEmbeddedDatabase } from '../src/storage/embeddedDatabase';
import { startNodeFlags } from '../scripts/startCommand';
import { startChild, type Child } from './children';
import { Activities } from './scenarios';

/**
 * Everything a load benchmark runs against, each in its own process: the database (a fresh
 * embedded server, or a fresh database on the server at MONGODB_URI), the recording connector,
 * the bot and the stock echo bot.
 */
export interface BenchEnvironment {
  readonly dir: string;
  /** What the database is, for the report. */
  readonly databaseLabel: string;
  /** The database server's process, when it runs on this machine and is known. */
  readonly databasePid?: number;
  readonly connector: Child;
  readonly bot: Child;
  readonly echo?: Child;
  /** The bench's own connection to the bot's database, to prepare drafts. */
  readonly prep: Database;
  readonly activities: Activities;
  stop(): Promise<void>;
}

export interface EnvironmentOptions {
  /** Start the echo bot too. */
  echo: boolean;
  /** Extra node flags for the bot (e.g. --cpu-prof). */
  botFlags?: string[];
  botEnv?: Record<string, string>;
  dir?: string;
}

const root = path.resolve(__dirname, '..');

export async function startEnvironment(options: EnvironmentOptions): Promise<BenchEnvironment> {
  const dir = options.dir ?? mkdtempSync(path.join(tmpdir(), 'cspbot-bench-'));
  const name = `bench_${randomBytes(4).toString('hex')}`;
  const stops: (() => Promise<void>)[] = [];
  const stopAll = async () => {
    for (const stop of stops.reverse()) await stop().catch(() => undefined);
  };
  try {
    const external = process.env.MONGODB_URI;
    let uri: string;
    let databasePid: number | undefined;
    let databaseLabel: string;
    if (external) {
      uri = external;
      const pid = Number(process.env.BENCH_DATABASE_PID);
      databasePid = Number.isInteger(pid) && pid > 0 ? pid : undefined;
      databaseLabel = `MONGODB_URI ${redactUri(external)}, database ${name}${databasePid ? `, server pid ${databasePid}` : ''}`;
    } else {
      const embedded = await startEmbeddedDatabase({ projectRoot: root, dataDir: path.join(dir, 'db') });
      stops.push(() => embedded.stop());
      uri = embedded.uri;
      databasePid = embedded.pid;
      databaseLabel = `embedded ${EMBEDDED_SERVER}, fresh data file, pid ${embedded.pid}`;
    }
    const prep = await connectDatabase(uri, name);
    stops.push(async () => {
      await prep.db.dropDatabase().catch(() => undefined);
      await prep.close();
    });

    const connector = await startChild('connector', {
      entry: 'bench/servers/connector.ts',
      logFile: path.join(dir, 'connector.log'),
    });
    stops.push(() => connector.stop());
    const echo = options.echo
      ? await startChild('echo bot', {
          entry: 'bench/servers/echoBot.ts',
          logFile: path.join(dir, 'echo.log'),
        })
      : undefined;
    if (echo) stops.push(() => echo.stop());
    const bot = await startChild('bot', {
      entry: 'bench/servers/bot.ts',
      // With the node flags of `npm start` (heap size included).
      nodeFlags: [...startNodeFlags(root), ...(options.botFlags ?? [])],
      // Authentication off, whatever the bench's own environment says.
      env: { ENV_NAME: 'none', BOT_ID: '', MONGODB_URI: uri, MONGODB_DB: name, ...options.botEnv },
      logFile: path.join(dir, 'bot.log'),
    });
    stops.push(() => bot.stop());

    return {
      dir,
      databaseLabel,
      ...(databasePid !== undefined && { databasePid }),
      connector,
      bot,
      ...(echo && { echo }),
      prep,
      activities: new Activities(`${connector.url}/`),
      stop: stopAll,
    };
  } catch (error) {
    await stopAll();
    throw error;
  }
}

/** Removes the bench's folder (data file and logs). */
export function removeDir(dir: string): void {
  rmSync(dir, { recursive: true, force: true });
}

/** Waits until the bot has delivered every ticket card and sent no database command for a while. */
export async function settle(bot: Child, quietMs = 200, maxMs = 5_000): Promise<void> {
  const deadline = Date.now() + maxMs;
  await bot.call('idle');
  let last = JSON.stringify(await bot.call('counts'));
  while (Date.now() < deadline) {
    await new Promise((r) => setTimeout(r, quietMs));
    const now = JSON.stringify(await bot.call('counts'));
    if (now === last) return;
    last = now;
  }
}
