import { Decimal as LibraryDecimal } from './decimal.js';

/**
 * The `Decimal` constructor the package exports, for your own arithmetic on the library's
 * results: a clone of the library's decimal.js constructor, starting with its settings (40
 * significant digits, half-up rounding), but a constructor of its own. Configure it as you
 * like (`Decimal.set({ precision: 20 })`): the library computes with a private constructor
 * that neither this one nor decimal.js's global one ever reaches. Every amount the library
 * returns is a decimal.js `Decimal`, which this constructor reads as it reads its own
 * (decimal.js keeps the constructor that made an amount on it, as `amount.constructor`: that
 * one is the library's, not to be configured).
 *
 * @example
 * ```ts
 * import { Decimal, evaluateOffer } from 'total-comp';
 * Decimal.set({ precision: 2 });
 * new Decimal(1).div(3).toString(); // "0.33"
 * evaluateOffer(offer).totals.annual.toFixed(2); // unchanged: "74430.50"
 * ```
 */
export const Decimal = LibraryDecimal.clone();

/** A decimal value: every amount the library returns, and what {@link Decimal} makes. */
export type Decimal = InstanceType<typeof Decimal>;
