import type { Decimal } from '../decimal/decimal.js';
import type { Clawback } from '../offer/types.js';
import { add, Decimal as DecimalOf, sum, ZERO } from '../decimal/decimal.js';
import { baseLine, regularRate } from './base-pay.js';
import { type BonusFigure, bonusCategory, bonusFigure, bonusLine, entersRegularRate, entersRegularRateOnce } from './bonuses.js';
import type { EvaluationContext } from './context.js';
import { costLines } from './costs.js';
import { educationLines } from './education.js';
import { createExplainer, type Explainer } from './explain.js';
import { insuranceLines } from './insurance.js';
import type { Line } from './line.js';
import { otherBenefitLines } from './other-benefits.js';
import {
  OVERTIME_MULTIPLIER,
  type OvertimeHours,
  overtimeHours,
  overtimeLine,
  overtimeOnBonusesLine,
  overtimePay,
  regularRatePremium,
} from './overtime.js';
import { type PayComponents, retirementContributions, retirementLines } from './retirement.js';
import type { Scenario } from './scenario.js';
import { totalLines } from './totals.js';

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

/** What one pass over an offer computes: the lines, the amounts and hours they come from, and `R`. */
export interface ScenarioResult {
  readonly lines: Line[];
  /** The amounts and overtime hours the scenario assumes. */
  readonly pay: VariablePay;
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
  return sharedLinesAt(fixedLines(context, explain), context, base, explain);
}

/** The shared lines that no base changes: insurance, education, other benefits and costs. */
export type FixedLines = Pick<SharedLines, 'insurance' | 'education' | 'other' | 'costs'>;

/**
 * The lines of an offer that no base changes (see {@link FixedLines}), the same at every base
 * and in every year of a projection.
 *
 * @example
 * ```ts
 * fixedLines(context, createExplainer('USD')).costs.map((line) => line.component); // ["commute", "cost"]
 * ```
 */
export function fixedLines(context: EvaluationContext, explain: Explainer): FixedLines {
  const { offer, hours } = context;
  const benefits = offer.benefits;
  return {
    insurance: benefits.insurance.flatMap((insurance) => insuranceLines(insurance, explain)),
    education: educationLines(benefits.education, explain),
    other: otherBenefitLines(benefits.other, explain),
    costs: costLines(offer.costs, hours.workedWeeks, explain),
  };
}

/**
 * The shared lines at an annual base `B` from the lines no base changes (see {@link FixedLines}),
 * which are kept as they are: `R`, the base line and the retirement lines of a plan that counts
 * base alone are worked out at `B`. A projection's years differ only in these.
 *
 * @example
 * ```ts
 * sharedLinesAt(fixedLines(context, explain), context, base, explain).base.amount; // base
 * ```
 */
export function sharedLinesAt(fixed: FixedLines, context: EvaluationContext, base: Decimal, explain: Explainer): SharedLines {
  const retirement = context.offer.benefits.retirement;
  const varies = retirement !== null && retirement.eligiblePay.some((component) => component !== 'base');
  return {
    regularRate: regularRate(base, context.hours.scheduledHours),
    base: baseLine(context.offer, base, explain),
    insurance: fixed.insurance,
    // Eligible pay is base alone here: the zeros stand for components the plan does not name.
    retirement: varies ? null : retirementLinesAt(context, { base, overtime: ZERO, bonuses: ZERO }, explain),
    education: fixed.education,
    other: fixed.other,
    costs: fixed.costs,
  };
}

/** The retirement lines of an offer for the pay its plan counts; none without a plan. */
function retirementLinesAt(context: EvaluationContext, pay: PayComponents, explain: Explainer): Line[] {
  const retirement = context.offer.benefits.retirement;
  if (retirement === null) return [];
  return retirementLines(retirement, retirementContributions(retirement, pay, context.limits), context.limits, explain);
}

/**
 * What a scenario changes, as amounts: the overtime hours (extra hours follow the scenario) and
 * pay, the bonuses (their payouts follow it) and the overtime premium due on what enters the
 * regular rate. One function serves the lines of the headline and the `low` / `high` totals,
 * which are summed from these amounts without building lines.
 */
export interface VariablePay {
  readonly hours: OvertimeHours;
  /** `HW = hpw × Ww + Σx`: hours actually worked in the year. */
  readonly hoursWorked: Decimal;
  /** `m`: the overtime multiplier. */
  readonly multiplier: Decimal;
  /** The `overtime` line's amount, `null` when no line is due (exempt, or no hour beyond the schedule or the threshold). */
  readonly overtime: Decimal | null;
  readonly bonuses: readonly BonusFigure[];
  /** `ΣE` of the recurring bonuses that enter the regular rate, `null` when no premium is due. */
  readonly regularRateBonuses: Decimal | null;
  /** The recurring `overtime-on-bonuses` line's amount, `null` when no premium is due. */
  readonly overtimeOnBonuses: Decimal | null;
  /** `ΣE` of the one-time bonuses with a clawback, `null` when no premium is due. */
  readonly clawbackBonuses: Decimal | null;
  /** The whole premium due on each of them, with its clawback period. */
  readonly clawbackPremiums: readonly { readonly months: number; readonly premium: Decimal }[];
  /** The premium on them that the first year takes (the one-time line), `null` when none is due. */
  readonly overtimeOnClawbackBonuses: Decimal | null;
}

/**
 * The share of a clawback bonus's overtime premium that a year of the offer takes: all of it in
 * year 1 when the clawback period is a year or less; else spread over the period (29 CFR
 * 778.209(a)), `12 / months` a full year and the rest in the year the period ends.
 *
 * @example
 * ```ts
 * clawbackPremiumShare(18, 1).toString(); // "0.6666…" (12 of 18 months)
 * clawbackPremiumShare(18, 2).toString(); // "0.3333…"
 * ```
 */
export function clawbackPremiumShare(months: number, year: number): Decimal {
  const covered = (until: number) => Math.min(until * 12, months);
  return new DecimalOf(covered(year) - covered(year - 1)).div(months);
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
  const { offer, hours: year } = context;
  const hours = overtimeHours(offer, year.workedWeeks, scenario);
  const hoursWorked = year.scheduledHours.minus(year.timeOffHours).plus(hours.extraHours);
  const multiplier = offer.overtime?.multiplier ?? OVERTIME_MULTIPLIER;
  const bonuses = offer.bonuses.map((bonus) => bonusFigure(bonus, base, scenario));
  const due = !offer.pay.exempt && (offer.overtime !== null || !hours.total.isZero());
  const premiumDue = due && !hours.total.isZero();
  const recurring = bonuses.filter((figure) => entersRegularRate(figure.bonus));
  const clawbacks = bonuses.filter((figure) => entersRegularRateOnce(figure.bonus));
  const regularRateBonuses = premiumDue && recurring.length > 0 ? sum(recurring.map((figure) => figure.amount)) : null;
  const clawbackBonuses = premiumDue && clawbacks.length > 0 ? sum(clawbacks.map((figure) => figure.amount)) : null;
  const premium = (amount: Decimal) => regularRatePremium(amount, hours, multiplier, hoursWorked);
  const clawbackPremiums =
    clawbackBonuses === null
      ? []
      : clawbacks.map((figure) => ({ months: (figure.bonus.clawback as Clawback).months, premium: premium(figure.amount) }));
  return {
    hours,
    hoursWorked,
    multiplier,
    overtime: due ? overtimePay(hours, rate, multiplier) : null,
    bonuses,
    regularRateBonuses,
    overtimeOnBonuses: regularRateBonuses === null ? null : premium(regularRateBonuses),
    clawbackBonuses,
    clawbackPremiums,
    overtimeOnClawbackBonuses: clawbackBonuses === null ? null : clawbackPremiumIn(clawbackPremiums, 1),
  };
}

/**
 * The overtime premium on clawback bonuses that a year of the offer takes: each bonus's premium
 * × its {@link clawbackPremiumShare} for the year.
 *
 * @example
 * ```ts
 * clawbackPremiumIn([{ months: 24, premium: new Decimal(100) }], 2).toString(); // "50"
 * ```
 */
export function clawbackPremiumIn(premiums: VariablePay['clawbackPremiums'], year: number): Decimal {
  return sum(premiums.map((entry) => entry.premium.times(clawbackPremiumShare(entry.months, year))));
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
  return totalLines(scenarioFigures(context, base, scenario, shared).figures).annual;
}

/** A line's figures without its label and explanation: what totals read, and what it is. */
export type LineFigure = Pick<Line, 'component' | 'category' | 'amount' | 'recurring'>;

/**
 * The figures of every line of a scenario at an annual base `B`, in the order of the lines
 * {@link offerLines} builds, and the amounts they come from: the shared lines as they are, the
 * rest — overtime, bonuses, overtime on bonuses and the retirement contributions a scenario
 * changes — as bare figures, without a line object or an explanation. A zero the lines leave out
 * (a match without tiers) may be among them: sums skip zeros, so totals are the same to the last
 * digit. What {@link scenarioAnnual} and the `horizon` metric sum.
 *
 * @example
 * ```ts
 * scenarioFigures(context, base, 'expected', shared).figures[0]?.component; // "base"
 * ```
 */
export function scenarioFigures(
  context: EvaluationContext,
  base: Decimal,
  scenario: Scenario,
  shared: SharedLines,
): { readonly figures: LineFigure[]; readonly pay: VariablePay } {
  const pay = variablePay(context, base, scenario, shared.regularRate);
  const figures: LineFigure[] = [shared.base];
  const cash = (component: LineFigure['component'], amount: Decimal, recurring: boolean) =>
    figures.push({ component, category: 'variable-cash', amount, recurring });
  if (pay.overtime !== null) cash('overtime', pay.overtime, true);
  if (pay.overtimeOnBonuses !== null) cash('overtime-on-bonuses', pay.overtimeOnBonuses, true);
  if (pay.overtimeOnClawbackBonuses !== null) cash('overtime-on-bonuses', pay.overtimeOnClawbackBonuses, false);
  for (const figure of pay.bonuses) {
    figures.push({ component: 'bonus', category: bonusCategory(figure.bonus), amount: figure.amount, recurring: !figure.bonus.oneTime });
  }
  figures.push(...shared.insurance);
  const retirement = context.offer.benefits.retirement;
  if (shared.retirement !== null) figures.push(...shared.retirement);
  else if (retirement !== null) {
    const contributions = retirementContributions(retirement, payComponents(base, pay), context.limits);
    figures.push({ component: 'retirement-match', category: 'benefits', amount: contributions.match, recurring: true });
    figures.push({ component: 'retirement-nonelective', category: 'benefits', amount: contributions.nonElective, recurring: true });
  }
  figures.push(...shared.education, ...shared.other, ...shared.costs);
  return { figures, pay };
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
  const rate = shared.regularRate;
  const pay = variablePay(context, base, scenario, rate);
  const { hours, multiplier, hoursWorked } = pay;
  const overtimeLines: Line[] = [];
  if (pay.overtime !== null) overtimeLines.push(overtimeLine(hours, rate, multiplier, pay.overtime, explain));
  if (pay.regularRateBonuses !== null && pay.overtimeOnBonuses !== null) {
    const figures = { bonuses: pay.regularRateBonuses, amount: pay.overtimeOnBonuses, hours, multiplier, hoursWorked, recurring: true };
    overtimeLines.push(overtimeOnBonusesLine(figures, explain));
  }
  if (pay.clawbackBonuses !== null && pay.overtimeOnClawbackBonuses !== null) {
    const figures = { bonuses: pay.clawbackBonuses, amount: pay.overtimeOnClawbackBonuses, hours, multiplier, hoursWorked, recurring: false };
    overtimeLines.push(overtimeOnBonusesLine(figures, explain));
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
  return { lines, pay, regularRate: rate, shared };
}
