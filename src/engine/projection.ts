import { type Decimal, HUNDRED, ONE, ZERO, fraction } from '../decimal/decimal.js';
import type { Clawback, Offer, Retirement } from '../offer/types.js';
import { type BonusFigure, bonusCategory } from './bonuses.js';
import type { EvaluationContext } from './context.js';
import { createExplainer, type Explainer } from './explain.js';
import type { Line } from './line.js';
import { clawbackPremiumIn, offerLines, type ScenarioResult, scenarioFigures, sharedFigures, sharedLines, waitingPeriodLines } from './offer-lines.js';
import { overtimeOnBonusesLine } from './overtime.js';
import { employerMoney, planName } from './retirement.js';
import { type Figure, totalLines } from './totals.js';
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

/** One year of a projection whose lines may be bare figures (see {@link projectedTotal}). */
type YearOf<L extends Figure> = Omit<ProjectionYear, 'lines'> & { readonly lines: readonly L[] };

/**
 * The year-by-year arithmetic of docs/semantics.md §17, whatever a year's lines are made of:
 * each year's base; its lines (one-time ones in year 1 only; the waits that reach past it; a
 * clawback bonus's overtime premium spread over its period; at the end of a tenure, bonuses repaid
 * and unvested employer money forfeited); the year's total, cumulative total and present value,
 * summed as an evaluation sums them (by category, then the one-time lines). Year 1 is every line of {@link offerLines}; `later` makes a
 * later year's lines (or bare figures in that order) at its base, from the first year's pass.
 */
function projectYears<L extends Figure>(
  context: EvaluationContext,
  firstYearBase: Decimal,
  options: ResolvedProjectionOptions,
  explain: Explainer,
  later: (base: Decimal, first: ScenarioResult) => ScenarioResult<L>,
): YearOf<L | ProjectionLine>[] {
  const lastYear = Math.min(options.years, options.expectedTenureYears ?? options.years);
  const rows: YearOf<L | ProjectionLine>[] = [];
  let cumulative = ZERO;
  let cumulativePresentValue = ZERO;
  // Each plan's employer money so far, after its wait: what leaving forfeits the unvested part of.
  const plans = context.offer.benefits.retirement;
  const employer = plans.map(() => ZERO);
  const growth = ONE.plus(options.discountRate);
  const first = offerLines(context, baseInYear(context.offer, firstYearBase, 1), 'expected', explain);
  const clawbackBonuses = first.pay.bonuses.filter((figure) => figure.bonus.clawback !== null);
  for (let year = 1; year <= lastYear; year += 1) {
    const pass: ScenarioResult<L | Line> = year === 1 ? first : later(baseInYear(context.offer, firstYearBase, year), first);
    const lines: (L | ProjectionLine)[] = year === 1 ? [...pass.lines] : pass.lines.filter((entry) => entry.recurring);
    // A wait longer than a year reaches into year 2.
    if (year > 1) lines.push(...waitingPeriodLines(context, pass, year, explain));
    // The overtime premium on a clawback bonus spreads over a clawback period longer than a year.
    const spread = year === 1 || pass.pay.clawbackBonuses === null ? ZERO : clawbackPremiumIn(pass.pay.clawbackPremiums, year);
    if (!spread.isZero() && pass.pay.clawbackBonuses !== null) {
      const { hours, multiplier, hoursWorked, clawbackFlatSumBonuses: flatSum } = pass.pay;
      lines.push(overtimeOnBonusesLine({ bonuses: pass.pay.clawbackBonuses, amount: spread, hours, multiplier, hoursWorked, recurring: false, year, flatSum }, explain));
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
    // Summed as an evaluation sums its lines (by category, then the one-time lines), so year 1 is
    // `firstYear` to the last digit, not only to the cent.
    const total = totalLines(lines).firstYear;
    const presentValue = total.div(growth.pow(year));
    cumulative = cumulative.plus(total);
    cumulativePresentValue = cumulativePresentValue.plus(presentValue);
    rows.push({ year, base: pass.shared.base.amount, lines, total, cumulative, presentValue, cumulativePresentValue });
  }
  return rows;
}

/**
 * Projects a context year by year from a first-year base: every line of every year, with its
 * explanation (docs/semantics.md §17), for {@link projectOffer} and a compared offer's
 * `projection`. The lines no base changes are built in the first year and shown again in the
 * years after it (the same frozen objects).
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
  return projectYears<ProjectionLine>(context, firstYearBase, options, explain, (base, first) =>
    offerLines(context, base, 'expected', explain, sharedLines(context, base, explain, first.shared)),
  );
}

/**
 * The cumulative total of a projection — what the `horizon` metric ranks on: the last row's
 * `cumulative` of {@link projectContext} to the last digit, by the same year loop — at the cost
 * of what the base changes. After the first year, the lines no base changes are the first
 * year's, and base pay, overtime, differentials, bonuses, contributions and a percent-of-base
 * cost are bare figures, without a line object or an explanation (issue 19: 850 large offers
 * over 50 years took 98 s).
 *
 * @example
 * ```ts
 * projectedTotal(context, annualBase(context.offer), resolveProjectionOptions({ years: 3 })).toString();
 * ```
 */
export function projectedTotal(context: EvaluationContext, firstYearBase: Decimal, options: ResolvedProjectionOptions): Decimal {
  const rows = projectYears<Figure>(context, firstYearBase, options, createExplainer(context.offer.currency), (base, first) =>
    scenarioFigures(context, base, 'expected', sharedFigures(context, base, first.shared)),
  );
  // years ≥ 1 and tenure ≥ 1: there is always a last row.
  return (rows[rows.length - 1] as YearOf<Figure>).cumulative;
}
