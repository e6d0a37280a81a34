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
 * What a frozen decimal's digits inherit: `Array.prototype` with its own `slice`, a plain loop.
 * decimal.js copies an operand's digits with `slice()` in every operation, and `slice` of a
 * frozen array takes V8's slow path (Node.js 20: 5 ns → 200 ns a copy, every operation on a
 * frozen decimal two to four times slower; bench/README.md, eighth round). The copy is an
 * ordinary array, as decimal.js expects.
 */
const FROZEN_DIGITS: readonly number[] = Object.freeze(
  Object.create(Array.prototype, {
    slice: {
      value: function slice(this: readonly number[], start = 0, end = this.length): number[] {
        const from = start < 0 ? Math.max(this.length + start, 0) : Math.min(start, this.length);
        const to = end < 0 ? Math.max(this.length + end, 0) : Math.min(end, this.length);
        const copy: number[] = [];
        for (let index = from; index < to; index += 1) copy.push(this[index] as number);
        return copy;
      },
    },
  }) as number[],
);

/**
 * Freezes a decimal and its digits, so that nothing can change its value: decimal.js keeps
 * the digits in an array (`value.d`), which `Object.freeze(value)` alone leaves writable
 * (`value.d[0] = 20`). For decimals the library keeps and hands out — its constants, the
 * reference tables, every amount of a parsed offer and the shared defaults — so that no
 * caller can change a later result through one. Returns the same decimal; a frozen one is left
 * as it is. Arithmetic on it stays as fast (see `FROZEN_DIGITS`).
 *
 * @example
 * ```ts
 * const forty = freezeDecimal(new Decimal(40));
 * Object.isFrozen(forty.d); // true: forty.d[0] = 20 throws in strict mode
 * forty.plus(2).toString(); // "42"
 * ```
 */
export function freezeDecimal(value: Decimal): Decimal {
  if (Object.isFrozen(value)) return value;
  // The library makes finite decimals only: their digits are an array.
  Object.setPrototypeOf(value.d, FROZEN_DIGITS);
  Object.freeze(value.d);
  return Object.freeze(value);
}

/**
 * Zero, shared, and frozen (see {@link freezeDecimal}) because it is handed out.
 *
 * @example
 * ```ts
 * ZERO.isZero(); // true
 * ```
 */
export const ZERO: Decimal = freezeDecimal(new Decimal(0));
/**
 * One.
 *
 * @example
 * ```ts
 * ONE.plus(ONE).toString(); // "2"
 * ```
 */
export const ONE: Decimal = freezeDecimal(new Decimal(1));
/**
 * One hundred, the divisor of every percent.
 *
 * @example
 * ```ts
 * new Decimal(5).div(HUNDRED).toString(); // "0.05"
 * ```
 */
export const HUNDRED: Decimal = freezeDecimal(new Decimal(100));

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
