import type { Decimal } from '../decimal/decimal.js';
import { minorUnitDigits } from '../decimal/minor-unit.js';
import { roundHalfUp } from '../decimal/round.js';

/** How the table, Markdown and HTML formats write a figure: money and percentages for a locale. */
export interface NumberFormats {
  /** An amount rounded half-up to the currency's minor unit, written for the locale ("$1,234.57"). */
  readonly money: (value: Decimal) => string;
  /** An amount shown as subtracted: its negation, zero left as it is. */
  readonly negativeMoney: (value: Decimal) => string;
  /** A percentage to one decimal, with its sign unless zero ("+4.2", "-3.1"). */
  readonly percent: (value: Decimal) => string;
}

/**
 * The number formats of a currency and a locale, through `Intl.NumberFormat`: decimals go in as
 * their exact decimal strings, never as JavaScript numbers.
 *
 * @example
 * ```ts
 * numberFormats('USD', 'en-US').money(new Decimal('1234.565')); // "$1,234.57"
 * ```
 */
export function numberFormats(currency: string, locale: string): NumberFormats {
  const digits = minorUnitDigits(currency);
  const moneyFormat = new Intl.NumberFormat(locale, { style: 'currency', currency });
  const percentFormat = new Intl.NumberFormat(locale, { maximumFractionDigits: 1, signDisplay: 'exceptZero' });
  const money = (value: Decimal) => moneyFormat.format(roundHalfUp(value, digits).toFixed() as Intl.StringNumericLiteral);
  return Object.freeze({
    money,
    negativeMoney: (value: Decimal) => (value.isZero() ? money(value) : money(value.negated())),
    percent: (value: Decimal) => percentFormat.format(value.toFixed(1) as Intl.StringNumericLiteral),
  });
}
