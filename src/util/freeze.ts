import { Decimal } from '../decimal/decimal.js';

/**
 * Freezes a value and everything reachable from it, so results can be shared safely. Decimals
 * are left as they are: they are immutable through their API, and freezing each one would cost
 * more than the arithmetic that made it. Objects already frozen are taken as frozen throughout:
 * an object with a getter (a lazily written explanation or projection) must be frozen where it
 * is built, so that freezing never runs the getter.
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
    for (const key of Object.keys(value)) deepFreeze((value as Record<string, unknown>)[key]);
  }
  return value;
}
