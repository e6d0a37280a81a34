import { Decimal, sum } from '../decimal/decimal.js';
import type { HourlyPay, Offer, SalaryPay, TimeOff } from './types.js';

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
 * Work days in a week when an offer states none (docs/semantics.md §1): a day off is
 * `hoursPerWeek / daysPerWeek` hours.
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
  /** `Hoff`: days off × hours a day, `hoursPerWeek / daysPerWeek`. */
  readonly timeOffHours: Decimal;
  /** `Ww`: weeks actually worked, `Hs / hpw − Hoff / hpw` = paid weeks − days off ÷ days a week. */
  readonly workedWeeks: Decimal;
}

const ONE_FIFTH = new Decimal('0.2');

/** What the hours of a year are computed from: the schedule of an offer's pay. */
export type PaySchedule =
  | Pick<SalaryPay, 'type' | 'hoursPerWeek' | 'daysPerWeek'>
  | Pick<HourlyPay, 'type' | 'hoursPerWeek' | 'daysPerWeek' | 'paidWeeksPerYear'>;

/** Paid weeks a year: `paidWeeksPerYear` for hourly pay, 52 for a salary. */
function paidWeeks(pay: PaySchedule): Decimal {
  return pay.type === 'hourly' ? pay.paidWeeksPerYear : WEEKS_PER_YEAR;
}

/** Weeks that a number of days off make: days ÷ days a week (× 0.2, without a division, on a five-day week). */
function weeksOfDays(days: Decimal, pay: PaySchedule): Decimal {
  return pay.daysPerWeek.equals(WORK_DAYS_PER_WEEK) ? days.times(ONE_FIFTH) : days.div(pay.daysPerWeek);
}

/**
 * `Hs`: scheduled hours a year, hours a week × paid weeks (a salary pays 52).
 *
 * @example
 * ```ts
 * scheduledHours(offer.pay).toString(); // "2080" for 40 h a week all year
 * ```
 */
export function scheduledHours(pay: PaySchedule): Decimal {
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
 * `Hoff`: hours of paid time off a year, days × the hours of a work day (`hoursPerWeek / daysPerWeek`).
 *
 * @example
 * ```ts
 * timeOffHours(offer.benefits.timeOff, offer.pay).toString(); // "224" for 28 days of 8 h
 * ```
 */
export function timeOffHours(timeOff: TimeOff, pay: PaySchedule): Decimal {
  return weeksOfDays(timeOffDays(timeOff), pay).times(pay.hoursPerWeek);
}

/**
 * `Ww`: weeks actually worked, paid weeks − days off ÷ days a week (which is `(Hs − Hoff) / hpw`
 * without dividing by the hours).
 *
 * @example
 * ```ts
 * workedWeeks(offer.pay, offer.benefits.timeOff).toString(); // "46.4" for 28 days off on a five-day week
 * ```
 */
export function workedWeeks(pay: PaySchedule, timeOff: TimeOff): Decimal {
  return paidWeeks(pay).minus(weeksOfDays(timeOffDays(timeOff), pay));
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
  const weeksOff = weeksOfDays(days, pay);
  return {
    scheduledHours: scheduledHours(pay),
    timeOffDays: days,
    // Hoff = days × hpw ÷ days a week; Ww = paid weeks − days ÷ days a week, the same as
    // (Hs − Hoff) / hpw (test/offer/hours.test.ts checks the two agree).
    timeOffHours: weeksOff.times(pay.hoursPerWeek),
    workedWeeks: paidWeeks(pay).minus(weeksOff),
  };
}
