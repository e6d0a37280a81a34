import type { Decimal } from './decimal.js';

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
 * Decimals are handed to `Intl.NumberFormat` as strings, never as floats.
 *
 * @example
 * ```ts
 * createExplainer('USD').money(new Decimal('35.175')); // "$35.18"
 * ```
 */
export function createExplainer(currency: string): Explainer {
  const moneyFormat = new Intl.NumberFormat('en-US', { style: 'currency', currency });
  const minorDigits = moneyFormat.resolvedOptions().maximumFractionDigits ?? 2;
  const rateFormat = new Intl.NumberFormat('en-US', {
    style: 'currency',
    currency,
    minimumFractionDigits: minorDigits,
    maximumFractionDigits: Math.max(minorDigits, 4),
  });
  const numberFormat = new Intl.NumberFormat('en-US', { maximumFractionDigits: 4 });
  // Strings keep every digit: Intl rounds them half-expand (half away from zero), as decimal.js half-up does.
  const format = (formatter: Intl.NumberFormat, value: Decimal) =>
    formatter.format(value.toFixed() as Intl.StringNumericLiteral);
  return Object.freeze({
    money: (amount: Decimal) => format(moneyFormat, amount),
    rate: (amount: Decimal) => format(rateFormat, amount),
    number: (value: Decimal) => format(numberFormat, value),
    percent: (value: Decimal) => `${format(numberFormat, value)}%`,
  });
}

/**
 * An explainer that writes nothing: for re-computations whose lines nobody reads (the `low` /
 * `high` totals, break-even searches, projections of other bases).
 *
 * @example
 * ```ts
 * SILENT_EXPLAINER.money(new Decimal(1)); // ""
 * ```
 */
export const SILENT_EXPLAINER: Explainer = Object.freeze({
  money: () => '',
  rate: () => '',
  number: () => '',
  percent: () => '',
});
