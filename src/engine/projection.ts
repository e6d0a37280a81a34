import { type Decimal, HUNDRED, ONE, ZERO, fraction, sum } from '../decimal/decimal.js';
import type { Clawback, Offer, Retirement } from '../offer/types.js';
import { type BonusFigure, bonusCategory } from './bonuses.js';
import type { EvaluationContext } from './context.js';
import { createExplainer, type Explainer } from './explain.js';
import type { Line } from './line.js';
import { clawbackPremiumIn, offerLines, waitingPeriodLines } from './offer-lines.js';
import { overtimeOnBonusesLine } from './overtime.js';
import { employerMoney, planName } from './retirement.js';
import { signedAmount } from './totals.js';
import { vestedPercent } from './vesting.js';
import { waitedValue } from './waiting-period.js';

/**
 * A projection line: an offer line, the forfeiture of unvested employer money, or a bonus repaid
 * under its clawback (both negative, in the year you leave).
 */
export type ProjectionLine = Line | ForfeitureLine | ClawbackLine;

/** Employer retirement money of one plan not vested when you leave: a negative amount in the last year. */
export interface ForfeitureLine {
  readonly component: 'retirement-forfeiture';
  readonly label: string;
  /** Negative: what is taken back. */
  readonly amount: Decimal;
  readonly category: 'benefits';
  readonly recurring: false;
  readonly explanation: string;
}

/** A one-time bonus repaid because you leave before its clawback period ends: a negative amount in the last year. */
export interface ClawbackLine {
  readonly component: 'clawback';
  readonly label: string;
  /** Negative: what you repay. */
  readonly amount: Decimal;
  /** The bonus's own category, so the repayment comes out of the total the bonus went into. */
  readonly category: 'guaranteed-cash' | 'variable-cash';
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

/** The forfeiture of one plan's unvested employer money on leaving after `tenure` years; `null` when nothing is forfeited. */
function forfeitureLine(plan: Retirement, employerMoney: Decimal, tenure: number, explain: Explainer): ForfeitureLine | null {
  if (employerMoney.isZero()) return null;
  const vested = vestedPercent(plan.vesting, tenure);
  if (vested.equals(HUNDRED)) return null;
  const forfeited = employerMoney.times(fraction(HUNDRED.minus(vested)));
  const name = planName(plan);
  return Object.freeze({
    component: 'retirement-forfeiture',
    label: plan.plan === 'pension' ? 'Unvested pension forfeited' : `Unvested ${name} employer money forfeited`,
    amount: forfeited.negated(),
    category: 'benefits',
    recurring: false,
    get explanation() {
      return `Leaving after ${tenure} year${tenure === 1 ? '' : 's'} with ${explain.percent(vested)} vested forfeits ${explain.percent(HUNDRED.minus(vested))} of the ${explain.money(employerMoney)} the employer put in.`;
    },
  });
}

/**
 * The repayment of a one-time bonus on leaving after `tenure` whole years, before its clawback
 * period ends (docs/semantics.md §17): the whole bonus, or when prorated the share of the period
 * not served, `(months − 12 × tenure) / months`; `null` when the period has ended.
 */
function clawbackLine(figure: BonusFigure, tenure: number, explain: Explainer): ClawbackLine | null {
  const clawback = figure.bonus.clawback as Clawback;
  const served = tenure * 12;
  if (served >= clawback.months || figure.amount.isZero()) return null;
  const share = clawback.prorated ? ONE.times(clawback.months - served).div(clawback.months) : ONE;
  const repaid = figure.amount.times(share);
  return Object.freeze({
    component: 'clawback',
    label: `${figure.bonus.label} repaid`,
    amount: repaid.negated(),
    category: bonusCategory(figure.bonus) === 'guaranteed-cash' ? 'guaranteed-cash' : 'variable-cash',
    recurring: false,
    get explanation() {
      const part = clawback.prorated ? `the ${clawback.months - served} of its ${clawback.months} months not served` : 'all of it';
      return `Leaving after ${served} months, before the ${clawback.months}-month clawback period ends, repays ${part} of the ${explain.money(figure.amount)} ${figure.bonus.label.toLowerCase()}: ${explain.money(repaid)}.`;
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
  // Each plan's employer money so far, after its wait: what leaving forfeits the unvested part of.
  const plans = context.offer.benefits.retirement;
  const employer = plans.map(() => ZERO);
  let clawbackBonuses: readonly BonusFigure[] = [];
  const growth = ONE.plus(options.discountRate);
  for (let year = 1; year <= lastYear; year += 1) {
    const base = baseInYear(context.offer, firstYearBase, year);
    const pass = offerLines(context, base, 'expected', explain);
    const lines: ProjectionLine[] = pass.lines.filter((entry) => entry.recurring || year === 1);
    if (year === 1) clawbackBonuses = pass.pay.bonuses.filter((figure) => figure.bonus.clawback !== null);
    // A wait longer than a year reaches into year 2.
    else lines.push(...waitingPeriodLines(context, pass, year, explain));
    // The overtime premium on a clawback bonus spreads over a clawback period longer than a year.
    const spread = year === 1 || pass.pay.clawbackBonuses === null ? ZERO : clawbackPremiumIn(pass.pay.clawbackPremiums, year);
    if (!spread.isZero() && pass.pay.clawbackBonuses !== null) {
      const { hours, multiplier, hoursWorked } = pass.pay;
      lines.push(overtimeOnBonusesLine({ bonuses: pass.pay.clawbackBonuses, amount: spread, hours, multiplier, hoursWorked, recurring: false, year }, explain));
    }
    pass.retirement.contributions.forEach((plan, index) => {
      const money = employerMoney(plan);
      employer[index] = (employer[index] as Decimal).plus(money.minus(waitedValue(money, plan.plan.startsAfterMonths, year)));
    });
    if (year === options.expectedTenureYears) {
      for (const figure of clawbackBonuses) {
        const repaid = clawbackLine(figure, year, explain);
        if (repaid !== null) lines.push(repaid);
      }
      plans.forEach((plan, index) => {
        const forfeiture = forfeitureLine(plan, employer[index] as Decimal, year, explain);
        if (forfeiture !== null) lines.push(forfeiture);
      });
    }
    const total = sum(lines.map(signedAmount));
    const presentValue = total.div(growth.pow(year));
    cumulative = cumulative.plus(total);
    cumulativePresentValue = cumulativePresentValue.plus(presentValue);
    rows.push({ year, base, lines, total, cumulative, presentValue, cumulativePresentValue });
  }
  return rows;
}
