import { randomBytes } from 'node:crypto';
import { connectDatabase, type Database } from '../../src/storage/database';
import { ensureIndexes } from '../../src/storage/indexes';

export function testDatabaseUri(): string {
  const uri = process.env.MONGODB_URI || process.env.TEST_MONGODB_URI;
  if (!uri)
    throw new Error('No test database: run through jest (global setup starts one) or set MONGODB_URI.');
  return uri;
}

/** A fresh, uniquely named database with every index, dropped by `drop()`. */
export async function freshDatabase(): Promise<Database & { name: string; drop(): Promise<void> }> {
  const name = `t_${randomBytes(6).toString('hex')}`;
  const database = await connectDatabase(testDatabaseUri(), name);
  await ensureIndexes(database.db);
  return Object.assign(database, {
    name,
    async drop() {
      await database.db.dropDatabase().catch(() => undefined);
      await database.close();
    },
  });
}
