import { MongoClient, type Db } from 'mongodb';

/** Thrown when the configured database cannot be reached; never followed by a silent fallback. */
export class DatabaseUnavailableError extends Error {
  override readonly name = 'DatabaseUnavailableError';
}

export interface Database {
  readonly client: MongoClient;
  readonly db: Db;
  ping(): Promise<boolean>;
  close(): Promise<void>;
}

const PING_DEADLINE_MS = 1_000;

/** Hides credentials when a URI has to appear in a message or a log line. */
export function redactUri(uri: string): string {
  return uri.replace(/\/\/([^@/]+)@/, '//***@');
}

/**
 * Connects and checks the server answers. Retryable writes stay off: the embedded database and Azure Cosmos DB
 * do not support them, and every write here is idempotent by design.
 */
export async function connectDatabase(
  uri: string,
  dbName: string,
  options: { timeoutMs?: number } = {},
): Promise<Database> {
  const client = new MongoClient(uri, {
    serverSelectionTimeoutMS: options.timeoutMs ?? 10_000,
    connectTimeoutMS: options.timeoutMs ?? 10_000,
    retryWrites: false,
    appName: 'csp-escalation-bot',
  });
  try {
    await client.connect();
    await client.db(dbName).command({ ping: 1 });
  } catch (error) {
    await client.close().catch(() => undefined);
    const reason = error instanceof Error ? error.message : String(error);
    throw new DatabaseUnavailableError(`Cannot reach the database at ${redactUri(uri)}: ${reason}`);
  }
  const db = client.db(dbName);
  return {
    client,
    db,
    /** True when the server answers a ping within a second (readiness must answer quickly). */
    async ping() {
      let timer: NodeJS.Timeout | undefined;
      const late = new Promise<boolean>((resolve) => {
        timer = setTimeout(() => resolve(false), PING_DEADLINE_MS);
      });
      const answered = db.command({ ping: 1 }).then(
        () => true,
        () => false,
      );
      return Promise.race([answered, late]).finally(() => clearTimeout(timer));
    },
    close: () => client.close(),
  };
}
