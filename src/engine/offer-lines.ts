import type { Decimal } from '../decimal/decimal.js';
import { sum, ZERO } from '../decimal/decimal.js';
import { baseLine, regularRate } from './base-pay.js';
import { bonusFigure, bonusLine, entersRegularRate } from './bonuses.js';
import type { EvaluationContext } from './context.js';
import { costLines } from './costs.js';
import { educationLines } from './education.js';
import { createExplainer, type Explainer } from './explain.js';
import { insuranceLines } from './insurance.js';
import type { Line } from './line.js';
import { otherBenefitLines } from './other-benefits.js';
import { overtimeLine, overtimeOnBonusesLine, overtimeSchedule } from './overtime.js';
import { type PayComponents, retirementContributions, retirementLines } from './retirement.js';
import type { Scenario } from './scenario.js';

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
 * Every line of an offer for an annual base `B` under a scenario (docs/semantics.md §2–§12), in the order
 * of docs/semantics.md. One function serves the headline, the `low` / `high` re-evaluations (which pass the
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
