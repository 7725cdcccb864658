import { LRUCache } from 'lru-cache';
import type { StoredDraft } from '../services/ports';

/** A draft as a store last read or wrote it. */
export interface RecentDraft {
  stored: StoredDraft;
  /** When the stored document expires: the entry is never used from then on. */
  expiresAt: Date;
  /** Characters of the draft's stored JSON, what the entry weighs against the limit. */
  size: number;
}

export interface RecentDraftLimits {
  entries: number;
  /** Characters of stored JSON in all (one draft may have up to 64 000, so a count alone is not a bound). */
  chars: number;
}

/**
 * The drafts one store last read or wrote, by id, least recently used out once there are more than
 * `entries` of them or their JSON passes `chars` in all (lru-cache). Expiry is the draft's own, read
 * against the store's clock. Plain memory: whoever reads an entry knows another instance may have
 * moved the draft on since.
 */
export class RecentDrafts {
  private readonly drafts: LRUCache<string, RecentDraft>;

  constructor(limits: RecentDraftLimits) {
    this.drafts = new LRUCache<string, RecentDraft>({
      max: limits.entries,
      maxSize: limits.chars,
      sizeCalculation: (recent) => Math.max(1, recent.size),
    });
  }

  get size(): number {
    return this.drafts.size;
  }

  /** The draft under `id`, unless it has expired at `now` (it is then forgotten). */
  get(id: string, now: Date): RecentDraft | undefined {
    const recent = this.drafts.get(id);
    if (recent && recent.expiresAt.getTime() <= now.getTime()) {
      this.drafts.delete(id);
      return undefined;
    }
    return recent;
  }

  /** Keeps `recent` under `id`; a draft heavier than the whole limit is not kept, nor an older copy of it. */
  set(id: string, recent: RecentDraft): void {
    this.drafts.delete(id);
    this.drafts.set(id, recent);
  }

  delete(id: string): void {
    this.drafts.delete(id);
  }

  /** Forgets every draft expired at `now`. */
  deleteExpired(now: Date): void {
    for (const [id, recent] of this.drafts.entries()) {
      if (recent.expiresAt.getTime() <= now.getTime()) this.drafts.delete(id);
    }
  }
}
