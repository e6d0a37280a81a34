import { annualBase } from './base-pay.js';
import { payoutPercent } from './bonuses.js';
import type { EvaluationContext, ResolvedOptions } from './context.js';
import { evaluationContext } from './context.js';
import type { Decimal } from '../decimal/decimal.js';
import type { IrsLimits } from '../data/irs-limits.js';
import { type EmployeeContributions, employeeContributions } from './employee-contributions.js';
import { createExplainer } from './explain.js';
import type { Workload } from '../offer/hours.js';
import type { Line } from './line.js';
import type { Offer } from '../offer/types.js';
import { offerLines, scenarioAnnual, type ScenarioResult, type SharedLines } from './offer-lines.js';
import { type PaidTimeOff, paidTimeOff } from './paid-time-off.js';
import { atReferencePrices } from './purchasing-power.js';
import type { Scenario } from './scenario.js';
import { type LineTotals, totalLines } from './totals.js';
import { offerWarnings, type Warning } from './warnings.js';

/** Every total of docs/semantics.md. */
export interface Totals extends LineTotals {
  /** `HW = hpw × Ww + Σx`: hours actually worked in a year, extra hours included. */
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

/** The hours behind an evaluation (docs/semantics.md §4, §5). */
export interface EvaluationHours extends Workload {
  /** `Σx`: expected hours a year worked beyond the schedule. */
  readonly extraHours: Decimal;
  /** `O = O15 + O20`: expected overtime hours a year, scheduled or extra. */
  readonly overtimeHours: Decimal;
  /** `O15`: overtime hours at the multiplier. */
  readonly overtimeHoursAtMultiplier: Decimal;
  /** `O20`: overtime hours at double time. */
  readonly doubleTimeHours: Decimal;
}

/** One offer, evaluated (docs/semantics.md). Deeply frozen; every figure exact. */
export interface OfferEvaluation {
  readonly id: string;
  readonly label: string;
  readonly currency: string;
  /** The parsed offer the figures come from. */
  readonly offer: Offer;
  /** `R`: the regular hourly rate. */
  readonly regularRate: Decimal;
  readonly hours: EvaluationHours;
  /** Every line, in the order of docs/semantics.md. */
  readonly lines: readonly Line[];
  readonly totals: Totals;
  /** Paid time off: shown, never added (docs/semantics.md §13). */
  readonly paidTimeOff: PaidTimeOff;
  /** The IRS limits used. */
  readonly irsLimits: IrsLimits;
  /** Price index of the reference area used for `adjusted`. */
  readonly referenceIndex: Decimal;
  /** What a careful reader should check (docs/semantics.md §20); never a change to a figure. */
  readonly warnings: readonly Warning[];
  /** What you put in from your pay in a steady year, pre-tax: deferrals, pension, HSA, premiums (docs/semantics.md §9). */
  readonly employeeContributions: EmployeeContributions;
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
  return costIndex === null ? null : atReferencePrices(annual, costIndex, context.referenceIndex);
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
 * The totals of an evaluation. `low` and `high` are computed when first read, from amounts
 * (no line is built), and then kept: a comparison that never shows them never pays for them. They
 * are getters on the prototype, like a line's explanation: reading them, `JSON.stringify` and
 * {@link OfferTotals.toJSON} see them; a spread or `Object.keys` do not. The object is frozen;
 * what it keeps lives in private fields, which freezing does not touch.
 */
class OfferTotals implements Totals {
  readonly guaranteedCash: Decimal;
  readonly variableCash: Decimal;
  readonly benefits: Decimal;
  readonly costs: Decimal;
  readonly annual: Decimal;
  readonly firstYear: Decimal;
  readonly hoursWorked: Decimal;
  readonly effectiveHourly: Decimal;
  readonly adjusted: Decimal | null;
  #low: Decimal | undefined;
  #high: Decimal | undefined;
  readonly #context: EvaluationContext;
  readonly #base: Decimal;
  readonly #shared: SharedLines;

  constructor(context: EvaluationContext, base: Decimal, expected: ScenarioResult) {
    const sums = totalLines(expected.lines);
    const worked = expected.pay.hoursWorked;
    this.guaranteedCash = sums.guaranteedCash;
    this.variableCash = sums.variableCash;
    this.benefits = sums.benefits;
    this.costs = sums.costs;
    this.annual = sums.annual;
    this.firstYear = sums.firstYear;
    this.hoursWorked = worked;
    this.effectiveHourly = sums.annual.div(worked);
    this.adjusted = adjustedTotal(sums.annual, context);
    this.#context = context;
    this.#base = base;
    this.#shared = expected.shared;
    Object.freeze(this);
  }

  get low(): Decimal {
    this.#low ??= this.#scenario('low');
    return this.#low;
  }

  get high(): Decimal {
    this.#high ??= this.#scenario('high');
    return this.#high;
  }

  /** `annual` under a scenario; when no bonus payout and no overtime range differs from the expected one, `annual` itself. */
  #scenario(scenario: 'low' | 'high'): Decimal {
    const context = this.#context;
    return scenarioDiffers(context.offer, scenario) ? scenarioAnnual(context, this.#base, scenario, this.#shared) : this.annual;
  }

  /** `JSON.stringify` writes every total, `low` and `high` included. */
  toJSON(): Record<keyof Totals, unknown> {
    return {
      guaranteedCash: this.guaranteedCash,
      variableCash: this.variableCash,
      benefits: this.benefits,
      costs: this.costs,
      annual: this.annual,
      firstYear: this.firstYear,
      hoursWorked: this.hoursWorked,
      effectiveHourly: this.effectiveHourly,
      adjusted: this.adjusted,
      low: this.low,
      high: this.high,
    };
  }
}

/**
 * The totals of an offer for an annual base `B`, every scenario included (`low` and `high`
 * computed when first read): what {@link evaluateParsedOffer} reports.
 *
 * @example
 * ```ts
 * totalsAt(context, new Decimal(60000)).annual.toString();
 * ```
 */
export function totalsAt(context: EvaluationContext, base: Decimal, expected = offerLines(context, base, 'expected')): Totals {
  return new OfferTotals(context, base, expected);
}

/**
 * Evaluates a parsed offer: every line and total of docs/semantics.md. Use {@link evaluateOffer} for
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
      extraHours: expected.pay.hours.extraHours,
      overtimeHours: expected.pay.hours.total,
      overtimeHoursAtMultiplier: expected.pay.hours.atMultiplier,
      doubleTimeHours: expected.pay.hours.atDoubleTime,
    }),
    lines: Object.freeze(expected.lines),
    totals: totalsAt(context, base, expected),
    paidTimeOff: paidTimeOff(context.hours, rate, explain),
    irsLimits: context.limits,
    referenceIndex: context.referenceIndex,
    warnings: Object.freeze(offerWarnings(context, base, expected.pay, explain).map((warning) => Object.freeze(warning))),
    employeeContributions: employeeContributions(expected),
  });
}
