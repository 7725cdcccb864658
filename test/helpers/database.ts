import { randomBytes } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import type { Db } from 'mongodb';
import { connectDatabase, type Database } from '../../src/storage/database';
import { ensureIndexes } from '../../src/storage/indexes';

export function testDatabaseUri(): string {
  const uri = process.env.MONGODB_URI || process.env.TEST_MONGODB_URI;
  if (!uri)
    throw new Error('No test database: run through jest (global setup starts one) or set MONGODB_URI.');
  return uri;
}

/** The URI with the driver's command monitoring on (a connection-string option of the driver). */
export function monitored(uri: string): string {
  const url = new URL(uri);
  url.searchParams.set('monitorCommands', 'true');
  return url.toString();
}

/** A fresh, uniquely named database with every index, dropped by `drop()`. */
export async function freshDatabase(
  uri = testDatabaseUri(),
  options: { monitorCommands?: boolean } = {},
): Promise<Database & { name: string; drop(): Promise<void> }> {
  const name = `t_${randomBytes(6).toString('hex')}`;
  const database = await connectDatabase(options.monitorCommands ? monitored(uri) : uri, name);
  await ensureIndexes(database.db);
  return Object.assign(database, {
    name,
    async drop() {
      await database.db.dropDatabase().catch(() => undefined);
      await database.close();
    },
  });
}

/**
 * A connection of its own to the database `name` (as another instance of the bot has), which
 * `drop()` only closes: the database is left to whoever made it.
 */
export async function sameDatabase(
  name: string,
  uri = testDatabaseUri(),
  options: { monitorCommands?: boolean } = {},
): Promise<Database & { name: string; drop(): Promise<void> }> {
  const database = await connectDatabase(options.monitorCommands ? monitored(uri) : uri, name);
  return Object.assign(database, { name, drop: () => database.close() });
}

/** How many documents each collection holds (collections that do not exist yet count as absent). */
export async function documentCounts(db: Db): Promise<Record<string, number>> {
  const counts: Record<string, number> = {};
  for (const { name } of await db.listCollections({}, { nameOnly: true }).toArray()) {
    counts[name] = await db.collection(name).countDocuments();
  }
  return counts;
}

/** Every document of every collection, as JSON: equal snapshots mean nothing was written in between. */
export async function documentSnapshot(db: Db): Promise<string> {
  const names = (await db.listCollections({}, { nameOnly: true }).toArray()).map((c) => c.name).sort();
  const parts: string[] = [];
  for (const name of names) {
    const docs = await db.collection(name).find({}).sort({ _id: 1 }).toArray();
    parts.push(`${name}:${JSON.stringify(docs)}`);
  }
  return parts.join('\n');
}

/**
 * Waits until every thread of `pid` is stopped (Linux /proc): kill() only sends SIGSTOP, and on a
 * busy machine the server may still answer a request or two before all its threads have stopped.
 */
export async function stopped(pid: number): Promise<void> {
  const state = (task: string) => {
    try {
      const stat = readFileSync(`/proc/${pid}/task/${task}/stat`, 'utf8');
      return stat.slice(stat.lastIndexOf(')') + 2, stat.lastIndexOf(')') + 3);
    } catch {
      return 'T'; // the thread ended meanwhile: it answers nothing either
    }
  };
  for (let i = 0; i < 500; i++) {
    if (readdirSync(`/proc/${pid}/task`).every((task) => state(task) === 'T')) return;
    await new Promise((r) => setTimeout(r, 10));
  }
  throw new Error(`process ${pid} did not stop`);
}
