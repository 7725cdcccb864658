import { randomUUID } from 'node:crypto';
import type { Collection, Db } from 'mongodb';
import { z } from 'zod';
import { DRAFT_LIFETIME_DAYS, DraftSchema } from '../domain/wizard/model';
import { LANGS, type Lang } from '../domain/lang';
import type { DraftOwner, DraftStore, StoredDraft } from '../services/ports';
import { rateLimited } from './rateLimit';
import { RecentDrafts, type RecentDraftLimits } from './recentDrafts';

export const DRAFTS_COLLECTION = 'drafts';
/** Unfinished wizards are kept this long after their last change, then cleaned up. */
export const DRAFT_LIFETIME_MS = DRAFT_LIFETIME_DAYS * 24 * 60 * 60 * 1000;
/**
 * The drafts one store keeps as it last read or wrote them, so that a wizard step needs only its
 * conditional write: 2000 wizards in progress, and 2 million characters of their JSON at most (a
 * typical draft has about 1000, and takes about 2.5 KB of heap: some 5 MB in all).
 */
export const RECENT_DRAFTS: RecentDraftLimits = { entries: 2000, chars: 2_000_000 };

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
    expiresAt: doc.expiresAt,
    ...(doc.ticketId !== undefined && { ticketId: doc.ticketId }),
  };
}

/**
 * Wizard drafts, one document each, changed only by conditional single-document updates. Each store
 * remembers the drafts it last read or wrote (`cached`), for a step to be written without reading
 * first; the conditional update is what tells whether that copy is still the stored one.
 */
export class MongoDraftStore implements DraftStore {
  private readonly collection: Collection<DraftDocument>;
  private readonly recent: RecentDrafts;

  constructor(
    db: Db,
    private readonly now: () => Date = () => new Date(),
    limits: RecentDraftLimits = RECENT_DRAFTS,
  ) {
    this.collection = rateLimited(db.collection<DraftDocument>(DRAFTS_COLLECTION));
    this.recent = new RecentDrafts(limits);
  }

  private times() {
    const now = this.now();
    return { updatedAt: now, expiresAt: new Date(now.getTime() + DRAFT_LIFETIME_MS) };
  }

  /**
   * Remembers the draft as stored, unless a later rev of it is remembered already (an answer that
   * was overtaken by a later one: a draft's rev never goes back).
   */
  private remember(stored: StoredDraft, doc: Pick<DraftDocument, 'expiresAt' | 'data'>): void {
    const known = this.recent.get(stored.id, this.now());
    if (known && known.stored.draft.rev > stored.draft.rev) return;
    this.recent.set(stored.id, { stored, expiresAt: doc.expiresAt, size: doc.data.length });
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
    const stored = toStored(doc);
    this.remember(stored, doc);
    return stored;
  }

  async get(id: string): Promise<StoredDraft | null> {
    if (!DraftDocument.shape._id.safeParse(id).success) return null;
    const doc = await this.collection.findOne({ _id: id, expiresAt: { $gt: this.now() } });
    if (!doc) {
      this.recent.delete(id);
      return null;
    }
    const stored = toStored(doc);
    this.remember(stored, doc);
    return stored;
  }

  cached(id: string): StoredDraft | undefined {
    return this.recent.get(id, this.now())?.stored;
  }

  async replace(id: string, expectedRev: number, draft: StoredDraft['draft']): Promise<boolean> {
    const next = DraftSchema.parse(draft);
    const data = JSON.stringify(next);
    const times = this.times();
    // Its owner and language, which never change, for the entry of the draft as written.
    const known = this.recent.get(id, times.updatedAt);
    let matched: boolean;
    try {
      const result = await this.collection.updateOne(
        { _id: id, rev: expectedRev, expiresAt: { $gt: times.updatedAt } },
        { $set: { data, rev: next.rev, ...times } },
      );
      matched = result.matchedCount === 1;
    } catch (error) {
      // It may still have been written: the copy here is no longer known to be the stored one.
      this.recent.delete(id);
      throw error;
    }
    if (!matched) this.recent.delete(id);
    else if (known)
      this.remember(
        { ...known.stored, draft: next, expiresAt: times.expiresAt },
        { expiresAt: times.expiresAt, data },
      );
    return matched;
  }

  async markSubmitted(id: string, ticketId: string): Promise<void> {
    // A submitted draft is read again when next used (submitting reads it anyway).
    this.recent.delete(id);
    await this.collection.updateOne({ _id: id }, { $set: { ticketId, ...this.times() } });
  }

  async delete(id: string): Promise<void> {
    this.recent.delete(id);
    await this.collection.deleteOne({ _id: id });
  }

  /** Removes expired drafts (no TTL index: not every MongoDB-compatible service has one). */
  async deleteExpired(): Promise<number> {
    const now = this.now();
    this.recent.deleteExpired(now);
    const result = await this.collection.deleteMany({ expiresAt: { $lte: now } });
    return result.deletedCount;
  }
}
