import { Decimal, freezeDecimal } from '../decimal/decimal.js';

/** The IRS limits that bound retirement and HSA contributions in one plan year. */
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
  /** 223(b)(2)(A): most that employer and employee together may put in an HSA with self-only coverage. */
  readonly hsaSelfOnlyLimit: Decimal;
  /** 223(b)(2)(B): the same with family coverage (any coverage beyond self-only, self-plus-one included). */
  readonly hsaFamilyLimit: Decimal;
  /** Where the figures come from. */
  readonly source: string;
}

/** One year's limits, in the order of {@link IrsLimits}: `[401(a)(17), 402(g), 415(c), 457(b), HSA self-only, HSA family]`. */
function limits(year: number, figures: readonly [number, number, number, number, number, number], source: string): IrsLimits {
  const [compensation, deferral, additions, deferredCompensation, hsaSelfOnly, hsaFamily] = figures;
  return Object.freeze({
    year,
    compensationLimit: freezeDecimal(new Decimal(compensation)),
    electiveDeferralLimit: freezeDecimal(new Decimal(deferral)),
    annualAdditionsLimit: freezeDecimal(new Decimal(additions)),
    deferredCompensationLimit: freezeDecimal(new Decimal(deferredCompensation)),
    hsaSelfOnlyLimit: freezeDecimal(new Decimal(hsaSelfOnly)),
    hsaFamilyLimit: freezeDecimal(new Decimal(hsaFamily)),
    source,
  });
}

/**
 * IRS retirement-plan and HSA limits by plan year, oldest first. Catch-up contributions (age 50+
 * for the plans, 55+ for an HSA) are not modelled: offers carry no age. Retirement figures from
 * the IRS cost-of-living notices; HSA figures from the Revenue Procedures under IRC §223(g).
 *
 * @example
 * ```ts
 * IRS_LIMITS.map((limits) => limits.year); // [2024, 2025, 2026]
 * ```
 */
export const IRS_LIMITS: readonly IrsLimits[] = Object.freeze([
  limits(2024, [345_000, 23_000, 69_000, 23_000, 4_150, 8_300], 'IRS Notice 2023-75; HSA: Rev. Proc. 2023-23 §3.01'),
  limits(2025, [350_000, 23_500, 70_000, 23_500, 4_300, 8_550], 'IRS Notice 2024-80; HSA: Rev. Proc. 2024-25 §3.01'),
  limits(2026, [360_000, 24_500, 72_000, 24_500, 4_400, 8_750], 'IRS Notice 2025-67; HSA: Rev. Proc. 2025-19 §3.01'),
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
