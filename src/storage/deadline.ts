import type { DatabaseBreaker } from './breaker';
import { isConnectionFailure } from './errors';

/**
 * Thrown when a database call has not answered in time (the call may still complete later), or,
 * with `atOnce`, when it was not waited for because the database is known not to answer. Both are
 * handled alike: the user is told the database is not answering, and may retry.
 */
export class DatabaseTimeoutError extends Error {
  override readonly name = 'DatabaseTimeoutError';
  constructor(
    readonly store: string,
    readonly operation: string,
    readonly ms: number,
    readonly atOnce = false,
  ) {
    super(
      atOnce
        ? `The database is not answering: ${store}.${operation} failed at once`
        : `The database did not answer ${store}.${operation} within ${ms} ms`,
    );
  }
}

/** Methods declared `async` are the database calls; the others (a cache lookup) run as they are. */
const AsyncFunction = (async () => undefined).constructor;

/**
 * The same store, except that every method returning a promise rejects with DatabaseTimeoutError
 * after `ms`, so a database that hangs (stopped, overloaded, network black hole) never holds a turn
 * longer than that. Every write the bot makes is idempotent or conditional, so a write that times
 * out and lands later is harmless, and the user's retry is safe.
 *
 * With a `breaker`, a timeout or a connection failure opens it; while it is open, the store's async
 * methods fail at once without being run, and calls in flight when it opens fail at once too. Wrap
 * the store itself (not another wrapper), so its async methods can be told apart.
 */
export function withDeadline<T extends object>(
  target: T,
  store: string,
  ms: number,
  /** Longer limits for calls that wait on purpose (a submission waiting for the one that took it). */
  longer: Partial<Record<string, number>> = {},
  breaker?: DatabaseBreaker,
): T {
  return new Proxy(target, {
    get(object, property, receiver) {
      const value: unknown = Reflect.get(object, property, receiver);
      if (typeof value !== 'function' || typeof property !== 'string') return value;
      const limit = Math.max(ms, longer[property] ?? 0);
      return (...args: unknown[]) => {
        if (breaker && !breaker.answering && value instanceof AsyncFunction) {
          return Promise.reject(new DatabaseTimeoutError(store, property, limit, true));
        }
        const result: unknown = Reflect.apply(value, object, args);
        if (!(result instanceof Promise)) return result;
        return bounded(result, { store, operation: property, ms, limit, breaker });
      };
    },
  });
}

function bounded<R>(
  result: Promise<R>,
  call: { store: string; operation: string; ms: number; limit: number; breaker?: DatabaseBreaker },
): Promise<R> {
  const { store, operation, ms, limit, breaker } = call;
  // A late failure of the real call must never surface as an unhandled rejection.
  result.catch(() => undefined);
  return new Promise<R>((resolve, reject) => {
    let settled = false;
    const settle = (finish: () => void) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      clearTimeout(suspect);
      release?.();
      finish();
    };
    const timer = setTimeout(() => {
      const error = new DatabaseTimeoutError(store, operation, limit);
      settle(() => reject(error));
      // One slow call says less than a refused connection: the calls in flight wait for a ping.
      breaker?.open(error, false);
    }, limit);
    // A call allowed to wait longer than usual has the server asked, after the usual time, whether
    // it still answers, so a dead database does not hold it for its whole limit.
    const suspect = breaker && limit > ms ? setTimeout(() => breaker.suspect(), ms) : undefined;
    const release = breaker?.whileInFlight(() =>
      settle(() => reject(new DatabaseTimeoutError(store, operation, limit, true))),
    );
    result.then(
      (value) => settle(() => resolve(value)),
      (error: unknown) => {
        settle(() => reject(error));
        if (isConnectionFailure(error)) breaker?.open(error);
      },
    );
  });
}
