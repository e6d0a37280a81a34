import { Decimal, freezeDecimal } from '../decimal/decimal.js';

/** The IRS limits that bound retirement contributions in one plan year. */
export interface IrsLimits {
  /** The plan year the limits apply to. */
  readonly year: number;
  /** 401(a)(17): most compensation a plan may count. */
  readonly compensationLimit: Decimal;
  /** 402(g): most an employee may defer (before catch-up contributions). */
  readonly electiveDeferralLimit: Decimal;
  /** 415(c): most that employee and employer together may add to a defined-contribution plan. */
  readonly annualAdditionsLimit: Decimal;
  /**
   * 457(b)(2) and (e)(15): most that a 457(b) plan may hold a year, deferral and employer money
   * together (the same figure as 402(g) in these years, set apart by the IRS notices).
   */
  readonly deferredCompensationLimit: Decimal;
  /** Where the figures come from. */
  readonly source: string;
}

function limits(
  year: number,
  compensationLimit: number,
  electiveDeferralLimit: number,
  annualAdditionsLimit: number,
  deferredCompensationLimit: number,
  source: string,
): IrsLimits {
  return Object.freeze({
    year,
    compensationLimit: freezeDecimal(new Decimal(compensationLimit)),
    electiveDeferralLimit: freezeDecimal(new Decimal(electiveDeferralLimit)),
    annualAdditionsLimit: freezeDecimal(new Decimal(annualAdditionsLimit)),
    deferredCompensationLimit: freezeDecimal(new Decimal(deferredCompensationLimit)),
    source,
  });
}

/**
 * IRS retirement-plan limits by plan year, oldest first. Catch-up contributions (age 50+) are
 * not modelled: offers carry no age.
 *
 * @example
 * ```ts
 * IRS_LIMITS.map((limits) => limits.year); // [2024, 2025, 2026]
 * ```
 */
export const IRS_LIMITS: readonly IrsLimits[] = Object.freeze([
  limits(2024, 345_000, 23_000, 69_000, 23_000, 'IRS, COLA increases for dollar limitations on benefits and contributions (2024)'),
  limits(2025, 350_000, 23_500, 70_000, 23_500, 'IRS Notice 2024-80'),
  limits(2026, 360_000, 24_500, 72_000, 24_500, 'IRS Notice 2025-67'),
]);

/**
 * The plan year used when none is given: the newest year in {@link IRS_LIMITS}, fixed in
 * each release so that results never depend on today's date.
 *
 * @example
 * ```ts
 * DEFAULT_PLAN_YEAR; // 2026
 * ```
 */
export const DEFAULT_PLAN_YEAR = 2026;

/**
 * The IRS limits of one plan year, or `undefined` when the table has no such year.
 *
 * @example
 * ```ts
 * irsLimitsFor(2025)?.electiveDeferralLimit.toString(); // "23500"
 * ```
 */
export function irsLimitsFor(year: number): IrsLimits | undefined {
  return IRS_LIMITS.find((entry) => entry.year === year);
}
