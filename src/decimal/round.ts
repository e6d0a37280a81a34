import { Decimal, ZERO } from './decimal.js';

/** A rounded zero is always {@link ZERO}: `-0.00` is never shown. */
function withoutNegativeZero(value: Decimal): Decimal {
  return value.isZero() ? ZERO : value;
}

/**
 * Rounds half-up (away from zero on a tie) to `digits` decimals, never returning negative zero.
 *
 * @example
 * ```ts
 * roundHalfUp(new Decimal('35.175'), 2).toFixed(2); // "35.18" (a float gives "35.17")
 * ```
 */
export function roundHalfUp(value: Decimal, digits: number): Decimal {
  return withoutNegativeZero(value.toDecimalPlaces(digits, Decimal.ROUND_HALF_UP));
}

/**
 * Rounds up (toward +∞) to `digits` decimals: the smallest figure of the minor unit that is not
 * below `value`.
 *
 * @example
 * ```ts
 * roundUp(new Decimal('24.171'), 2).toString(); // "24.18"
 * ```
 */
export function roundUp(value: Decimal, digits: number): Decimal {
  return withoutNegativeZero(value.toDecimalPlaces(digits, Decimal.ROUND_CEIL));
}

/**
 * Rounds down (toward −∞) to `digits` decimals.
 *
 * @example
 * ```ts
 * roundDown(new Decimal('24.179'), 2).toString(); // "24.17"
 * ```
 */
export function roundDown(value: Decimal, digits: number): Decimal {
  return withoutNegativeZero(value.toDecimalPlaces(digits, Decimal.ROUND_FLOOR));
}

/**
 * One unit of the last of `digits` decimals: 0.01 for 2, 1 for 0.
 *
 * @example
 * ```ts
 * minorUnit(2).toString(); // "0.01"
 * ```
 */
export function minorUnit(digits: number): Decimal {
  return new Decimal(10).pow(-digits);
}
