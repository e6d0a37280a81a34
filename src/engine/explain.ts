import type { Decimal } from '../decimal/decimal.js';
import { minorUnitDigits } from '../decimal/minor-unit.js';

/** Writes the numbers of an explanation sentence. Formats only: it never computes a figure. */
export interface Explainer {
  /** Money rounded to the currency's minor unit: `$1,234.57`. */
  readonly money: (amount: Decimal) => string;
  /** A rate of money, with up to four decimals: `$32.6923`. */
  readonly rate: (amount: Decimal) => string;
  /** A plain number with up to four decimals: `46.4`. */
  readonly number: (value: Decimal) => string;
  /** A percent value: `5%`. */
  readonly percent: (value: Decimal) => string;
}

/**
 * Number formats for explanation sentences in one currency, in US English so that
 * explanations are the same on every machine (locale-aware display is the formatters' job).
 * Decimals are handed to `Intl.NumberFormat` as strings, never as floats. The formats are
 * created on first use, so an evaluation whose explanations nobody reads creates none.
 *
 * @example
 * ```ts
 * createExplainer('USD').money(new Decimal('35.175')); // "$35.18"
 * ```
 */
export function createExplainer(currency: string): Explainer {
  let formats: { money: Intl.NumberFormat; rate: Intl.NumberFormat; number: Intl.NumberFormat } | undefined;
  const made = () => {
    if (formats === undefined) {
      const money = new Intl.NumberFormat('en-US', { style: 'currency', currency });
      const minorDigits = minorUnitDigits(currency, money);
      formats = {
        money,
        rate: new Intl.NumberFormat('en-US', {
          style: 'currency',
          currency,
          minimumFractionDigits: minorDigits,
          maximumFractionDigits: Math.max(minorDigits, 4),
        }),
        number: new Intl.NumberFormat('en-US', { maximumFractionDigits: 4 }),
      };
    }
    return formats;
  };
  // Strings keep every digit: Intl rounds them half-expand (half away from zero), as decimal.js half-up does.
  const format = (formatter: Intl.NumberFormat, value: Decimal) =>
    formatter.format(value.toFixed() as Intl.StringNumericLiteral);
  return Object.freeze({
    money: (amount: Decimal) => format(made().money, amount),
    rate: (amount: Decimal) => format(made().rate, amount),
    number: (value: Decimal) => format(made().number, value),
    percent: (value: Decimal) => `${format(made().number, value)}%`,
  });
}
