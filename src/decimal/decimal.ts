import { Decimal as DecimalJs } from 'decimal.js';

/**
 * The library's own decimal constructor: a `Decimal.clone()` with 40 significant digits
 * and half-up rounding, private to the library. The global decimal.js configuration is never
 * read or written, and the package exports a clone of this one (`decimal/public-decimal.ts`),
 * so a user's `Decimal.set(...)` — on either — changes no figure this library computes.
 *
 * @example
 * ```ts
 * new Decimal('0.1').plus('0.2').toString(); // "0.3"
 * ```
 */
export const Decimal = DecimalJs.clone({
  precision: 40,
  rounding: DecimalJs.ROUND_HALF_UP,
  toExpNeg: -40,
  toExpPos: 40,
  minE: -9e15,
  maxE: 9e15,
  modulo: DecimalJs.ROUND_DOWN,
  crypto: false,
});

/** A decimal value produced by the library's own {@link Decimal} constructor. */
export type Decimal = InstanceType<typeof Decimal>;

/**
 * Zero, shared because decimals are immutable.
 *
 * @example
 * ```ts
 * ZERO.isZero(); // true
 * ```
 */
export const ZERO: Decimal = new Decimal(0);
/**
 * One.
 *
 * @example
 * ```ts
 * ONE.plus(ONE).toString(); // "2"
 * ```
 */
export const ONE: Decimal = new Decimal(1);
/**
 * One hundred, the divisor of every percent.
 *
 * @example
 * ```ts
 * new Decimal(5).div(HUNDRED).toString(); // "0.05"
 * ```
 */
export const HUNDRED: Decimal = new Decimal(100);

/**
 * A percent value as a fraction: 5 (percent) is 0.05.
 *
 * @example
 * ```ts
 * fraction(new Decimal(5)).toString(); // "0.05"
 * ```
 */
export function fraction(percent: Decimal): Decimal {
  // × 0.01 is exactly ÷ 100, and cheaper: decimal.js multiplies faster than it divides.
  return percent.times(ONE_HUNDREDTH);
}

const ONE_HUNDREDTH = new Decimal('0.01');

/**
 * The sum of decimals, zero for none.
 *
 * @example
 * ```ts
 * sum([new Decimal(1), new Decimal('2.5')]).toString(); // "3.5"
 * ```
 */
export function sum(values: Iterable<Decimal>): Decimal {
  let total = ZERO;
  for (const value of values) total = add(total, value);
  return total;
}

/**
 * `total + value`, leaving out the additions that change nothing: of a zero, and to a zero
 * total (the start of every sum): each addition makes a new decimal. The result has the value and the sign of `total.plus(value)`
 * whenever `total` is not negative zero — and it never is in a sum that starts at {@link ZERO},
 * since a zero is never handed back in its place; every decimal the library makes has at most
 * 40 digits, so none is rounded by the addition left out.
 *
 * @example
 * ```ts
 * add(ZERO, new Decimal('2.5')).toString(); // "2.5" (the same decimal, not a copy)
 * ```
 */
export function add(total: Decimal, value: Decimal): Decimal {
  if (value.isZero()) return total;
  if (total.isZero()) return value;
  return total.plus(value);
}

/**
 * The smaller of two decimals.
 *
 * @example
 * ```ts
 * min(ONE, HUNDRED); // ONE
 * ```
 */
export function min(a: Decimal, b: Decimal): Decimal {
  return a.lessThan(b) ? a : b;
}

/**
 * The larger of two decimals.
 *
 * @example
 * ```ts
 * max(ONE, HUNDRED); // HUNDRED
 * ```
 */
export function max(a: Decimal, b: Decimal): Decimal {
  return a.greaterThan(b) ? a : b;
}
