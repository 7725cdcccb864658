import { randomUUID } from 'node:crypto';
import type { Collection, Db } from 'mongodb';
import { z } from 'zod';
import { DraftSchema } from '../domain/wizard/model';
import { LANGS, type Lang } from '../domain/lang';
import type { DraftOwner, DraftStore, StoredDraft } from '../services/ports';
import { rateLimited } from './rateLimit';

export const DRAFTS_COLLECTION = 'drafts';
/** Unfinished wizards are kept this long after their last change, then cleaned up. */
export const DRAFT_LIFETIME_MS = 14 * 24 * 60 * 60 * 1000;

const DraftDocument = z
  .object({
    _id: z.string().uuid(),
    owner: z
      .object({ userId: z.string().min(1).max(512), conversationId: z.string().min(1).max(2048) })
      .strict(),
    lang: z.enum(LANGS),
    /** The draft as JSON: field ids are free of `.` and `$`, but the stored form must not depend on it. */
    data: z.string().max(64_000),
    /** A copy of the draft's rev, for the conditional update. */
    rev: z.number().int().nonnegative(),
    ticketId: z.string().max(64).optional(),
    updatedAt: z.date(),
    expiresAt: z.date(),
  })
  .strict();
type DraftDocument = z.infer<typeof DraftDocument>;

function toStored(raw: unknown): StoredDraft {
  const doc = DraftDocument.parse(raw);
  return {
    id: doc._id,
    owner: doc.owner,
    lang: doc.lang,
    draft: DraftSchema.parse(JSON.parse(doc.data)),
    ...(doc.ticketId !== undefined && { ticketId: doc.ticketId }),
  };
}

/** Wizard drafts, one document each, changed only by conditional single-document updates. */
export class MongoDraftStore implements DraftStore {
  private readonly collection: Collection<DraftDocument>;

  constructor(
    db: Db,
    private readonly now: () => Date = () => new Date(),
  ) {
    this.collection = rateLimited(db.collection<DraftDocument>(DRAFTS_COLLECTION));
  }

  private times() {
    const now = this.now();
    return { updatedAt: now, expiresAt: new Date(now.getTime() + DRAFT_LIFETIME_MS) };
  }

  async create(owner: DraftOwner, draft: StoredDraft['draft'], options: { lang: Lang }) {
    const doc = DraftDocument.parse({
      _id: randomUUID(),
      owner,
      lang: options.lang,
      data: JSON.stringify(DraftSchema.parse(draft)),
      rev: draft.rev,
      ...this.times(),
    });
    await this.collection.insertOne(doc);
    return toStored(doc);
  }

  async get(id: string): Promise<StoredDraft | null> {
    if (!DraftDocument.shape._id.safeParse(id).success) return null;
    const doc = await this.collection.findOne({ _id: id, expiresAt: { $gt: this.now() } });
    return doc ? toStored(doc) : null;
  }

  async replace(id: string, expectedRev: number, draft: StoredDraft['draft']): Promise<boolean> {
    const data = JSON.stringify(DraftSchema.parse(draft));
    const result = await this.collection.updateOne(
      { _id: id, rev: expectedRev },
      { $set: { data, rev: draft.rev, ...this.times() } },
    );
    return result.matchedCount === 1;
  }

  async markSubmitted(id: string, ticketId: string): Promise<void> {
    await this.collection.updateOne({ _id: id }, { $set: { ticketId, ...this.times() } });
  }

  async delete(id: string): Promise<void> {
    await this.collection.deleteOne({ _id: id });
  }

  /** Removes expired drafts (no TTL index: not every MongoDB-compatible service has one). */
  async deleteExpired(): Promise<number> {
    const result = await this.collection.deleteMany({ expiresAt: { $lte: this.now() } });
    return result.deletedCount;
  }
}
