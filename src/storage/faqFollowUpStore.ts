import { createHash } from 'node:crypto';
import type { Collection, Db } from 'mongodb';
import { z } from 'zod';
import type { FaqAsker, FaqFollowUpStore, FaqTopic } from '../services/ports';
import { rateLimited } from './rateLimit';

export const FAQ_FOLLOW_UPS_COLLECTION = 'faqFollowUps';

const FollowUpDocument = z
  .object({
    _id: z.string().regex(/^[0-9a-f]{64}$/),
    entryId: z.string().min(1).max(100),
    expiresAt: z.date(),
  })
  .strict();
type FollowUpDocument = z.infer<typeof FollowUpDocument>;

/**
 * One key per user per conversation. Hashed: Teams conversation ids are long and may hold any
 * character, and the pair must never be read as another pair.
 */
function keyOf(asker: FaqAsker): string {
  return createHash('sha256')
    .update(JSON.stringify([asker.conversationId, asker.userId]))
    .digest('hex');
}

/**
 * FAQ follow-up context in MongoDB. Expiry is an `expiresAt` field filtered on every read and
 * cleaned by deleteExpired(); no TTL index, which not every MongoDB-compatible service has.
 * One document per user and conversation, replaced whole: the last answer wins.
 */
export class MongoFaqFollowUpStore implements FaqFollowUpStore {
  private readonly collection: Collection<FollowUpDocument>;

  constructor(db: Db) {
    this.collection = rateLimited(db.collection<FollowUpDocument>(FAQ_FOLLOW_UPS_COLLECTION));
  }

  async get(asker: FaqAsker, now: Date): Promise<FaqTopic | null> {
    const raw = await this.collection.findOne({ _id: keyOf(asker), expiresAt: { $gt: now } });
    const doc = FollowUpDocument.safeParse(raw);
    return doc.success ? { entryId: doc.data.entryId, expiresAt: doc.data.expiresAt } : null;
  }

  async set(asker: FaqAsker, entryId: string, expiresAt: Date): Promise<void> {
    const doc = FollowUpDocument.parse({ _id: keyOf(asker), entryId, expiresAt });
    await this.collection.replaceOne({ _id: doc._id }, doc, { upsert: true });
  }

  async deleteExpired(now: Date): Promise<number> {
    const result = await this.collection.deleteMany({ expiresAt: { $lte: now } });
    return result.deletedCount;
  }
}
