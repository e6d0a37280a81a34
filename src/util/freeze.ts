import { Decimal } from '../decimal/decimal.js';

/**
 * Freezes a value and everything reachable from it, so results can be shared safely. Decimals
 * are left as they are: a result's own are made for it and shared with nothing, and those the
 * library keeps and hands out again — constants, reference tables, the amounts of parsed offers
 * and their defaults — are frozen where they are made (`freezeDecimal`). Objects already frozen are taken as frozen throughout:
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
