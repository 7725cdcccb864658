/**
 * The same object, except that the promise returned by any of its methods passes through
 * `around(method, promise)`; other members and synchronous results are untouched. For cross-cutting
 * wrappers around stores (deadlines, failure counts).
 */
export function aroundAsyncMethods<T extends object>(
  target: T,
  around: (method: string, result: Promise<unknown>) => Promise<unknown>,
): T {
  return new Proxy(target, {
    get(object, property, receiver) {
      const value: unknown = Reflect.get(object, property, receiver);
      if (typeof value !== 'function' || typeof property !== 'string') return value;
      return (...args: unknown[]) => {
        const result: unknown = Reflect.apply(value, object, args);
        return result instanceof Promise ? around(property, result) : result;
      };
    },
  });
}
