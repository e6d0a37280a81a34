import { type Decimal, HUNDRED, ONE, ZERO, fraction, sum } from '../decimal/decimal.js';
import type { Offer } from '../offer/types.js';
import type { EvaluationContext } from './context.js';
import { createExplainer, type Explainer } from './explain.js';
import type { Line } from './line.js';
import { clawbackPremiumIn, offerLines } from './offer-lines.js';
import { overtimeOnBonusesLine } from './overtime.js';
import { signedAmount } from './totals.js';
import { vestedPercent } from './vesting.js';

/** A projection line: an offer line, or the forfeiture of unvested employer money (negative). */
export type ProjectionLine = Line | ForfeitureLine;

/** Employer retirement money not vested when you leave: a negative amount in the last year. */
export interface ForfeitureLine {
  readonly component: 'retirement-forfeiture';
  readonly label: string;
  /** Negative: what is taken back. */
  readonly amount: Decimal;
  readonly category: 'benefits';
  readonly recurring: false;
  readonly explanation: string;
}

/** One year of a projection. */
export interface ProjectionYear {
  /** 1 for the first year. */
  readonly year: number;
  /** Annual base this year, after raises and growth steps. */
  readonly base: Decimal;
  readonly lines: readonly ProjectionLine[];
  /** The year's lines summed, costs subtracted, one-time bonuses and forfeiture included. */
  readonly total: Decimal;
  readonly cumulative: Decimal;
  /** `total / (1 + r)^year`: end-of-year discounting. */
  readonly presentValue: Decimal;
  readonly cumulativePresentValue: Decimal;
}

/** An offer over several years (docs/semantics.md §17). Deeply frozen. */
export interface OfferProjection {
  readonly id: string;
  readonly label: string;
  readonly currency: string;
  readonly discountRatePercent: Decimal;
  /** Null when no tenure was given: the offer is kept for every projected year. */
  readonly expectedTenureYears: number | null;
  readonly years: readonly ProjectionYear[];
  /** Cumulative total of the last year. */
  readonly total: Decimal;
  /** Cumulative present value of the last year. */
  readonly presentValue: Decimal;
}

/** Projection options after validation. */
export interface ResolvedProjectionOptions {
  readonly years: number;
  readonly discountRate: Decimal;
  readonly expectedTenureYears: number | null;
}

/**
 * The annual base in a year of the offer (docs/semantics.md §17): the first year's base,
 * compounded by the annual raise from year 2 on, times every growth step in force. A step given
 * by `year` applies to that whole year and every later one; a step given by `month` applies from
 * that month of the offer (month 19 is month 7 of year 2), so its year gets the raised base for the
 * months left: `× (1 + p × (13 − m) / 12)`, `m` the step's month within its year (a step at month 7
 * raises its year by half a year's worth). Steps multiply, month by month.
 *
 * @example
 * ```ts
 * // 50,000 with 3 % raises and a 6 % step in year 3: year 3 = 50,000 × 1.03² × 1.06 = 56,227.70
 * baseInYear(offer, new Decimal(50000), 3).toString();
 * ```
 */
export function baseInYear(offer: Offer, firstYearBase: Decimal, year: number): Decimal {
  const raise = ONE.plus(fraction(offer.growth.annualRaisePercent));
  const raised = firstYearBase.times(raise.pow(year - 1));
  const steps = offer.growth.steps;
  const firstMonth = (step: (typeof steps)[number]) => (step.year === null ? (step.month as number) : (step.year - 1) * 12 + 1);
  // Whole-year steps and steps that began before this year: the whole year at the stepped rate.
  const before = steps.filter((step) => firstMonth(step) <= (year - 1) * 12 + 1);
  const within = steps.filter((step) => firstMonth(step) > (year - 1) * 12 + 1 && firstMonth(step) <= year * 12);
  const base = before.reduce((total, step) => total.times(ONE.plus(fraction(step.percent))), raised);
  if (within.length === 0) return base;
  // Steps that begin during the year: each month at the rate in force that month, averaged.
  let months = ZERO;
  for (let month = 1; month <= 12; month += 1) {
    const inForce = within.filter((step) => firstMonth(step) - (year - 1) * 12 <= month);
    months = months.plus(inForce.reduce((factor, step) => factor.times(ONE.plus(fraction(step.percent))), ONE));
  }
  return base.times(months).div(12);
}

function forfeitureLine(
  offer: Offer,
  employerMoney: Decimal,
  tenure: number,
  explain: Explainer,
): ForfeitureLine | null {
  const retirement = offer.benefits.retirement;
  if (retirement === null || employerMoney.isZero()) return null;
  const vested = vestedPercent(retirement.vesting, tenure);
  if (vested.equals(HUNDRED)) return null;
  const forfeited = employerMoney.times(fraction(HUNDRED.minus(vested)));
  return Object.freeze({
    component: 'retirement-forfeiture',
    label: 'Unvested employer retirement money forfeited',
    amount: forfeited.negated(),
    category: 'benefits',
    recurring: false,
    get explanation() {
      return `Leaving after ${tenure} year${tenure === 1 ? '' : 's'} with ${explain.percent(vested)} vested forfeits ${explain.percent(HUNDRED.minus(vested))} of the ${explain.money(employerMoney)} the employer put in.`;
    },
  });
}

/**
 * Projects a context year by year from a first-year base. One function serves
 * {@link projectOffer} and the `horizon` metric of comparisons.
 *
 * @example
 * ```ts
 * projectContext(context, annualBase(context.offer), resolveProjectionOptions({})).length; // 5
 * ```
 */
export function projectContext(
  context: EvaluationContext,
  firstYearBase: Decimal,
  options: ResolvedProjectionOptions,
  explain: Explainer = createExplainer(context.offer.currency),
): ProjectionYear[] {
  const lastYear = Math.min(options.years, options.expectedTenureYears ?? options.years);
  const rows: ProjectionYear[] = [];
  let cumulative = ZERO;
  let cumulativePresentValue = ZERO;
  let employerMoney = ZERO;
  const growth = ONE.plus(options.discountRate);
  for (let year = 1; year <= lastYear; year += 1) {
    const base = baseInYear(context.offer, firstYearBase, year);
    const pass = offerLines(context, base, 'expected', explain);
    const lines: ProjectionLine[] = pass.lines.filter((entry) => entry.recurring || year === 1);
    // The overtime premium on a clawback bonus spreads over a clawback period longer than a year.
    const spread = year === 1 || pass.pay.clawbackBonuses === null ? ZERO : clawbackPremiumIn(pass.pay.clawbackPremiums, year);
    if (!spread.isZero() && pass.pay.clawbackBonuses !== null) {
      const { hours, multiplier, hoursWorked } = pass.pay;
      lines.push(overtimeOnBonusesLine({ bonuses: pass.pay.clawbackBonuses, amount: spread, hours, multiplier, hoursWorked, recurring: false, year }, explain));
    }
    employerMoney = employerMoney.plus(
      sum(lines.filter((entry) => entry.component.startsWith('retirement-')).map((entry) => entry.amount)),
    );
    if (year === options.expectedTenureYears) {
      const forfeiture = forfeitureLine(context.offer, employerMoney, year, explain);
      if (forfeiture !== null) lines.push(forfeiture);
    }
    const total = sum(lines.map(signedAmount));
    const presentValue = total.div(growth.pow(year));
    cumulative = cumulative.plus(total);
    cumulativePresentValue = cumulativePresentValue.plus(presentValue);
    rows.push({ year, base, lines, total, cumulative, presentValue, cumulativePresentValue });
  }
  return rows;
}
