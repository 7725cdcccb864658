import { LRUCache } from 'lru-cache';

/**
 * The messages this instance is answering or has answered, by conversation and activity id, so a
 * message Teams delivers again (its retry after a slow or failed answer) is not answered twice: no
 * second wizard card, FAQ answer or vote for one message. A message whose turn failed is forgotten,
 * so its retry is answered. Kept in memory (`lru-cache`, at most `max` ids for `ttlMs`): a retry
 * that reaches another instance is answered there.
 */
export class RepeatedMessages {
  private readonly seen: LRUCache<string, true>;

  constructor(options: { max?: number; ttlMs?: number } = {}) {
    this.seen = new LRUCache<string, true>({ max: options.max ?? 10_000, ttl: options.ttlMs ?? 10 * 60_000 });
  }

  /** True the first time a message is seen (answer it), false for a repeat (don't). */
  claim(conversationId: string, activityId: string): boolean {
    const key = `${conversationId}\u0000${activityId}`;
    if (this.seen.has(key)) return false;
    this.seen.set(key, true);
    return true;
  }

  /** Its turn failed: a repeat is answered. */
  release(conversationId: string, activityId: string): void {
    this.seen.delete(`${conversationId}\u0000${activityId}`);
  }
}
