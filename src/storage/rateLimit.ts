import type { Collection, Document } from 'mongodb';

/** Azure Cosmos DB for MongoDB (RU) answers "request rate is large" with this code; the driver won't retry it. */
export const RATE_LIMITED = 16500;

export interface RetryOptions {
  attempts?: number;
  baseDelayMs?: number;
  sleep?: (ms: number) => Promise<void>;
  random?: () => number;
}

function isRateLimited(error: unknown): boolean {
  return typeof error === 'object' && error !== null && (error as { code?: unknown }).code === RATE_LIMITED;
}

/** Runs `operation`, retrying rate-limited attempts with exponential backoff and full jitter. */
export async function retryRateLimited<T>(
  operation: () => Promise<T>,
  options: RetryOptions = {},
): Promise<T> {
  const attempts = options.attempts ?? 5;
  const base = options.baseDelayMs ?? 50;
  const sleep = options.sleep ?? ((ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms)));
  const random = options.random ?? Math.random;
  for (let attempt = 1; ; attempt++) {
    try {
      return await operation();
    } catch (error) {
      if (!isRateLimited(error) || attempt >= attempts) throw error;
      await sleep(Math.round(random() * base * 2 ** (attempt - 1)));
    }
  }
}

const RETRIED = new Set([
  'insertOne',
  'updateOne',
  'replaceOne',
  'deleteOne',
  'deleteMany',
  'findOne',
  'findOneAndUpdate',
  'countDocuments',
]);

/**
 * The collection, with its single-request operations retried when rate-limited. Every write here is
 * idempotent (conditional on a version, an eTag, or a unique key), so a retry is harmless.
 */
export function rateLimited<T extends Document>(
  collection: Collection<T>,
  options: RetryOptions = {},
): Collection<T> {
  return new Proxy(collection, {
    get(target, property, receiver) {
      const value = Reflect.get(target, property, receiver) as unknown;
      if (typeof value !== 'function' || typeof property !== 'string' || !RETRIED.has(property)) return value;
      return (...args: unknown[]) =>
        retryRateLimited(() => (value as (...a: unknown[]) => Promise<unknown>).apply(target, args), options);
    },
  });
}
