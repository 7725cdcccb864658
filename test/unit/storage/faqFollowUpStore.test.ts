import { MongoBulkWriteError, type Db } from 'mongodb';
import { MAX_PENDING_FOLLOW_UPS, MongoFaqFollowUpStore } from '../../../src/storage/faqFollowUpStore';

/** A collection whose bulk writes fail the statements at `failing`, and which records single writes. */
function collectionFailing(failing: number[], singleError?: Error) {
  const calls = { bulk: [] as number[], single: [] as string[] };
  let release: () => void = () => undefined;
  const firstWrite = new Promise<void>((resolve) => (release = resolve));
  const collection = {
    async bulkWrite(operations: unknown[]) {
      calls.bulk.push(operations.length);
      if (failing.length === 0) return {};
      throw new MongoBulkWriteError(
        {
          message: 'some statements failed',
          code: 65,
          writeErrors: failing.map((index) => ({ index, code: 16500, errmsg: 'Request rate is large' })),
        } as never,
        {} as never,
      );
    },
    async replaceOne(filter: { _id: string }) {
      calls.single.push(filter._id);
      // The first single write is held until the test releases it, so the next ones queue up.
      if (calls.single.length === 1) await firstWrite;
      if (singleError && calls.single.length > 1) throw singleError;
      return {};
    },
  };
  const db = { collection: () => collection } as unknown as Db;
  return { db, calls, release };
}

const expiresAt = new Date('2025-03-07T12:00:00Z');
const asker = (i: number) => ({ conversationId: `c-${i}`, userId: 'u' });

describe('MongoFaqFollowUpStore grouped writes', () => {
  it('writes again on its own only what the bulk write reports failed', async () => {
    const { db, calls, release } = collectionFailing([1]);
    const store = new MongoFaqFollowUpStore(db);
    const first = store.set(asker(0), 'phone', expiresAt);
    const rest = [1, 2, 3].map((i) => store.set(asker(i), 'phone', expiresAt));
    release();
    await expect(Promise.all([first, ...rest])).resolves.toHaveLength(4);
    expect(calls.bulk).toEqual([3]);
    // The lone first write, then the one statement of the group that failed.
    expect(calls.single).toHaveLength(2);
  });

  it('rejects the write whose retry failed and keeps the others stored', async () => {
    const failure = new Error('write failed');
    const { db, release } = collectionFailing([0], failure);
    const store = new MongoFaqFollowUpStore(db);
    const first = store.set(asker(0), 'phone', expiresAt);
    const rest = [1, 2].map((i) => store.set(asker(i), 'phone', expiresAt));
    release();
    const outcomes = await Promise.allSettled([first, ...rest]);
    expect(outcomes.map((o) => o.status)).toEqual(['fulfilled', 'rejected', 'fulfilled']);
  });

  it('settles every caller of the same asker with the one write that kept the last topic', async () => {
    const { db, calls, release } = collectionFailing([]);
    const store = new MongoFaqFollowUpStore(db);
    const first = store.set(asker(0), 'phone', expiresAt);
    const again = [
      store.set(asker(1), 'phone', expiresAt),
      store.set(asker(1), 'response.severity', expiresAt),
    ];
    const other = store.set(asker(2), 'phone', expiresAt);
    release();
    await expect(Promise.all([first, ...again, other])).resolves.toHaveLength(4);
    expect(calls.bulk).toEqual([2]);
  });

  it('refuses a new asker’s write at once while as many writes as it keeps wait for the database', async () => {
    const { db, calls, release } = collectionFailing([]);
    const store = new MongoFaqFollowUpStore(db);
    // The first write is held; the next MAX_PENDING_FOLLOW_UPS wait behind it.
    const waiting = Array.from({ length: MAX_PENDING_FOLLOW_UPS + 1 }, (_, i) =>
      store.set(asker(i), 'phone', expiresAt),
    );
    await expect(store.set(asker(-1), 'phone', expiresAt)).rejects.toThrow(/waiting for the database/);
    // An asker already waiting is not refused: their later topic replaces the earlier one.
    const again = store.set(asker(1), 'response.severity', expiresAt);
    release();
    await expect(Promise.all([...waiting, again])).resolves.toHaveLength(MAX_PENDING_FOLLOW_UPS + 2);
    expect(calls.bulk).toEqual([MAX_PENDING_FOLLOW_UPS]);
  });
});
