import { Decimal } from './decimal.js';

/**
 * Freezes a value and everything reachable from it, so results can be shared safely. Decimals
 * are left as they are: they are immutable through their API, and freezing each one would cost
 * more than the arithmetic that made it. Objects already frozen are taken as frozen throughout,
 * and getters are not run (what they return is frozen by whoever computes it).
 *
 * @example
 * ```ts
 * Object.isFrozen(deepFreeze({ a: { b: 1 } }).a); // true
 * ```
 */
export function deepFreeze<T>(value: T): T {
  if (typeof value === 'object' && value !== null && !(value instanceof Decimal) && !Object.isFrozen(value)) {
    Object.freeze(value);
    // Data properties only: a getter (a lazily written explanation or projection) is not run.
    for (const key of Object.keys(value)) {
      const descriptor = Object.getOwnPropertyDescriptor(value, key);
      if (!descriptor?.get) deepFreeze(descriptor?.value);
    }
  }
  return value;
}
