import { MongoClient } from 'mongodb';
import { FAQ_FOLLOW_UPS_COLLECTION, MongoFaqFollowUpStore } from '../../src/storage/faqFollowUpStore';
import { freshDatabase, testDatabaseUri } from '../helpers/database';

describe('MongoFaqFollowUpStore (real database)', () => {
  let db: Awaited<ReturnType<typeof freshDatabase>>;
  let store: MongoFaqFollowUpStore;
  const at = (iso: string) => new Date(iso);

  beforeAll(async () => {
    db = await freshDatabase();
    store = new MongoFaqFollowUpStore(db.db);
  });
  afterAll(() => db.drop());

  it('keeps one topic per user and conversation, the last one written', async () => {
    const asker = { conversationId: '19:general@thread.tacv2;messageid=1', userId: 'aad-1' };
    await store.set(asker, 'phone', at('2025-03-07T10:15:00Z'));
    await store.set(asker, 'response.severity', at('2025-03-07T10:20:00Z'));
    expect(await store.get(asker, at('2025-03-07T10:10:00Z'))).toEqual({
      entryId: 'response.severity',
      expiresAt: at('2025-03-07T10:20:00Z'),
    });
    // Ids that could run together as text stay two different pairs.
    await store.set({ conversationId: 'a', userId: 'bc' }, 'phone', at('2025-03-07T11:00:00Z'));
    expect(await store.get({ conversationId: 'ab', userId: 'c' }, at('2025-03-07T10:00:00Z'))).toBeNull();
  });

  it('keeps the severity an answer was about, and forgets it with the next topic', async () => {
    const asker = { conversationId: 'c-severity', userId: 'u' };
    const now = at('2025-03-07T10:00:00Z');
    await store.set(asker, 'response.severity', at('2025-03-07T10:15:00Z'), 'C');
    expect(await store.get(asker, now)).toEqual({
      entryId: 'response.severity',
      expiresAt: at('2025-03-07T10:15:00Z'),
      severity: 'C',
    });
    await store.set(asker, 'phone', at('2025-03-07T10:16:00Z'));
    expect(await store.get(asker, now)).toEqual({ entryId: 'phone', expiresAt: at('2025-03-07T10:16:00Z') });
  });

  it('never returns an expired topic, and deletes expired ones only', async () => {
    const old = { conversationId: 'c-old', userId: 'u' };
    const fresh = { conversationId: 'c-fresh', userId: 'u' };
    await store.set(old, 'phone', at('2025-03-07T09:00:00Z'));
    await store.set(fresh, 'phone', at('2025-03-07T12:00:00Z'));
    const now = at('2025-03-07T10:00:00Z');
    expect(await store.get(old, now)).toBeNull();
    expect((await store.get(fresh, now))?.entryId).toBe('phone');
    expect(await store.deleteExpired(now)).toBeGreaterThanOrEqual(1);
    expect(await db.db.collection('faqFollowUps').countDocuments({ expiresAt: { $lte: now } })).toBe(0);
    expect((await store.get(fresh, now))?.entryId).toBe('phone');
  });
});

describe('MongoFaqFollowUpStore writes under load (real database)', () => {
  it('stores every asker’s last topic from many concurrent writes in two database commands', async () => {
    const db = await freshDatabase();
    const client = new MongoClient(testDatabaseUri(), { monitorCommands: true });
    await client.connect();
    const updates: number[] = [];
    client.on('commandStarted', (event) => {
      if (event.commandName === 'update' && event.command.update === FAQ_FOLLOW_UPS_COLLECTION)
        updates.push((event.command.updates as unknown[]).length);
    });
    try {
      const store = new MongoFaqFollowUpStore(client.db(db.name));
      const askers = Array.from({ length: 150 }, (_, i) => ({ conversationId: `c-${i}`, userId: `u-${i}` }));
      const expiresAt = new Date('2025-03-07T12:00:00Z');
      // Each asker is answered twice; the second topic is the one to keep.
      const writes = [
        ...askers.map((asker) => store.set(asker, 'phone', expiresAt)),
        ...askers.map((asker) => store.set(asker, 'response.severity', expiresAt)),
      ];
      await expect(Promise.all(writes)).resolves.toHaveLength(300);
      // The first write goes out alone; the 299 that came meanwhile go out together, one per asker.
      expect(updates).toEqual([1, 150]);
      const now = new Date('2025-03-07T10:00:00Z');
      for (const asker of askers) expect((await store.get(asker, now))?.entryId).toBe('response.severity');
      expect(await db.db.collection(FAQ_FOLLOW_UPS_COLLECTION).countDocuments()).toBe(150);
    } finally {
      await client.close();
      await db.drop();
    }
  });

  it('fails every waiting write, and none hangs, when the database cannot be reached', async () => {
    const db = await freshDatabase();
    const client = new MongoClient(testDatabaseUri());
    await client.connect();
    const store = new MongoFaqFollowUpStore(client.db(db.name));
    await client.close();
    const expiresAt = new Date('2025-03-07T12:00:00Z');
    const outcomes = await Promise.allSettled(
      [1, 2, 3].map((i) => store.set({ conversationId: `c-${i}`, userId: 'u' }, 'phone', expiresAt)),
    );
    expect(outcomes.map((o) => o.status)).toEqual(['rejected', 'rejected', 'rejected']);
    expect(await db.db.collection(FAQ_FOLLOW_UPS_COLLECTION).countDocuments()).toBe(0);
    await db.drop();
  });
});
