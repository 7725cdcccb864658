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
 * The drafts one store last read or wrote, by id, least recently stored out once there are more
 * than `entries` of them or their JSON passes `chars` in all. Plain memory: whoever reads an entry
 * knows another instance may have moved the draft on since.
 */
export class RecentDrafts {
  private readonly drafts = new Map<string, RecentDraft>();
  private chars = 0;

  constructor(private readonly limits: RecentDraftLimits) {}

  get size(): number {
    return this.drafts.size;
  }

  /** The draft under `id`, unless it has expired at `now` (it is then forgotten). */
  get(id: string, now: Date): RecentDraft | undefined {
    const recent = this.drafts.get(id);
    if (recent && recent.expiresAt.getTime() <= now.getTime()) {
      this.delete(id);
      return undefined;
    }
    return recent;
  }

  /** Keeps `recent` under `id` as the most recent entry; a draft heavier than the whole limit is not kept. */
  set(id: string, recent: RecentDraft): void {
    this.delete(id);
    if (recent.size > this.limits.chars) return;
    this.drafts.set(id, recent);
    this.chars += recent.size;
    // A Map iterates in insertion order: the least recently stored first.
    for (const oldest of this.drafts.keys()) {
      if (this.drafts.size <= this.limits.entries && this.chars <= this.limits.chars) break;
      this.delete(oldest);
    }
  }

  delete(id: string): void {
    const recent = this.drafts.get(id);
    if (!recent) return;
    this.chars -= recent.size;
    this.drafts.delete(id);
  }

  /** Forgets every draft expired at `now`. */
  deleteExpired(now: Date): void {
    for (const [id, recent] of this.drafts) {
      if (recent.expiresAt.getTime() <= now.getTime()) this.delete(id);
    }
  }
}
