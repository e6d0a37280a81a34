import { type Decimal, HUNDRED, ONE, ZERO, fraction, sum } from '../decimal/decimal.js';
import type { Offer } from '../offer/types.js';
import type { EvaluationContext } from './context.js';
import { createExplainer, type Explainer } from './explain.js';
import type { Line } from './line.js';
import { clawbackPremiumIn, fixedLines, type LineFigure, offerLines, scenarioFigures, sharedLinesAt, type VariablePay } from './offer-lines.js';
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
 * The annual base in a year of the offer: the first year's base, compounded by the annual raise
 * from year 2 on, times every growth step whose year has come.
 *
 * @example
 * ```ts
 * // 50,000 with 3 % raises and a 6 % step in year 3: year 3 = 50,000 × 1.03² × 1.06 = 56,227.70
 * baseInYear(offer, new Decimal(50000), 3).toString();
 * ```
 */
export function baseInYear(offer: Offer, firstYearBase: Decimal, year: number): Decimal {
  const raise = ONE.plus(fraction(offer.growth.annualRaisePercent));
  const steps = offer.growth.steps.filter((step) => step.year <= year);
  return steps.reduce((base, step) => base.times(ONE.plus(fraction(step.percent))), firstYearBase.times(raise.pow(year - 1)));
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

/** What a projection's total reads of a line, forfeiture included: what it is, its category and amount, whether it recurs. */
type YearFigure = LineFigure | Pick<ForfeitureLine, 'component' | 'category' | 'amount' | 'recurring'>;

/** What a year of a projection is made from: its lines (or their bare figures) and the amounts they come from. */
interface YearPass<L extends YearFigure> {
  readonly lines: readonly L[];
  readonly pay: VariablePay;
}

/** How a projection writes its years: as lines with explanations, or as bare figures. */
interface YearWriter<L extends YearFigure> {
  /** The year's lines at its base. */
  readonly pass: (base: Decimal) => YearPass<L>;
  /** The share of the clawback bonuses' overtime premium a later year takes, as a one-time line. */
  readonly spread: (pay: VariablePay & { readonly clawbackBonuses: Decimal }, amount: Decimal, year: number) => L;
  /** Unvested employer money forfeited in the last year of a tenure. */
  readonly forfeiture: (employerMoney: Decimal, year: number) => L | null;
}

/** One year of a projection, with its lines of either kind. */
type YearOf<L extends YearFigure> = Omit<ProjectionYear, 'lines'> & { readonly lines: readonly L[] };

/**
 * The year-by-year arithmetic of docs/semantics.md §17, whatever a year's lines are made of:
 * each year's base, its lines (one-time ones in year 1 only, a clawback premium spread over its
 * period, forfeiture at the end of a tenure), the year's total, cumulative total and present
 * value, summed in the order of the lines.
 */
function projectYears<L extends YearFigure>(
  context: EvaluationContext,
  firstYearBase: Decimal,
  options: ResolvedProjectionOptions,
  writer: YearWriter<L>,
): YearOf<L>[] {
  const lastYear = Math.min(options.years, options.expectedTenureYears ?? options.years);
  const rows: YearOf<L>[] = [];
  let cumulative = ZERO;
  let cumulativePresentValue = ZERO;
  let employerMoney = ZERO;
  const growth = ONE.plus(options.discountRate);
  for (let year = 1; year <= lastYear; year += 1) {
    const base = baseInYear(context.offer, firstYearBase, year);
    const { lines: all, pay } = writer.pass(base);
    const lines = all.filter((entry) => entry.recurring || year === 1);
    // The overtime premium on a clawback bonus spreads over a clawback period longer than a year.
    const spread = year === 1 || pay.clawbackBonuses === null ? ZERO : clawbackPremiumIn(pay.clawbackPremiums, year);
    if (!spread.isZero() && pay.clawbackBonuses !== null) lines.push(writer.spread({ ...pay, clawbackBonuses: pay.clawbackBonuses }, spread, year));
    employerMoney = employerMoney.plus(
      sum(lines.filter((entry) => entry.component.startsWith('retirement-')).map((entry) => entry.amount)),
    );
    if (year === options.expectedTenureYears) {
      const forfeiture = writer.forfeiture(employerMoney, year);
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

/**
 * Projects a context year by year from a first-year base: every line of every year, with its
 * explanation (docs/semantics.md §17), for {@link projectOffer} and a compared offer's `projection`.
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
  return projectYears<ProjectionLine>(context, firstYearBase, options, {
    pass: (base) => offerLines(context, base, 'expected', explain),
    spread: (pay, amount, year) => {
      const { clawbackBonuses: bonuses, hours, multiplier, hoursWorked } = pay;
      return overtimeOnBonusesLine({ bonuses, amount, hours, multiplier, hoursWorked, recurring: false, year }, explain);
    },
    forfeiture: (employerMoney, year) => forfeitureLine(context.offer, employerMoney, year, explain),
  });
}

/**
 * The cumulative total of a projection — what the `horizon` metric ranks on, the last row's
 * `cumulative` of {@link projectContext} to the last digit — at the cost of what the base
 * changes: the lines no base changes (insurance, education, other benefits, costs) are made
 * once, and each year sums bare figures, without a line object or an explanation for its
 * bonuses, overtime and contributions (issue 19: 850 large offers over 50 years took 98 s).
 *
 * @example
 * ```ts
 * projectedTotal(context, annualBase(context.offer), resolveProjectionOptions({ years: 3 })).toString();
 * ```
 */
export function projectedTotal(context: EvaluationContext, firstYearBase: Decimal, options: ResolvedProjectionOptions): Decimal {
  const explain = createExplainer(context.offer.currency);
  const fixed = fixedLines(context, explain);
  const rows = projectYears<YearFigure>(context, firstYearBase, options, {
    pass: (base) => {
      const { figures, pay } = scenarioFigures(context, base, 'expected', sharedLinesAt(fixed, context, base, explain));
      return { lines: figures, pay };
    },
    spread: (_, amount) => ({ component: 'overtime-on-bonuses', category: 'variable-cash', amount, recurring: false }),
    forfeiture: (employerMoney, year) => forfeitureLine(context.offer, employerMoney, year, explain),
  });
  // years ≥ 1 and tenure ≥ 1: there is always a last row.
  return (rows[rows.length - 1] as YearOf<YearFigure>).cumulative;
}
