import { resolve } from 'node:path';
import type { Config } from '../config';
import type { Logger } from '../log';
import { connectDatabase, type Database } from './database';
import { startEmbeddedDatabase, type EmbeddedDatabase } from './embeddedDatabase';
import { ensureIndexes } from './indexes';

export { DatabaseUnavailableError, type Database } from './database';
export { EmbeddedDatabaseError } from './embeddedDatabase';

export interface OpenedDatabase {
  readonly database: Database;
  readonly embedded?: EmbeddedDatabase;
  readonly uri: string;
  close(): Promise<void>;
}

/**
 * Connects to MONGODB_URI, or, when it is unset, starts the embedded FerretDB under DATA_DIR.
 * An unreachable MONGODB_URI is an error: there is never a silent fallback to the embedded database.
 */
export async function openDatabase(
  config: Config,
  log: Logger,
  projectRoot: string,
): Promise<OpenedDatabase> {
  let embedded: EmbeddedDatabase | undefined;
  let uri = config.MONGODB_URI;
  if (!uri) {
    embedded = await startEmbeddedDatabase({
      projectRoot,
      dataDir: resolve(projectRoot, config.DATA_DIR),
      binary: process.env.FERRETDB_BIN || undefined,
      onOutput: (line) => log.debug({ source: 'ferretdb' }, line),
    });
    uri = embedded.uri;
    log.info({ uri, pid: embedded.pid }, 'embedded database started');
  }
  try {
    const database = await connectDatabase(uri, config.MONGODB_DB, { timeoutMs: config.MONGODB_TIMEOUT_MS });
    await ensureIndexes(database.db);
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
