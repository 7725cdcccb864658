import { randomUUID } from 'node:crypto';
import type { Storage, StoreItems } from 'botbuilder';
import type { Collection, Db } from 'mongodb';
import { z } from 'zod';
import { INPUT_LIMITS } from '../limits';
import { rateLimited } from './rateLimit';

export const BOT_STATE_COLLECTION = 'botState';

/** The stored form: the state is a JSON string, so keys with `.` or `$` and nested arrays survive. */
const StateDocument = z.object({
  _id: z.string(),
  state: z.string(),
  eTag: z.string(),
  updatedAt: z.date(),
});
type StateDocument = z.infer<typeof StateDocument>;

/** Thrown when a write carries an eTag that is no longer current (someone else wrote first). */
export class ETagConflictError extends Error {
  override readonly name = 'ETagConflictError';
  constructor(readonly key: string) {
    super(`Storage: error writing "${key}" due to eTag conflict.`);
  }
}

const MAX_KEY_LENGTH = INPUT_LIMITS.stateKeyChars;

function checkKey(key: string): void {
  if (typeof key !== 'string' || key.length === 0 || key.length > MAX_KEY_LENGTH) {
    throw new Error(`Storage: invalid key ${JSON.stringify(key)?.slice(0, 80)}`);
  }
}

/**
 * botbuilder `Storage` over MongoDB for teams-ai turn state, with optimistic concurrency:
 * a write whose eTag is set (and not `*`) only succeeds while the stored eTag still matches.
 */
export class MongoBotStorage implements Storage {
  private readonly collection: Collection<StateDocument>;

  constructor(
    db: Db,
    private readonly now: () => Date = () => new Date(),
  ) {
    this.collection = rateLimited(db.collection<StateDocument>(BOT_STATE_COLLECTION));
  }

  async read(keys: string[]): Promise<StoreItems> {
    keys.forEach(checkKey);
    if (keys.length === 0) return {};
    const docs = await this.collection.find({ _id: { $in: keys } }).toArray();
    const items: StoreItems = {};
    for (const raw of docs) {
      const doc = StateDocument.parse(raw);
      items[doc._id] = { ...(JSON.parse(doc.state) as object), eTag: doc.eTag };
    }
    return items;
  }

  async write(changes: StoreItems): Promise<void> {
    for (const [key, item] of Object.entries(changes)) {
      checkKey(key);
      const { eTag: expected, ...value } = (item ?? {}) as { eTag?: unknown } & Record<string, unknown>;
      const next: StateDocument = {
        _id: key,
        state: JSON.stringify(value),
        eTag: randomUUID(),
        updatedAt: this.now(),
      };
      if (typeof expected !== 'string' || expected === '*' || expected === '') {
        await this.collection.replaceOne({ _id: key }, next, { upsert: true });
        continue;
      }
      const result = await this.collection.replaceOne({ _id: key, eTag: expected }, next);
      if (result.matchedCount === 1) continue;
      // No match: either someone changed it (conflict) or it does not exist yet (first write).
      try {
        await this.collection.insertOne(next);
      } catch (error) {
        if (isDuplicateKey(error)) throw new ETagConflictError(key);
        throw error;
      }
    }
  }

  async delete(keys: string[]): Promise<void> {
    keys.forEach(checkKey);
    if (keys.length > 0) await this.collection.deleteMany({ _id: { $in: keys } });
  }
}

export function isDuplicateKey(error: unknown): boolean {
  return typeof error === 'object' && error !== null && (error as { code?: unknown }).code === 11000;
}
