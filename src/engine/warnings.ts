import { CALIFORNIA_EXEMPT_SALARY, FLSA_SALARY_LEVEL_PER_WEEK } from '../data/salary-levels.js';
import { type Decimal, Decimal as DecimalOf, HUNDRED } from '../decimal/decimal.js';
import { WEEKS_PER_YEAR } from '../offer/hours.js';
import type { Offer, Vesting } from '../offer/types.js';
import type { EvaluationContext } from './context.js';
import type { Explainer } from './explain.js';
import type { OvertimeHours } from './overtime.js';
import { planName } from './retirement.js';

/** What a warning is about (docs/semantics.md §20). */
export type WarningCode =
  | 'exempt-below-salary-level'
  | 'vesting-longer-than-erisa'
  | 'hours-over-80'
  | 'california-flat-bonus'
  | 'health-waiting-period-over-90-days'
  | 'retirement-waiting-period-over-a-year'
  | 'hsa-with-hra';

/**
 * Something about an offer a careful reader should check: it never changes a figure. `path`
 * names the field it is about, as validation issues do.
 */
export interface Warning {
  readonly code: WarningCode;
  readonly path: string;
  readonly message: string;
}

const HOURS_LIMIT = new DecimalOf(80);

/**
 * The slowest vesting ERISA allows for employer money: a cliff (100 % after the years given) or
 * at least a graded schedule. Defined-contribution plans: 3-year cliff or 20 % after 2 years to
 * 100 % after 6 (IRC §411(a)(2)(B)); defined-benefit plans: 5-year cliff or 20 % after 3 years to
 * 100 % after 7 (IRC §411(a)(2)(A)).
 */
const ERISA_MINIMUM = Object.freeze({
  contribution: { cliffYears: 3, graded: [0, 20, 40, 60, 80, 100] },
  pension: { cliffYears: 5, graded: [0, 0, 20, 40, 60, 80, 100] },
});

/** The vested percent after each year of service, 1 to 10, for any schedule. */
function vestedByYear(vesting: Vesting): Decimal[] {
  return Array.from({ length: 10 }, (_, index) => {
    const year = index + 1;
    if (vesting.type === 'immediate') return HUNDRED;
    if (vesting.type === 'cliff') return year >= vesting.years ? HUNDRED : new DecimalOf(0);
    return vesting.vestedPercentByYear[index] ?? HUNDRED;
  });
}

/**
 * Whether a vesting schedule is slower than ERISA allows for a plan's employer money: for a
 * 401(k) or 403(b), not 100 % after 3 years and below the graded minimum (20 % after 2 years,
 * then 20 % more a year to 100 % after 6) in some year (IRC §411(a)(2)(B); ERISA §203(a)(2)(B));
 * for a pension, not 100 % after 5 years and below 20 % after 3 years rising to 100 % after 7
 * (IRC §411(a)(2)(A)).
 *
 * @example
 * ```ts
 * slowerThanErisa({ type: 'cliff', years: 5 }); // true
 * slowerThanErisa({ type: 'cliff', years: 5 }, 'pension'); // false
 * ```
 */
export function slowerThanErisa(vesting: Vesting, plan: 'contribution' | 'pension' = 'contribution'): boolean {
  const minimum = ERISA_MINIMUM[plan];
  const schedule = vestedByYear(vesting);
  const cliff = (schedule[minimum.cliffYears - 1] as Decimal).equals(HUNDRED);
  const graded = minimum.graded.every((least, index) => (schedule[index] as Decimal).greaterThanOrEqualTo(least));
  return !cliff && !graded;
}

/** Exempt salary below the FLSA level or California's minimum. */
function salaryWarnings(offer: Offer, base: Decimal, year: number, explain: Explainer): Warning[] {
  if (offer.pay.type !== 'salary' || !offer.pay.exempt) return [];
  const warnings: Warning[] = [];
  const flsaYearly = FLSA_SALARY_LEVEL_PER_WEEK.times(WEEKS_PER_YEAR);
  if (base.lessThan(flsaYearly)) {
    warnings.push({
      code: 'exempt-below-salary-level',
      path: 'pay.exempt',
      message:
        `an exempt salary of ${explain.money(base)} a year (${explain.money(base.div(WEEKS_PER_YEAR))} a week) is below the FLSA salary level of ` +
        `${explain.money(FLSA_SALARY_LEVEL_PER_WEEK)} a week (${explain.money(flsaYearly)} a year, 29 CFR 541.600): overtime would likely be owed`,
    });
  }
  const california = offer.location.region === 'US-CA' ? CALIFORNIA_EXEMPT_SALARY.find((entry) => entry.year === year) : undefined;
  if (california !== undefined && base.lessThan(california.annual)) {
    warnings.push({
      code: 'exempt-below-salary-level',
      path: 'pay.exempt',
      message:
        `an exempt salary of ${explain.money(base)} a year is below California's ${year} minimum for exempt employees of ${explain.money(california.annual)} ` +
        `(twice the ${explain.money(california.minimumWage)} state minimum wage × 2,080 h, Lab. Code §515(a)): overtime would likely be owed`,
    });
  }
  return warnings;
}

/** The path of a retirement plan's field: `benefits.retirement.vesting` for one plan, `benefits.retirement[1].vesting` in a list of several. */
function planPath(offer: Offer, index: number, field: string): string {
  return offer.benefits.retirement.length === 1 ? `benefits.retirement.${field}` : `benefits.retirement[${index}].${field}`;
}

/** Vesting slower than ERISA allows on a 401(k), 403(b) or pension that is not governmental. */
function vestingWarnings(offer: Offer): Warning[] {
  return offer.benefits.retirement.flatMap((retirement, index) => {
    if (retirement.governmental || (retirement.plan !== '401k' && retirement.plan !== '403b' && retirement.plan !== 'pension')) return [];
    const pension = retirement.plan === 'pension';
    if (!slowerThanErisa(retirement.vesting, pension ? 'pension' : 'contribution')) return [];
    const plan = pension ? 'pension' : retirement.plan === '401k' ? '401(k)' : '403(b)';
    const vesting = retirement.vesting;
    const schedule =
      vesting.type === 'cliff'
        ? `a ${vesting.years}-year cliff`
        : `a graded schedule (${vesting.type === 'graded' ? vesting.vestedPercentByYear.map(String).join(', ') : ''} %)`;
    const allowed = pension
      ? '100 % after 5 years, or 20 % after 3 years rising to 100 % after 7; IRC §411(a)(2)(A)'
      : '100 % after 3 years, or 20 % after 2 years rising to 100 % after 6; IRC §411(a)(2)(B)';
    return [
      {
        code: 'vesting-longer-than-erisa',
        path: planPath(offer, index, 'vesting'),
        message:
          `${schedule} is slower than ERISA allows for a ${plan}'s employer money (${allowed}): ` +
          'check the plan, or set governmental: true for a governmental or church plan',
      },
    ];
  });
}

/** Waits longer than the law allows: medical coverage beyond 90 days, a retirement plan beyond a year of service. */
function waitingWarnings(offer: Offer): Warning[] {
  const warnings: Warning[] = [];
  offer.benefits.insurance.forEach((insurance, index) => {
    if (insurance.kind !== 'medical' || insurance.startsAfterMonths <= 3) return;
    warnings.push({
      code: 'health-waiting-period-over-90-days',
      path: `benefits.insurance[${index}].startsAfterMonths`,
      message:
        `a wait of ${insurance.startsAfterMonths} months for medical coverage is longer than the 90 days a group health plan may make you wait ` +
        '(Public Health Service Act §2708, 29 CFR 2590.715-2708): check the offer',
    });
  });
  offer.benefits.retirement.forEach((retirement, index) => {
    const months = retirement.startsAfterMonths;
    // Two years are allowed when employer money vests at once and there are no deferrals (IRC §410(a)(1)(B)(i)).
    const twoYears = retirement.vesting.type === 'immediate' && retirement.employeeContributionPercent.isZero();
    if (retirement.governmental || months <= 12 || (twoYears && months <= 24)) return;
    warnings.push({
      code: 'retirement-waiting-period-over-a-year',
      path: planPath(offer, index, 'startsAfterMonths'),
      message:
        `a wait of ${months} months to join the ${planName(retirement)} is longer than the year of service a plan may require (IRC §410(a)(1)(A); ` +
        'two years only when employer money vests at once and there are no deferrals): check the plan, or set governmental: true for a governmental plan',
    });
  });
  return warnings;
}

/** An HSA beside an HRA: a general-purpose HRA ends HSA eligibility. */
function accountWarnings(offer: Offer): Warning[] {
  if (offer.benefits.hsa === null || offer.benefits.hra === null) return [];
  return [
    {
      code: 'hsa-with-hra',
      path: 'benefits.hra',
      message:
        'an HSA needs high-deductible coverage and no other health coverage, and a general-purpose HRA is other coverage (IRC §223(c)(1)): ' +
        'check that the HRA is limited-purpose or post-deductible',
    },
  ];
}

/** More than 80 hours in a week, scheduled plus extra. */
function hoursWarnings(offer: Offer, hours: OvertimeHours, explain: Explainer): Warning[] {
  const ranged = offer.overtime?.maxHoursPerWeek ?? null;
  const extra = [...hours.groups.map((group) => group.extraHours), ...(ranged === null ? [] : [ranged])];
  const most = extra.reduce((largest, value) => (value.greaterThan(largest) ? value : largest), new DecimalOf(0));
  const week = offer.pay.hoursPerWeek.plus(most);
  if (!week.greaterThan(HOURS_LIMIT)) return [];
  const path = offer.overtime === null ? 'pay.hoursPerWeek' : offer.overtime.hoursPerYear !== null ? 'overtime.hoursPerYear' : 'overtime.hoursPerWeek';
  return [
    {
      code: 'hours-over-80',
      path,
      message: `${explain.number(offer.pay.hoursPerWeek)} scheduled + ${explain.number(most)} extra = ${explain.number(week)} hours in a week, more than 80: check the schedule`,
    },
  ];
}

/**
 * The warnings of an offer at its base (docs/semantics.md §20): an exempt salary below the FLSA
 * salary level ($684 a week, 29 CFR 541.600) or, in California, below twice the state minimum
 * wage × 2,080 (Lab. Code §515(a), the plan year's wage); vesting slower than ERISA allows on a
 * 401(k), 403(b) or pension that is not governmental (IRC §411(a)(2)); a medical wait beyond 90
 * days (PHSA §2708) or a retirement wait beyond a year of service (IRC §410(a)(1)); an HSA beside
 * an HRA (IRC §223(c)(1)); more than 80 hours in a week; a flat-sum bonus's premium computed by
 * California's rule (Alvarado v. Dart).
 * Warnings never change a figure.
 *
 * @example
 * ```ts
 * offerWarnings(context, new Decimal(30000), hours, explain)[0]?.code; // "exempt-below-salary-level"
 * ```
 */
export function offerWarnings(
  context: EvaluationContext,
  base: Decimal,
  pay: { readonly hours: OvertimeHours; readonly flatSumBonuses: Decimal | null; readonly clawbackFlatSumBonuses: Decimal | null },
  explain: Explainer,
): Warning[] {
  const offer = context.offer;
  return [
    ...salaryWarnings(offer, base, context.limits.year, explain),
    ...vestingWarnings(offer),
    ...waitingWarnings(offer),
    ...accountWarnings(offer),
    ...hoursWarnings(offer, pay.hours, explain),
    ...((pay.flatSumBonuses ?? pay.clawbackFlatSumBonuses) === null ? [] : [FLAT_SUM_WARNING]),
  ];
}

/** The premium on a flat-sum bonus under California's rule, which the courts may yet refine. */
const FLAT_SUM_WARNING: Warning = Object.freeze({
  code: 'california-flat-bonus',
  path: 'bonuses',
  message:
    "the overtime premium on a flat-sum bonus follows California's rule (Alvarado v. Dart Container Corp., 4 Cal. 5th 542 (2018)): " +
    'the bonus over straight-time hours only, at the whole overtime rate — check that the bonus is a flat sum, not a target with a variable payout',
});
