import type { Decimal } from '../decimal/decimal.js';
import type { Explainer } from './explain.js';
import { line, type Line } from './line.js';
import { monthsInYear } from './months-in-year.js';

/**
 * What a wait of `months` takes from a benefit worth `value` a year in a year of the offer:
 * `value × monthsInYear(months, year) / 12`. One function serves the `waiting-period` lines and
 * the employer money a projection counts toward vesting.
 *
 * @example
 * ```ts
 * waitedValue(new Decimal(2400), 18, 2).toString(); // "1200" (6 of year 2's months)
 * ```
 */
export function waitedValue(value: Decimal, months: number, year: number): Decimal {
  const inYear = monthsInYear(months, year);
  return inYear === 0 ? value.times(0) : value.times(inYear).div(12);
}

/** A benefit that starts after a wait, with the yearly value the wait takes a share of. */
export interface WaitingItem {
  /** What the benefit is called in the sentence: "Medical insurance", "403(b) match and contributions". */
  readonly label: string;
  /** Its steady yearly value: what {@link waitingPeriodLine} takes months of. */
  readonly value: Decimal;
  /** `startsAfterMonths`. */
  readonly months: number;
}

/**
 * The `waiting-period` line of a benefit in a year of the offer (docs/semantics.md §21): a
 * one-time cost of `value × m / 12`, `m` the months of the wait that fall in the year (see
 * {@link monthsInYear}); `null` when none does or the benefit is worth nothing. `annual` stays a
 * steady year; `firstYear` (and each projected year the wait reaches) loses the months without it.
 *
 * @example
 * ```ts
 * // medical insurance worth $7,900 a year, starting after 3 months: 7,900 × 3 / 12 = 1,975
 * waitingPeriodLine({ label: 'Medical insurance', value: new Decimal(7900), months: 3 }, 1, explain)?.amount.toString(); // "1975"
 * ```
 */
export function waitingPeriodLine(item: WaitingItem, year: number, explain: Explainer): Line | null {
  const months = monthsInYear(item.months, year);
  if (months === 0 || item.value.isZero()) return null;
  const amount = waitedValue(item.value, item.months, year);
  return line({
    component: 'waiting-period',
    label: `${item.label}: waiting period`,
    amount,
    category: 'costs',
    recurring: false,
    explanation: () =>
      `${item.label} starts after ${item.months} month${item.months === 1 ? '' : 's'}` +
      `${year === 1 ? '' : `, ${months} of them in year ${year}`}: ${explain.money(item.value)} a year × ${months} / 12 = ${explain.money(amount)} not received.`,
  });
}
