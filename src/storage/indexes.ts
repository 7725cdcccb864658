import type { Db, IndexDescription } from 'mongodb';

/**
 * Every index the bot's queries need, created at start-up before the first write.
 * Options are limited to `key`, `name` and `unique` so the same list works on MongoDB Atlas,
 * Azure Cosmos DB for MongoDB and the embedded database.
 */
export const INDEXES: Readonly<Record<string, readonly IndexDescription[]>> = {
  counters: [],
  tickets: [
    // A retried submission finds the ticket it already created.
    { key: { idempotencyKey: 1 }, name: 'idempotency_key', unique: true },
    // "My tickets": by tenant and requester, most recently changed first.
    { key: { tenantId: 1, 'requester.id': 1, updatedAt: -1 }, name: 'tenant_requester_recent' },
    // Cards still to post or update, picked up at start and by the periodic sweep.
    { key: { 'delivery.pending': 1, 'delivery.nextAttemptAt': 1 }, name: 'delivery_due' },
  ],
  drafts: [
    // Periodic clean-up of abandoned wizards.
    { key: { expiresAt: 1 }, name: 'expires_at' },
  ],
  feedback: [{ key: { entryId: 1, at: -1 }, name: 'entry_recent' }],
  // Periodic clean-up of expired FAQ follow-up context.
  faqFollowUps: [{ key: { expiresAt: 1 }, name: 'expires_at' }],
  // The FAQ report's window and the clean-up of old questions.
  unanswered: [{ key: { at: -1 }, name: 'recent' }],
  // Looked up by tenant id, which is the _id.
  ticketChannels: [],
  // Looked up by tenant and user, which make the _id.
  partnerProfiles: [],
  // Claims on submissions, by idempotency key (the _id); old ones are removed by age.
  submissions: [{ key: { at: 1 }, name: 'claimed_at' }],
};

export async function ensureIndexes(db: Db, indexes = INDEXES): Promise<void> {
  for (const [collection, specs] of Object.entries(indexes)) {
    // createCollection first: Cosmos DB only allows unique indexes on an empty collection.
    const existing = await db.listCollections({ name: collection }, { nameOnly: true }).toArray();
    if (existing.length === 0) await db.createCollection(collection);
    // One index per call: some servers fail a call that carries several indexes which already exist.
    for (const spec of specs) await db.collection(collection).createIndexes([spec]);
  }
}
