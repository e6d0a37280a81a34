import { Decimal, sum } from '../decimal/decimal.js';
import type { Offer, TimeOff } from './types.js';

/**
 * Weeks in the library's year (docs/semantics.md §1).
 *
 * @example
 * ```ts
 * WEEKS_PER_YEAR.toString(); // "52"
 * ```
 */
export const WEEKS_PER_YEAR = new Decimal(52);
/**
 * Work days in a week (docs/semantics.md §1): a day off is `hoursPerWeek / 5` hours.
 *
 * @example
 * ```ts
 * WORK_DAYS_PER_WEEK.toString(); // "5"
 * ```
 */
export const WORK_DAYS_PER_WEEK = new Decimal(5);

/** The hours of an offer's year (docs/semantics.md §4). */
export interface Workload {
  /** `Hs`: hours a week × paid weeks (52 for a salary). */
  readonly scheduledHours: Decimal;
  /** Days of paid time off a year. */
  readonly timeOffDays: Decimal;
  /** `Hoff`: days off × hours a week ÷ 5. */
  readonly timeOffHours: Decimal;
  /** `Ww`: weeks actually worked, `Hs / hpw − Hoff / hpw`. */
  readonly workedWeeks: Decimal;
}

const ONE_FIFTH = new Decimal('0.2');

/** Paid weeks a year: `paidWeeksPerYear` for hourly pay, 52 for a salary. */
function paidWeeks(pay: Offer['pay']): Decimal {
  return pay.type === 'hourly' ? pay.paidWeeksPerYear : WEEKS_PER_YEAR;
}

/** Hours of a number of work days: days × hours a week ÷ 5. */
function dayHours(days: Decimal, hoursPerWeek: Decimal): Decimal {
  // × 0.2 is exactly ÷ 5 (WORK_DAYS_PER_WEEK), without a division.
  return days.times(hoursPerWeek).times(ONE_FIFTH);
}

/**
 * `Hs`: scheduled hours a year, hours a week × paid weeks (a salary pays 52).
 *
 * @example
 * ```ts
 * scheduledHours(offer.pay).toString(); // "2080" for 40 h a week all year
 * ```
 */
export function scheduledHours(pay: Offer['pay']): Decimal {
  return pay.hoursPerWeek.times(paidWeeks(pay));
}

/**
 * Days of paid time off a year: vacation + sick + holidays + personal.
 *
 * @example
 * ```ts
 * timeOffDays(offer.benefits.timeOff).toString(); // "28" for 15 + 5 + 8 + 0
 * ```
 */
export function timeOffDays(timeOff: TimeOff): Decimal {
  return sum([timeOff.vacationDays, timeOff.sickDays, timeOff.holidays, timeOff.personalDays]);
}

/**
 * `Hoff`: hours of paid time off a year, days × hours a week ÷ 5.
 *
 * @example
 * ```ts
 * timeOffHours(offer.benefits.timeOff, new Decimal(40)).toString(); // "224" for 28 days
 * ```
 */
export function timeOffHours(timeOff: TimeOff, hoursPerWeek: Decimal): Decimal {
  return dayHours(timeOffDays(timeOff), hoursPerWeek);
}

/**
 * `Ww`: weeks actually worked, paid weeks − days off ÷ 5 (which is `(Hs − Hoff) / hpw` without a
 * division).
 *
 * @example
 * ```ts
 * workedWeeks(offer.pay, offer.benefits.timeOff).toString(); // "46.4" for 28 days off
 * ```
 */
export function workedWeeks(pay: Offer['pay'], timeOff: TimeOff): Decimal {
  return paidWeeks(pay).minus(timeOffDays(timeOff).times(ONE_FIFTH));
}

/**
 * The hours of an offer's year: scheduled, off, and the weeks actually worked.
 *
 * @example
 * ```ts
 * workload(offer).workedWeeks.toString(); // "46.4" for 28 days off
 * ```
 */
export function workload(offer: Offer): Workload {
  const pay = offer.pay;
  const days = timeOffDays(offer.benefits.timeOff);
  return {
    scheduledHours: scheduledHours(pay),
    timeOffDays: days,
    timeOffHours: dayHours(days, pay.hoursPerWeek),
    // (Hs − Hoff) / hpw is paid weeks − days ÷ 5 exactly, since Hs = hpw × paid weeks and
    // Hoff = days × hpw ÷ 5: the same decimal without a division (test/offer/hours.test.ts
    // checks the two agree).
    workedWeeks: paidWeeks(pay).minus(days.times(ONE_FIFTH)),
  };
}
