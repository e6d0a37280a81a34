import { type Decimal, ONE, fraction } from '../decimal/decimal.js';
import { roundUp } from '../decimal/round.js';
import type { Explainer } from './explain.js';
import { scheduledHours } from '../offer/hours.js';
import { line, type Line } from './line.js';
import type { Offer, PayPeriod } from '../offer/types.js';

/**
 * How many of each pay period a year has (docs/semantics.md §2).
 *
 * @example
 * ```ts
 * PERIODS_PER_YEAR.biweek; // 26
 * ```
 */
export const PERIODS_PER_YEAR: Readonly<Record<PayPeriod, number>> = Object.freeze({
  year: 1,
  month: 12,
  semimonth: 24,
  biweek: 26,
  week: 52,
});

/** How a pay period is said in an explanation. */
const PERIOD_WORDS: Readonly<Record<PayPeriod, string>> = Object.freeze({
  year: 'a year',
  month: 'a month',
  semimonth: 'twice a month',
  biweek: 'every two weeks',
  week: 'a week',
});

/** The multiplier of the employer's location pay adjustment: `1 + p`. */
function adjustmentFactor(offer: Offer): Decimal {
  return ONE.plus(fraction(offer.location.payAdjustmentPercent));
}

/**
 * `B`: annual base pay (docs/semantics.md §2). Salary `amount × periods(per)`; hourly
 * `rate × hoursPerWeek × paidWeeksPerYear`; then `× (1 + payAdjustmentPercent / 100)`.
 *
 * @example
 * ```ts
 * annualBase(parseOffer({ label: 'A', pay: { type: 'hourly', rate: 23.45 } })).toString(); // "48776"
 * ```
 */
export function annualBase(offer: Offer): Decimal {
  const pay = offer.pay;
  const unadjusted =
    pay.type === 'salary'
      ? pay.amount.times(PERIODS_PER_YEAR[pay.per])
      : pay.rate.times(pay.hoursPerWeek).times(pay.paidWeeksPerYear);
  return unadjusted.times(adjustmentFactor(offer));
}

/**
 * The hourly rate, before the location adjustment, that pays an annual base: the inverse of
 * {@link annualBase} for an hourly offer, `B / (hoursPerWeek × paidWeeksPerYear × (1 + p))`,
 * rounded up to the currency's minor unit, `digits` decimals (a rate one cent lower would fall short). `null` for a salaried offer.
 *
 * @example
 * ```ts
 * hourlyRateForBase(parseOffer({ label: 'A', pay: { type: 'hourly', rate: 1 } }), new Decimal(62400), 2)?.toString(); // "30"
 * ```
 */
export function hourlyRateForBase(offer: Offer, base: Decimal, digits: number): Decimal | null {
  if (offer.pay.type !== 'hourly') return null;
  return roundUp(base.div(scheduledHours(offer.pay).times(adjustmentFactor(offer))), digits);
}

/**
 * `R`: the regular hourly rate (docs/semantics.md §3), annual base ÷ scheduled hours. For an hourly offer
 * this is `rate × (1 + p)`; for a salary `B / (hoursPerWeek × 52)`.
 *
 * @example
 * ```ts
 * regularRate(new Decimal(52000), new Decimal(2080)).toString(); // "25"
 * ```
 */
export function regularRate(base: Decimal, scheduledHours: Decimal): Decimal {
  return base.div(scheduledHours);
}

/**
 * The `base` line: the annual base with the arithmetic that produced it.
 *
 * @example
 * ```ts
 * baseLine(offer, annualBase(offer), createExplainer('USD')).explanation;
 * // "$23.45 an hour × 40 h/week × 52 paid weeks."
 * ```
 */
export function baseLine(offer: Offer, base: Decimal, explain: Explainer): Line {
  const pay = offer.pay;
  return line({
    component: 'base',
    label: pay.type === 'salary' ? 'Base salary' : 'Base pay',
    amount: base,
    category: 'guaranteed-cash',
    recurring: true,
    explanation: () => baseWords(offer, base, explain),
  });
}

function baseWords(offer: Offer, base: Decimal, explain: Explainer): string {
  const pay = offer.pay;
  const schedule =
    pay.type === 'salary'
      ? `${explain.money(pay.amount)} ${PERIOD_WORDS[pay.per]}${pay.per === 'year' ? '' : ` × ${PERIODS_PER_YEAR[pay.per]} pay periods`}`
      : `${explain.rate(pay.rate)} an hour × ${explain.number(pay.hoursPerWeek)} h/week × ${explain.number(pay.paidWeeksPerYear)} paid weeks`;
  const adjustment = offer.location.payAdjustmentPercent;
  const adjusted = adjustment.isZero()
    ? ''
    : ` × (1 ${adjustment.isNegative() ? '−' : '+'} ${explain.percent(adjustment.abs())}) location pay adjustment`;
  return `${schedule}${adjusted}${adjusted || pay.type === 'hourly' || pay.per !== 'year' ? ` = ${explain.money(base)}` : ''}.`;
}
