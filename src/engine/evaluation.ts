import { z } from 'zod';
import { annualBase, baseLine, regularRate } from './base-pay.js';
import { bonusFigure, bonusLine, entersRegularRate, payoutPercent } from './bonuses.js';
import { costLines } from './costs.js';
import { Decimal, sum, ZERO } from '../decimal/decimal.js';
import { educationLines } from './education.js';
import { createExplainer, type Explainer } from './explain.js';
import { type Workload, workload } from '../offer/hours.js';
import { insuranceLines } from './insurance.js';
import { DEFAULT_PLAN_YEAR, IRS_LIMITS, type IrsLimits, irsLimitsFor } from '../data/irs-limits.js';
import type { Line } from './line.js';
import type { Offer, OfferInput } from '../offer/types.js';
import { once } from '../util/once.js';
import { otherBenefitLines } from './other-benefits.js';
import { overtimeLine, overtimeOnBonusesLine, overtimeSchedule } from './overtime.js';
import { type PaidTimeOff, paidTimeOff } from './paid-time-off.js';
import { parseOffer } from '../offer/parse.js';
import { type PayComponents, retirementContributions, retirementLines } from './retirement.js';
import type { Scenario } from './scenario.js';
import { type LineTotals, totalLines } from './totals.js';
import { OfferValidationError, plainWords, toValidationIssues } from '../offer/validation-error.js';

/** Options of {@link evaluateOffer}. */
export interface EvaluationOptions {
  /** Plan year of the IRS limits (SPEC 3.8); default {@link DEFAULT_PLAN_YEAR}. */
  readonly planYear?: number;
  /** Price index of the reference area for `adjusted` (SPEC 3); default 100, the US average. */
  readonly referenceIndex?: number;
}

/** Every total of SPEC 3. */
export interface Totals extends LineTotals {
  /** `Hs − Hoff + O`: hours actually worked in a year, overtime included. */
  readonly hoursWorked: Decimal;
  /** `annual / hoursWorked`. */
  readonly effectiveHourly: Decimal;
  /** `annual × referenceIndex / costIndex`, or `null` when the offer has no cost index. */
  readonly adjusted: Decimal | null;
  /** `annual` with every recurring bonus at its minimum payout and overtime at its fewest hours. */
  readonly low: Decimal;
  /** `annual` with every recurring bonus at its maximum payout and overtime at its most hours. */
  readonly high: Decimal;
}

/** The hours behind an evaluation (SPEC 3.3, 3.4). */
export interface EvaluationHours extends Workload {
  /** `O`: expected overtime hours a year. */
  readonly overtimeHours: Decimal;
}

/** One offer, evaluated (SPEC 3). Deeply frozen; every figure exact. */
export interface OfferEvaluation {
  readonly id: string;
  readonly label: string;
  readonly currency: string;
  /** The parsed offer the figures come from. */
  readonly offer: Offer;
  /** `R`: the regular hourly rate. */
  readonly regularRate: Decimal;
  readonly hours: EvaluationHours;
  /** Every line, in the order of SPEC 3. */
  readonly lines: readonly Line[];
  readonly totals: Totals;
  /** Paid time off: shown, never added (SPEC 3.12). */
  readonly paidTimeOff: PaidTimeOff;
  /** The IRS limits used. */
  readonly irsLimits: IrsLimits;
  /** Price index of the reference area used for `adjusted`. */
  readonly referenceIndex: Decimal;
}

const optionsSchema = z.strictObject({
  planYear: z
    .number()
    .refine((year) => irsLimitsFor(year) !== undefined, {
      error: (issue) =>
        `must be a year of the IRS limits table (${IRS_LIMITS.map((entry) => entry.year).join(', ')}), got ${String(issue.input)}`,
    })
    .default(DEFAULT_PLAN_YEAR),
  referenceIndex: z.number().min(1).max(1000).default(100),
});

/** Options after validation. */
export interface ResolvedOptions {
  readonly limits: IrsLimits;
  readonly referenceIndex: Decimal;
}

/**
 * Validates evaluation options, or throws an {@link OfferValidationError} with paths under
 * `options`.
 *
 * @example
 * ```ts
 * resolveOptions({ planYear: 2025 }).limits.year; // 2025
 * ```
 */
export function resolveOptions(options: EvaluationOptions | undefined): ResolvedOptions {
  return options === undefined ? defaultOptions() : parseOptions(options);
}

function parseOptions(options: EvaluationOptions): ResolvedOptions {
  const result = optionsSchema.safeParse(options, { error: plainWords });
  if (!result.success) throw new OfferValidationError(toValidationIssues(result.error.issues, 'options'));
  const limits = irsLimitsFor(result.data.planYear);
  /* c8 ignore next -- the schema refused every year the table lacks */
  if (limits === undefined) throw new RangeError(`no IRS limits for ${result.data.planYear}`);
  return Object.freeze({ limits, referenceIndex: new Decimal(result.data.referenceIndex) });
}

/**
 * The options of a call that gives none: resolved once (validating them was a twentieth of an
 * evaluation), at the first such call rather than at import.
 */
const defaultOptions = once(() => parseOptions({}));

/** What an offer's figures depend on besides its base: the offer, its hours and the options. */
export interface EvaluationContext {
  readonly offer: Offer;
  readonly hours: Workload;
  readonly limits: IrsLimits;
  readonly referenceIndex: Decimal;
}

/**
 * The context of an offer under resolved options.
 *
 * @example
 * ```ts
 * evaluationContext(parseOffer(input), resolveOptions({})).hours.scheduledHours.toString(); // "2080"
 * ```
 */
export function evaluationContext(offer: Offer, options: ResolvedOptions): EvaluationContext {
  return { offer, hours: workload(offer), limits: options.limits, referenceIndex: options.referenceIndex };
}

/**
 * The lines of one pass that no scenario changes at its base: base pay, insurance, education,
 * other benefits and costs, the retirement lines when the plan counts base pay alone, and `R`.
 * The `low` and `high` passes at the same base reuse them: the same line objects, summed in the
 * same order, give the same totals as lines computed again.
 */
export interface SharedLines {
  /** `R`: the regular hourly rate at this base. */
  readonly regularRate: Decimal;
  readonly base: Line;
  readonly insurance: readonly Line[];
  /** `null` when eligible pay names overtime or bonuses, which scenarios change. */
  readonly retirement: readonly Line[] | null;
  readonly education: readonly Line[];
  readonly other: readonly Line[];
  readonly costs: readonly Line[];
}

/** What one pass over an offer computes: the lines, the overtime hours they assume, and `R`. */
export interface ScenarioResult {
  readonly lines: Line[];
  readonly overtimeHours: Decimal;
  /** `R`: the regular hourly rate at this base. */
  readonly regularRate: Decimal;
  /** The lines of this pass that other scenarios at the same base share. */
  readonly shared: SharedLines;
}

/**
 * The lines of an offer at an annual base `B` that every scenario shares (see
 * {@link SharedLines}).
 *
 * @example
 * ```ts
 * sharedLines(context, annualBase(context.offer), createExplainer('USD')).base.component; // "base"
 * ```
 */
export function sharedLines(context: EvaluationContext, base: Decimal, explain: Explainer): SharedLines {
  const { offer, hours } = context;
  const benefits = offer.benefits;
  const retirement = benefits.retirement;
  const varies = retirement !== null && retirement.eligiblePay.some((component) => component !== 'base');
  return {
    regularRate: regularRate(base, hours.scheduledHours),
    base: baseLine(offer, base, explain),
    insurance: benefits.insurance.flatMap((insurance) => insuranceLines(insurance, explain)),
    // Eligible pay is base alone here: the zeros stand for components the plan does not name.
    retirement: varies ? null : retirementLinesAt(context, { base, overtime: ZERO, bonuses: ZERO }, explain),
    education: educationLines(benefits.education, explain),
    other: otherBenefitLines(benefits.other, explain),
    costs: costLines(offer.costs, hours.workedWeeks, explain),
  };
}

/** The retirement lines of an offer for the pay its plan counts; none without a plan. */
function retirementLinesAt(context: EvaluationContext, pay: PayComponents, explain: Explainer): Line[] {
  const retirement = context.offer.benefits.retirement;
  if (retirement === null) return [];
  return retirementLines(retirement, retirementContributions(retirement, pay, context.limits), context.limits, explain);
}

/**
 * Every line of an offer for an annual base `B` under a scenario (SPEC 3.1–3.11), in the order
 * of SPEC 3. One function serves the headline, the `low` / `high` re-evaluations (which pass the
 * expected pass's {@link SharedLines}), the multi-year projection and the break-even search,
 * which vary the base. Explanations are written only when read.
 *
 * @example
 * ```ts
 * offerLines(context, annualBase(context.offer), 'expected', createExplainer('USD')).lines[0]?.component; // "base"
 * ```
 */
export function offerLines(
  context: EvaluationContext,
  base: Decimal,
  scenario: Scenario,
  explain: Explainer = createExplainer(context.offer.currency),
  shared: SharedLines = sharedLines(context, base, explain),
): ScenarioResult {
  const { offer, hours } = context;
  const rate = shared.regularRate;
  const schedule = overtimeSchedule(offer.overtime, hours.workedWeeks, scenario);
  const overtimeLines: Line[] = [];
  const bonuses = offer.bonuses.map((bonus) => bonusFigure(bonus, base, scenario));
  if (offer.overtime !== null) {
    overtimeLines.push(overtimeLine(offer.overtime, schedule, rate, explain));
    const regularRateBonuses = bonuses.filter((figure) => entersRegularRate(figure.bonus));
    if (regularRateBonuses.length > 0) {
      const bonusTotal = sum(regularRateBonuses.map((figure) => figure.amount));
      const straightTime = hours.scheduledHours.minus(hours.timeOffHours);
      overtimeLines.push(overtimeOnBonusesLine(bonusTotal, offer.overtime, schedule.hours, straightTime, explain));
    }
  }
  const bonusLines = bonuses.map((figure) => bonusLine(figure, base, explain));
  const retirement =
    shared.retirement ??
    retirementLinesAt(
      context,
      {
        base,
        overtime: sum(overtimeLines.map((entry) => entry.amount)),
        bonuses: sum(bonusLines.filter((entry) => entry.recurring).map((entry) => entry.amount)),
      },
      explain,
    );
  const lines: Line[] = [
    shared.base,
    ...overtimeLines,
    ...bonusLines,
    ...shared.insurance,
    ...retirement,
    ...shared.education,
    ...shared.other,
    ...shared.costs,
  ];
  return { lines, overtimeHours: schedule.hours, regularRate: rate, shared };
}

/**
 * `Hs − Hoff + O`: hours worked in a year, overtime included.
 *
 * @example
 * ```ts
 * hoursWorked(context.hours, new Decimal(188)).toString(); // "2100" for 2,080 − 168 + 188
 * ```
 */
export function hoursWorked(hours: Workload, overtimeHours: Decimal): Decimal {
  return hours.scheduledHours.minus(hours.timeOffHours).plus(overtimeHours);
}

/**
 * `annual × referenceIndex / costIndex`, or `null` without a cost index.
 *
 * @example
 * ```ts
 * adjustedTotal(new Decimal(74430.5), context).toFixed(2); // "68407.24" in New Jersey
 * ```
 */
export function adjustedTotal(annual: Decimal, context: EvaluationContext): Decimal | null {
  const costIndex = context.offer.location.costIndex;
  return costIndex === null ? null : annual.times(context.referenceIndex).div(costIndex);
}

/**
 * Whether a scenario changes anything: a recurring bonus whose payout differs from the expected
 * one, or overtime hours that differ. When nothing does, `low` / `high` equal `annual` and are
 * not computed again.
 *
 * @example
 * ```ts
 * scenarioDiffers(parseOffer({ label: 'A', pay: { type: 'salary', amount: 1 } }), 'low'); // false
 * ```
 */
export function scenarioDiffers(offer: Offer, scenario: Scenario): boolean {
  const overtime = offer.overtime;
  const weekly = scenario === 'low' ? overtime?.minHoursPerWeek : overtime?.maxHoursPerWeek;
  return (
    (weekly != null && overtime?.hoursPerWeek != null && !weekly.equals(overtime.hoursPerWeek)) ||
    offer.bonuses.some((bonus) => !payoutPercent(bonus, scenario).equals(bonus.expectedPayoutPercent))
  );
}

/**
 * The totals of an offer for an annual base `B`, every scenario included: what
 * {@link evaluateParsedOffer} reports, and what comparisons re-compute for other bases.
 *
 * @example
 * ```ts
 * totalsAt(context, new Decimal(60000)).annual.toString();
 * ```
 */
export function totalsAt(context: EvaluationContext, base: Decimal, expected = offerLines(context, base, 'expected')): Totals {
  const sums = totalLines(expected.lines);
  const worked = hoursWorked(context.hours, expected.overtimeHours);
  // Field by field rather than spread: spreading was a tenth of an evaluation.
  return Object.freeze({
    guaranteedCash: sums.guaranteedCash,
    variableCash: sums.variableCash,
    benefits: sums.benefits,
    costs: sums.costs,
    annual: sums.annual,
    firstYear: sums.firstYear,
    hoursWorked: worked,
    effectiveHourly: sums.annual.div(worked),
    adjusted: adjustedTotal(sums.annual, context),
    low: scenarioDiffers(context.offer, 'low') ? scenarioAnnual(context, base, 'low', expected.shared) : sums.annual,
    high: scenarioDiffers(context.offer, 'high') ? scenarioAnnual(context, base, 'high', expected.shared) : sums.annual,
  });
}

/** `annual` under another scenario, reusing the lines the expected pass shares. */
function scenarioAnnual(context: EvaluationContext, base: Decimal, scenario: Scenario, shared: SharedLines): Decimal {
  return totalLines(offerLines(context, base, scenario, undefined, shared).lines).annual;
}

/**
 * Evaluates a parsed offer: every line and total of SPEC 3. Use {@link evaluateOffer} for
 * user input; this skips validation for offers that {@link parseOffer} already checked.
 *
 * @example
 * ```ts
 * evaluateParsedOffer(parseOffer(input), resolveOptions({})).totals.annual.toString();
 * ```
 */
export function evaluateParsedOffer(offer: Offer, options: ResolvedOptions): OfferEvaluation {
  return evaluateContext(evaluationContext(offer, options));
}

/**
 * Evaluates an offer's context at its own base: what {@link evaluateParsedOffer} does, for
 * callers such as comparisons that hold the context already (its workload is not worked out
 * twice).
 *
 * @example
 * ```ts
 * evaluateContext(evaluationContext(parseOffer(input), resolveOptions({}))).totals.annual.toString();
 * ```
 */
export function evaluateContext(context: EvaluationContext, base: Decimal = annualBase(context.offer)): OfferEvaluation {
  const offer = context.offer;
  const explain = createExplainer(offer.currency);
  const expected = offerLines(context, base, 'expected', explain);
  const rate = expected.regularRate;
  const hours = context.hours;
  // Frozen part by part: the offer, lines, totals, paid time off and IRS limits come frozen, so
  // nothing needs searching (a generic deep freeze visited every decimal).
  return Object.freeze({
    id: offer.id,
    label: offer.label,
    currency: offer.currency,
    offer,
    regularRate: rate,
    hours: Object.freeze({
      scheduledHours: hours.scheduledHours,
      timeOffDays: hours.timeOffDays,
      timeOffHours: hours.timeOffHours,
      workedWeeks: hours.workedWeeks,
      overtimeHours: expected.overtimeHours,
    }),
    lines: Object.freeze(expected.lines),
    totals: totalsAt(context, base, expected),
    paidTimeOff: paidTimeOff(context.hours, rate, explain),
    irsLimits: context.limits,
    referenceIndex: context.referenceIndex,
  });
}

/**
 * Validates an offer and computes every line and total of SPEC 3, exactly. Throws an
 * {@link OfferValidationError} listing every problem when the offer or the options are invalid;
 * nothing half-computed escapes. The result is deeply frozen and the input is never changed.
 * An offer from {@link parseOffer} is evaluated without being validated again.
 *
 * @example
 * ```ts
 * const evaluation = evaluateOffer({
 *   label: 'Physician office biller',
 *   pay: { type: 'hourly', rate: 23.45 },
 *   overtime: { hoursPerWeek: 4, weeksPerYear: 47 },
 * });
 * evaluation.totals.annual.toFixed(2); // "55388.90"
 * ```
 */
export function evaluateOffer(input: OfferInput | Offer | unknown, options?: EvaluationOptions): OfferEvaluation {
  const resolved = resolveOptions(options);
  return evaluateParsedOffer(parseOffer(input), resolved);
}
