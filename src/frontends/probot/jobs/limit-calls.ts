import type { LimitFunction } from 'p-limit';

/** The same port, with every method call waiting for a slot of `limit` (GitHub calls in flight). */
export function limitCalls<T extends object>(target: T, limit: LimitFunction): T {
  return new Proxy(target, {
    get(object, property, receiver) {
      const value: unknown = Reflect.get(object, property, receiver);
      if (typeof value !== 'function') return value;
      return (...args: unknown[]) => limit(() => (value as (...a: unknown[]) => unknown).apply(object, args));
    },
  });
}
