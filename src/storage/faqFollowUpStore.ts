import { createHash } from 'node:crypto';
import { MongoBulkWriteError, type AnyBulkWriteOperation, type Collection, type Db } from 'mongodb';
import { z } from 'zod';
import type { Severity } from '../domain/faq/followUp';
import type { FaqAsker, FaqFollowUpStore, FaqTopic } from '../services/ports';
import { rateLimited, retryRateLimited } from './rateLimit';

export const FAQ_FOLLOW_UPS_COLLECTION = 'faqFollowUps';

const FollowUpDocument = z
  .object({
    _id: z.string().regex(/^[0-9a-f]{64}$/),
    entryId: z.string().min(1).max(100),
    expiresAt: z.date(),
    severity: z.enum(['A', 'B', 'C']).optional(),
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

export const MAX_PENDING_FOLLOW_UPS = 5_000;

interface PendingWrite {
  doc: FollowUpDocument;
  settle: ((error?: unknown) => void)[];
}

/**
 * FAQ follow-up context in MongoDB. Expiry is an `expiresAt` field filtered on every read and
 * cleaned by deleteExpired(); no TTL index, which not every MongoDB-compatible service has.
 * One document per user and conversation, replaced whole: the last answer wins.
 *
 * Every answered question writes its topic, so writes are grouped: those that arrive while one group
 * is being written go out together in the next, as one unordered bulk write (one database command
 * instead of one per answer under load; a lone write goes out at once). A caller's promise settles
 * when its own write is stored or has failed. The writes a bulk write reports as failed (Cosmos DB
 * rate-limits single statements) are tried again on their own; any other failure fails the group.
 * At most MAX_PENDING_FOLLOW_UPS writes wait (a slow or unreachable database): more are refused at once.
 */
export class MongoFaqFollowUpStore implements FaqFollowUpStore {
  private readonly collection: Collection<FollowUpDocument>;
  /** Writes waiting for the next group, by key: a later write of the same key replaces an earlier one. */
  private pending = new Map<string, PendingWrite>();
  private writing = false;

  constructor(db: Db) {
    this.collection = rateLimited(db.collection<FollowUpDocument>(FAQ_FOLLOW_UPS_COLLECTION));
  }

  async get(asker: FaqAsker, now: Date): Promise<FaqTopic | null> {
    const raw = await this.collection.findOne({ _id: keyOf(asker), expiresAt: { $gt: now } });
    const doc = FollowUpDocument.safeParse(raw);
    if (!doc.success) return null;
    const { entryId, expiresAt, severity } = doc.data;
    return { entryId, expiresAt, ...(severity && { severity }) };
  }

  async set(asker: FaqAsker, entryId: string, expiresAt: Date, severity?: Severity): Promise<void> {
    const doc = FollowUpDocument.parse({
      _id: keyOf(asker),
      entryId,
      expiresAt,
      ...(severity && { severity }),
    });
    return new Promise<void>((resolve, reject) => {
      const settle = (error?: unknown) => (error === undefined ? resolve() : reject(error));
      const queued = this.pending.get(doc._id);
      if (!queued && this.pending.size >= MAX_PENDING_FOLLOW_UPS) {
        reject(new Error('Too many follow-up writes are waiting for the database'));
        return;
      }
      if (queued) {
        queued.doc = doc;
        queued.settle.push(settle);
      } else this.pending.set(doc._id, { doc, settle: [settle] });
      if (!this.writing) void this.writeGroups();
    });
  }

  /** Writes the pending groups one after another until none is left. */
  private async writeGroups(): Promise<void> {
    this.writing = true;
    try {
      while (this.pending.size > 0) {
        const group = [...this.pending.values()];
        this.pending = new Map();
        await this.writeGroup(group);
      }
    } finally {
      this.writing = false;
    }
  }

  private async writeGroup(group: readonly PendingWrite[]): Promise<void> {
    const done = (write: PendingWrite, error?: unknown) => {
      for (const settle of write.settle) settle(error);
    };
    let retried: readonly PendingWrite[] = group;
    if (group.length > 1) {
      const operations: AnyBulkWriteOperation<FollowUpDocument>[] = group.map(({ doc }) => ({
        replaceOne: { filter: { _id: doc._id }, replacement: doc, upsert: true },
      }));
      try {
        await retryRateLimited(() => this.collection.bulkWrite(operations, { ordered: false }));
        retried = [];
      } catch (error) {
        if (!(error instanceof MongoBulkWriteError)) {
          for (const write of group) done(write, error);
          return;
        }
        const errors = Array.isArray(error.writeErrors) ? error.writeErrors : [error.writeErrors];
        const failed = new Set(errors.map((e) => e.index));
        retried = group.filter((_, i) => failed.has(i));
      }
      const again = new Set(retried);
      for (const write of group) if (!again.has(write)) done(write);
    }
    await Promise.all(
      retried.map(async (write) => {
        try {
          await this.collection.replaceOne({ _id: write.doc._id }, write.doc, { upsert: true });
          done(write);
        } catch (error) {
          done(write, error);
        }
      }),
    );
  }

  async deleteExpired(now: Date): Promise<number> {
    const result = await this.collection.deleteMany({ expiresAt: { $lte: now } });
    return result.deletedCount;
  }
}
