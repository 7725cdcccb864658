import { aroundAsyncMethods } from '../methods';

/** Thrown when a database call has not answered in time; the call may still complete later. */
export class DatabaseTimeoutError extends Error {
  override readonly name = 'DatabaseTimeoutError';
  constructor(
    readonly store: string,
    readonly operation: string,
    readonly ms: number,
  ) {
    super(`The database did not answer ${store}.${operation} within ${ms} ms`);
  }
}

/**
 * The same store, except that every method returning a promise rejects with DatabaseTimeoutError
 * after `ms`, so a database that hangs (stopped, overloaded, network black hole) never holds a turn
 * longer than that. Every write the bot makes is idempotent or conditional, so a write that times
 * out and lands later is harmless, and the user's retry is safe.
 */
export function withDeadline<T extends object>(
  target: T,
  store: string,
  ms: number,
  /** Longer limits for calls that wait on purpose (a submission waiting for the one that took it). */
  longer: Partial<Record<string, number>> = {},
): T {
  return aroundAsyncMethods(target, (method, result) => {
    const limit = Math.max(ms, longer[method] ?? 0);
    let timer: NodeJS.Timeout | undefined;
    const timeout = new Promise<never>((_, reject) => {
      timer = setTimeout(() => reject(new DatabaseTimeoutError(store, method, limit)), limit);
    });
    // A late failure of the real call must never surface as an unhandled rejection.
    result.catch(() => undefined);
    return Promise.race([result, timeout]).finally(() => clearTimeout(timer));
  });
}
