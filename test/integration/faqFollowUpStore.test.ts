import { MongoFaqFollowUpStore } from '../../src/storage/faqFollowUpStore';
import { freshDatabase } from '../helpers/database';

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
