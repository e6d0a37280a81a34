import type { Decimal } from '../decimal/decimal.js';
import { add, sum, ZERO } from '../decimal/decimal.js';
import { baseLine, regularRate } from './base-pay.js';
import { type BonusFigure, bonusCategory, bonusFigure, bonusLine, entersRegularRate } from './bonuses.js';
import type { EvaluationContext } from './context.js';
import { costLines } from './costs.js';
import { educationLines } from './education.js';
import { createExplainer, type Explainer } from './explain.js';
import { insuranceLines } from './insurance.js';
import type { Line } from './line.js';
import { otherBenefitLines } from './other-benefits.js';
import { overtimeLine, overtimeOnBonuses, overtimeOnBonusesLine, overtimePay, type OvertimeSchedule, overtimeSchedule } from './overtime.js';
import { type PayComponents, retirementContributions, retirementLines } from './retirement.js';
import type { Scenario } from './scenario.js';
import { type Figure, totalLines } from './totals.js';

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
 * What a scenario changes, as amounts: overtime (its hours follow the scenario), the bonuses
 * (their payouts follow it) and the overtime due on the bonuses that enter the regular rate.
 * One function serves the lines of the headline and the `low` / `high` totals, which are
 * summed from these amounts without building lines.
 */
export interface VariablePay {
  readonly schedule: OvertimeSchedule;
  /** The `overtime` line's amount, `null` without overtime. */
  readonly overtime: Decimal | null;
  readonly bonuses: readonly BonusFigure[];
  /** `ΣE` of the bonuses that enter the regular rate, `null` when no line is due. */
  readonly regularRateBonuses: Decimal | null;
  /** The `overtime-on-bonuses` line's amount, `null` when no line is due. */
  readonly overtimeOnBonuses: Decimal | null;
  /** `Hs − Hoff`: straight-time hours worked. */
  readonly straightTimeHours: Decimal;
}

/**
 * The amounts a scenario changes for an annual base `B` at the regular rate `R` (see
 * {@link VariablePay}).
 *
 * @example
 * ```ts
 * variablePay(context, new Decimal(48776), 'high', new Decimal('23.45')).overtime?.toString();
 * ```
 */
export function variablePay(context: EvaluationContext, base: Decimal, scenario: Scenario, rate: Decimal): VariablePay {
  const { offer, hours } = context;
  const schedule = overtimeSchedule(offer.overtime, hours.workedWeeks, scenario);
  const bonuses = offer.bonuses.map((bonus) => bonusFigure(bonus, base, scenario));
  const straightTimeHours = hours.scheduledHours.minus(hours.timeOffHours);
  if (offer.overtime === null) {
    return { schedule, overtime: null, bonuses, regularRateBonuses: null, overtimeOnBonuses: null, straightTimeHours };
  }
  const overtime = overtimePay(schedule.hours, rate, offer.overtime.multiplier);
  const regularRate = bonuses.filter((figure) => entersRegularRate(figure.bonus));
  if (regularRate.length === 0) {
    return { schedule, overtime, bonuses, regularRateBonuses: null, overtimeOnBonuses: null, straightTimeHours };
  }
  const regularRateBonuses = sum(regularRate.map((figure) => figure.amount));
  return {
    schedule,
    overtime,
    bonuses,
    regularRateBonuses,
    overtimeOnBonuses: overtimeOnBonuses(regularRateBonuses, offer.overtime.multiplier, schedule.hours, straightTimeHours),
    straightTimeHours,
  };
}

/** The pay a retirement plan counts, by component, from a scenario's amounts. */
function payComponents(base: Decimal, pay: VariablePay): PayComponents {
  return {
    base,
    overtime: add(pay.overtime ?? ZERO, pay.overtimeOnBonuses ?? ZERO),
    bonuses: sum(pay.bonuses.filter((figure) => !figure.bonus.oneTime).map((figure) => figure.amount)),
  };
}

/**
 * `annual` under a scenario, summed from amounts: the lines every scenario shares and what the
 * scenario changes — overtime, bonuses, overtime on bonuses and, when the plan counts them, the
 * retirement contributions — as bare figures rather than lines (no explanation, no object per
 * line), summed by {@link totalLines} in the order of the lines, so the total is the one the
 * scenario's lines would give to the last digit. What `low` and `high` are.
 *
 * @example
 * ```ts
 * scenarioAnnual(context, base, 'low', evaluationShared).toString();
 * ```
 */
export function scenarioAnnual(context: EvaluationContext, base: Decimal, scenario: Scenario, shared: SharedLines): Decimal {
  const pay = variablePay(context, base, scenario, shared.regularRate);
  const figures: Figure[] = [shared.base];
  if (pay.overtime !== null) figures.push({ category: 'variable-cash', amount: pay.overtime, recurring: true });
  if (pay.overtimeOnBonuses !== null) figures.push({ category: 'variable-cash', amount: pay.overtimeOnBonuses, recurring: true });
  for (const figure of pay.bonuses) figures.push({ category: bonusCategory(figure.bonus), amount: figure.amount, recurring: !figure.bonus.oneTime });
  figures.push(...shared.insurance);
  const retirement = context.offer.benefits.retirement;
  if (shared.retirement !== null) figures.push(...shared.retirement);
  else if (retirement !== null) {
    const contributions = retirementContributions(retirement, payComponents(base, pay), context.limits);
    figures.push({ category: 'benefits', amount: contributions.match, recurring: true });
    figures.push({ category: 'benefits', amount: contributions.nonElective, recurring: true });
  }
  figures.push(...shared.education, ...shared.other, ...shared.costs);
  return totalLines(figures).annual;
}

/**
 * Every line of an offer for an annual base `B` under a scenario (docs/semantics.md §2–§12), in
 * the order of docs/semantics.md. One function serves the headline, the multi-year projection
 * and the break-even search, which vary the base. Explanations are written only when read.
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
  const overtime = context.offer.overtime;
  const rate = shared.regularRate;
  const pay = variablePay(context, base, scenario, rate);
  const overtimeLines: Line[] = [];
  if (overtime !== null && pay.overtime !== null) {
    overtimeLines.push(overtimeLine(overtime, pay.schedule, rate, pay.overtime, explain));
    if (pay.regularRateBonuses !== null && pay.overtimeOnBonuses !== null) {
      overtimeLines.push(
        overtimeOnBonusesLine(pay.regularRateBonuses, overtime, pay.schedule.hours, pay.straightTimeHours, pay.overtimeOnBonuses, explain),
      );
    }
  }
  const bonusLines = pay.bonuses.map((figure) => bonusLine(figure, base, explain));
  const retirement = shared.retirement ?? retirementLinesAt(context, payComponents(base, pay), explain);
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
  return { lines, overtimeHours: pay.schedule.hours, regularRate: rate, shared };
}
