import { resolve } from 'node:path';
import type { Config } from '../config';
import type { Logger } from '../log';
import { connectDatabase, DatabaseUnavailableError, redactUri, type Database } from './database';
import {
  EMBEDDED_SERVER,
  startEmbeddedDatabase,
  type EmbeddedDatabase,
  type EmbeddedDatabaseError,
} from './embeddedDatabase';
import { ensureIndexes } from './indexes';

export { DatabaseUnavailableError, type Database } from './database';
export { EmbeddedDatabaseError } from './embeddedDatabase';

export interface OpenedDatabase {
  readonly database: Database;
  readonly embedded?: EmbeddedDatabase;
  readonly uri: string;
  close(): Promise<void>;
}

/** What to tell the operator when the database fails while the bot prepares its collections and indexes. */
function preparingFailed(error: unknown, config: Config, uri: string, embedded?: EmbeddedDatabase): string {
  const reason = error instanceof Error ? error.message : String(error);
  if (embedded) {
    return (
      `The embedded database (${EMBEDDED_SERVER}, data in ${embedded.dataFile}) failed while the bot ` +
      `prepared database "${config.MONGODB_DB}": ${reason}\n` +
      'Start the bot again; if it fails the same way, move that file away to start with an empty ' +
      'database (keep the copy), or set MONGODB_URI to a MongoDB server.'
    );
  }
  return (
    `The database at ${redactUri(uri)} failed while the bot prepared database "${config.MONGODB_DB}": ` +
    `${reason}\nCheck that the server is a MongoDB-compatible service the bot supports and that the ` +
    'user may create collections and indexes.'
  );
}

export interface OpenOptions {
  /**
   * The embedded database kept stopping on its own and is not started again; the bot should stop
   * (and its process manager start it again). Logged as fatal when absent.
   */
  onLost?: (error: EmbeddedDatabaseError) => void;
}

/**
 * Connects to MONGODB_URI, or, when it is unset, starts the embedded database under DATA_DIR (and
 * starts it again, on the same data, if it stops on its own). An unreachable MONGODB_URI is an
 * error: there is never a silent fallback to the embedded database.
 */
export async function openDatabase(
  config: Config,
  log: Logger,
  projectRoot: string,
  options: OpenOptions = {},
): Promise<OpenedDatabase> {
  let embedded: EmbeddedDatabase | undefined;
  let uri = config.MONGODB_URI;
  if (!uri) {
    embedded = await startEmbeddedDatabase({
      projectRoot,
      dataDir: resolve(projectRoot, config.DATA_DIR),
      onOutput: (line) => log.debug({ source: 'embedded-db' }, line),
      restarts: {
        onExit: ({ reason, pid, output, restart, restartInMs }) =>
          log.error(
            { reason, pid, restart, restartInMs, output },
            'the embedded database stopped on its own: starting it again on the same data',
          ),
        onRestarted: ({ pid, restart }) =>
          log.info({ pid, restart }, 'embedded database started again; the bot reconnects by itself'),
        onGiveUp:
          options.onLost ??
          ((error) => log.fatal({ err: error }, 'the embedded database keeps stopping: not started again')),
      },
    });
    uri = embedded.uri;
    log.info({ uri, pid: embedded.pid }, 'embedded database started');
  }
  try {
    const database = await connectDatabase(uri, config.MONGODB_DB, { timeoutMs: config.MONGODB_TIMEOUT_MS });
    try {
      await ensureIndexes(database.db);
    } catch (error) {
      await database.close().catch(() => undefined);
      throw new DatabaseUnavailableError(preparingFailed(error, config, uri, embedded));
    }
    return {
      database,
      embedded,
      uri,
      async close() {
        await database.close().catch(() => undefined);
        await embedded?.stop();
      },
    };
  } catch (error) {
    await embedded?.stop();
    throw error;
  }
}
