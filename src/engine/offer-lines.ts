import type { Decimal } from '../decimal/decimal.js';
import type { Clawback } from '../offer/types.js';
import { add, Decimal as DecimalOf, sum, ZERO } from '../decimal/decimal.js';
import { baseLine, regularRate } from './base-pay.js';
import { type BonusFigure, bonusCategory, bonusFigure, bonusLine, entersRegularRate, entersRegularRateOnce } from './bonuses.js';
import { type DifferentialFigure, differentialCategory, differentialFigure, differentialLine } from './differentials.js';
import type { EvaluationContext } from './context.js';
import { costFigures, costLines } from './costs.js';
import { educationLines } from './education.js';
import { hraLines } from './hra.js';
import { type HsaContributions, hsaContributions, hsaLines } from './hsa.js';
import { createExplainer, type Explainer } from './explain.js';
import { insuranceLines } from './insurance.js';
import type { Line } from './line.js';
import { monthsInYear } from './months-in-year.js';
import { otherBenefitLines } from './other-benefits.js';
import {
  OVERTIME_MULTIPLIER,
  type OvertimeHours,
  overtimeHours,
  overtimeLine,
  flatSumRegularRatePremium,
  overtimeOnBonusesLine,
  overtimeOnDifferentialsLine,
  overtimePay,
  premiumHours,
  regularRatePremium,
} from './overtime.js';
import { employerMoney, type PayComponents, type PlanContributions, planName, retirementContributions, retirementLines } from './retirement.js';
import type { Scenario } from './scenario.js';
import { type Figure, totalLines } from './totals.js';
import { type WaitingItem, waitingPeriodLine } from './waiting-period.js';

/**
 * Every retirement plan's contributions under one pass, and their lines in plan order — or, in
 * the total of a projection (`RetirementPart<Figure>`), their bare figures.
 */
export interface RetirementPart<L extends Figure = Line> {
  readonly contributions: readonly PlanContributions[];
  readonly lines: readonly L[];
}

/**
 * The lines of one pass that no scenario changes at its base: base pay, insurance, the HSA and
 * HRA, education, other benefits and costs, the retirement lines when every plan counts base pay
 * alone, and `R`. The `low` and `high` passes at the same base reuse them: the same line objects,
 * summed in the same order, give the same totals as lines computed again. `SharedLines<Figure>`
 * holds bare figures for what the base changes (base pay, retirement, a percent-of-base cost):
 * what the total of a projection sums in its later years (see {@link sharedFigures}).
 */
export interface SharedLines<L extends Figure = Line> {
  /** `R`: the regular hourly rate at this base. */
  readonly regularRate: Decimal;
  readonly base: L;
  readonly insurance: readonly Line[];
  /** `null` when a plan's eligible pay names overtime, bonuses or differentials, which scenarios change. */
  readonly retirement: RetirementPart<L> | null;
  /** The HSA's contributions under the year's limit, `null` without an HSA. */
  readonly hsaContributions: HsaContributions | null;
  readonly hsa: readonly Line[];
  readonly hra: readonly Line[];
  readonly education: readonly Line[];
  readonly other: readonly Line[];
  readonly costs: readonly L[];
}

/**
 * What one pass over an offer computes: the lines, the amounts and hours they come from, and `R`.
 * `ScenarioResult<Figure>` is what {@link scenarioFigures} computes: bare figures in the order of the lines.
 */
export interface ScenarioResult<L extends Figure = Line> {
  readonly lines: L[];
  /** The amounts and overtime hours the scenario assumes. */
  readonly pay: VariablePay;
  /** `R`: the regular hourly rate at this base. */
  readonly regularRate: Decimal;
  /** Every retirement plan's contributions and lines under this scenario. */
  readonly retirement: RetirementPart<L>;
  /** The lines of this pass that other scenarios at the same base share. */
  readonly shared: SharedLines<L>;
}

/**
 * The lines of an offer at an annual base `B` that every scenario shares (see
 * {@link SharedLines}). `kept`, the same offer's shared lines at another base (a projection's
 * first year), gives the lines no base changes — insurance, the HSA and HRA, education, other
 * benefits, every cost but a percent of base — which are then reused, not built again.
 *
 * @example
 * ```ts
 * sharedLines(context, annualBase(context.offer), createExplainer('USD')).base.component; // "base"
 * ```
 */
export function sharedLines(context: EvaluationContext, base: Decimal, explain: Explainer, kept?: SharedLines): SharedLines {
  const { offer, hours, limits } = context;
  const benefits = offer.benefits;
  const hsa = kept?.hsaContributions ?? (benefits.hsa === null ? null : hsaContributions(benefits.hsa, limits));
  return {
    regularRate: regularRate(base, hours.scheduledHours),
    base: baseLine(offer, base, explain),
    insurance: kept?.insurance ?? benefits.insurance.flatMap((insurance) => insuranceLines(insurance, explain)),
    retirement: baseOnly(context) ? retirementPart(context, basePay(base), explain) : null,
    hsaContributions: hsa,
    hsa: kept?.hsa ?? (benefits.hsa === null || hsa === null ? [] : hsaLines(benefits.hsa, hsa, limits, explain)),
    hra: kept?.hra ?? (benefits.hra === null ? [] : hraLines(benefits.hra, explain)),
    education: kept?.education ?? educationLines(benefits.education, explain),
    other: kept?.other ?? otherBenefitLines(benefits.other, explain),
    costs: costLines(offer.costs, base, hours.workedWeeks, explain, kept?.costs),
  };
}

/**
 * The shared lines at another annual base `B` as bare figures (see {@link SharedLines}): `kept`'s
 * lines where no base changes them, and figures for what `B` changes — base pay, the retirement
 * contributions when every plan counts base alone, a percent-of-base cost — with no line object
 * and no explanation. What the total of a projection sums in the years after the first.
 *
 * @example
 * ```ts
 * sharedFigures(context, new Decimal(51500), sharedLines(context, new Decimal(50000), explain)).base.amount.toString(); // "51500"
 * ```
 */
export function sharedFigures(context: EvaluationContext, base: Decimal, kept: SharedLines): SharedLines<Figure> {
  const costs = context.offer.costs;
  const contributions = baseOnly(context) ? retirementContributions(context.offer.benefits.retirement, basePay(base), context.limits) : null;
  return {
    regularRate: regularRate(base, context.hours.scheduledHours),
    base: { category: kept.base.category, amount: base, recurring: true },
    insurance: kept.insurance,
    retirement: contributions === null ? null : { contributions, lines: contributions.flatMap(retirementFigures) },
    hsaContributions: kept.hsaContributions,
    hsa: kept.hsa,
    hra: kept.hra,
    education: kept.education,
    other: kept.other,
    costs: costFigures(costs, base, kept.costs),
  };
}

/** Whether every retirement plan counts base pay alone, so that no scenario changes its contributions. */
function baseOnly(context: EvaluationContext): boolean {
  return !context.offer.benefits.retirement.some((plan) => plan.eligiblePay.some((component) => component !== 'base'));
}

/** Eligible pay when every plan counts base alone: the zeros stand for components no plan names. */
function basePay(base: Decimal): PayComponents {
  return { base, overtime: ZERO, bonuses: ZERO, differentials: ZERO };
}

/** Every plan's contributions for the pay the plans count, and their lines. */
function retirementPart(context: EvaluationContext, pay: PayComponents, explain: Explainer): RetirementPart {
  const contributions = retirementContributions(context.offer.benefits.retirement, pay, context.limits);
  return { contributions, lines: contributions.flatMap((plan) => retirementLines(plan, context.limits, explain)) };
}

/** A plan's figures in the order of its lines: match, non-elective, pension (the zeros of lines it has not change no sum). */
function retirementFigures(plan: PlanContributions): Figure[] {
  return [
    { category: 'benefits', amount: plan.match, recurring: true },
    { category: 'benefits', amount: plan.nonElective, recurring: true },
    { category: 'benefits', amount: plan.pension, recurring: true },
  ];
}

/**
 * The `waiting-period` lines of a year of the offer (docs/semantics.md §21): one per benefit
 * whose wait reaches into the year — each insurance (its employer share), each retirement plan
 * (its employer money after every limit), the HSA, the HRA and the education money — valued as
 * the pass that holds them values it.
 *
 * @example
 * ```ts
 * waitingPeriodLines(context, offerLines(context, base, 'expected'), 1, explain).map((line) => line.label);
 * // ["Medical insurance: waiting period"]
 * ```
 */
export function waitingPeriodLines(
  context: EvaluationContext,
  pass: { readonly retirement: Pick<RetirementPart<Figure>, 'contributions'>; readonly shared: Pick<SharedLines<Figure>, 'hsa' | 'hra' | 'education'> },
  year: number,
  explain: Explainer,
): Line[] {
  const benefits = context.offer.benefits;
  const { shared } = pass;
  const amountOf = (lines: readonly Line[]) => sum(lines.map((entry) => entry.amount));
  const items: WaitingItem[] = [
    ...benefits.insurance.map((insurance) => ({ label: insurance.label, value: insurance.employerPaid, months: insurance.startsAfterMonths })),
    ...pass.retirement.contributions.map((plan) => ({ label: planName(plan.plan), value: employerMoney(plan), months: plan.plan.startsAfterMonths })),
  ];
  if (benefits.hsa !== null) items.push({ label: 'HSA employer contribution', value: amountOf(shared.hsa), months: benefits.hsa.startsAfterMonths });
  if (benefits.hra !== null) items.push({ label: 'HRA', value: amountOf(shared.hra), months: benefits.hra.startsAfterMonths });
  items.push({ label: 'Education money', value: amountOf(shared.education), months: benefits.education.startsAfterMonths });
  const lines: Line[] = [];
  for (const item of items) {
    const entry = item.months === 0 ? null : waitingPeriodLine(item, year, explain);
    if (entry !== null) lines.push(entry);
  }
  return lines;
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
  readonly differentials: readonly DifferentialFigure[];
  /** `ΣD` of the differentials, when they owe an overtime premium (non-exempt, overtime hours, `ΣD > 0`), else `null`. */
  readonly regularRateDifferentials: Decimal | null;
  /** The `overtime-on-differentials` line's amount, `null` when no premium is due. */
  readonly overtimeOnDifferentials: Decimal | null;
  readonly bonuses: readonly BonusFigure[];
  /** `ΣE` of the recurring bonuses that enter the regular rate, `null` when no premium is due. */
  readonly regularRateBonuses: Decimal | null;
  /** `ΣE` of those of them whose premium California's flat-sum rule computed, `null` for none. */
  readonly flatSumBonuses: Decimal | null;
  /** The recurring `overtime-on-bonuses` line's amount, `null` when no premium is due. */
  readonly overtimeOnBonuses: Decimal | null;
  /** `ΣE` of the one-time bonuses with a clawback, `null` when no premium is due. */
  readonly clawbackBonuses: Decimal | null;
  /** `ΣE` of those of them whose premium California's flat-sum rule computed, `null` for none. */
  readonly clawbackFlatSumBonuses: Decimal | null;
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
  return new DecimalOf(monthsInYear(months, year)).div(months);
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
  const pay = offer.pay;
  const hours = overtimeHours(offer, year.workedWeeks, scenario);
  const hoursWorked = year.scheduledHours.minus(year.timeOffHours).plus(hours.extraHours);
  const multiplier = offer.overtime?.multiplier ?? OVERTIME_MULTIPLIER;
  const due = !pay.exempt && (offer.overtime !== null || !hours.total.isZero());
  const premiumDue = due && !hours.total.isZero();
  const overtime = due ? overtimePay(hours, rate, multiplier) : null;
  const workingYear = { rate, workedWeeks: year.workedWeeks, hoursWorked };
  const differentials = pay.differentials.map((entry) => differentialFigure(entry, workingYear));
  const differentialTotal = sum(differentials.map((figure) => figure.amount));
  const earnings = add(add(base, overtime ?? ZERO), differentialTotal);
  const bonuses = offer.bonuses.map((bonus) => bonusFigure(bonus, { base, earnings, hoursWorked }, scenario));
  // The year's premium factor, worked out once for every bonus and differential that owes a premium.
  let factor: Decimal | undefined;
  const premium = (amount: Decimal) => regularRatePremium(amount, hours, multiplier, hoursWorked, (factor ??= premiumHours(hours, multiplier)));
  // California pays the premium on a flat-sum bonus at the whole rate over straight-time hours (Alvarado v. Dart).
  const alvarado = pay.overtimeRule === 'california';
  // A bonus that comes to $0 puts nothing into the regular rate, as a $0 differential (docs/semantics.md §7).
  const recurring = bonuses.filter((figure) => entersRegularRate(figure.bonus) && !figure.amount.isZero());
  const clawbacks = bonuses.filter((figure) => entersRegularRateOnce(figure.bonus) && !figure.amount.isZero());
  const regularRateBonuses = premiumDue && recurring.length > 0 ? sum(recurring.map((figure) => figure.amount)) : null;
  // ΣE of a group's flat-sum bonuses when California's rule computes their premium (Alvarado v. Dart), else null.
  const flatSum = (group: readonly BonusFigure[]) => {
    const flat = group.filter((figure) => alvarado && figure.bonus.flatSum);
    return flat.length === 0 ? null : sum(flat.map((figure) => figure.amount));
  };
  const flatSumBonuses = regularRateBonuses === null ? null : flatSum(recurring);
  const bonusPremium = (figure: BonusFigure) =>
    alvarado && figure.bonus.flatSum ? flatSumRegularRatePremium(figure.amount, hours, multiplier, hoursWorked) : premium(figure.amount);
  const clawbackBonuses = premiumDue && clawbacks.length > 0 ? sum(clawbacks.map((figure) => figure.amount)) : null;
  const clawbackPremiums =
    clawbackBonuses === null
      ? []
      : clawbacks.map((figure) => ({ months: (figure.bonus.clawback as Clawback).months, premium: bonusPremium(figure) }));
  const clawbackFlatSumBonuses = clawbackBonuses === null ? null : flatSum(clawbacks);
  // Differentials that come to $0 put nothing into the regular rate: no premium line (docs/semantics.md §7).
  const regularRateDifferentials = premiumDue && !differentialTotal.isZero() ? differentialTotal : null;
  return {
    hours,
    hoursWorked,
    multiplier,
    overtime,
    differentials,
    regularRateDifferentials,
    overtimeOnDifferentials: regularRateDifferentials === null ? null : premium(regularRateDifferentials),
    bonuses,
    regularRateBonuses,
    flatSumBonuses,
    overtimeOnBonuses: regularRateBonuses === null ? null : sum(recurring.map(bonusPremium)),
    clawbackBonuses,
    clawbackFlatSumBonuses,
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
    overtime: add(add(pay.overtime ?? ZERO, pay.overtimeOnBonuses ?? ZERO), pay.overtimeOnDifferentials ?? ZERO),
    bonuses: sum(pay.bonuses.filter((figure) => !figure.bonus.oneTime).map((figure) => figure.amount)),
    differentials: sum(pay.differentials.map((figure) => figure.amount)),
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
export function scenarioAnnual(context: EvaluationContext, base: Decimal, scenario: Scenario, shared: SharedLines<Figure>): Decimal {
  return totalLines(scenarioFigures(context, base, scenario, shared).lines).annual;
}

/**
 * The figures of every line of {@link offerLines} under a scenario at an annual base `B`, in the
 * order of the lines but without the first year's waiting periods: the shared figures as they
 * are, and what the scenario changes — differentials, overtime, overtime on bonuses and
 * differentials, bonuses and the retirement contributions a scenario changes — as bare figures,
 * with no line object and no explanation. A zero the lines leave out (a plan without a match)
 * may be among them: sums skip zeros, so totals are the same to the last digit. What
 * {@link scenarioAnnual} and the total of a projection sum.
 *
 * @example
 * ```ts
 * scenarioFigures(context, base, 'expected', shared).lines[0]?.amount.equals(base); // true
 * ```
 */
export function scenarioFigures(context: EvaluationContext, base: Decimal, scenario: Scenario, shared: SharedLines<Figure>): ScenarioResult<Figure> {
  const pay = variablePay(context, base, scenario, shared.regularRate);
  const figures: Figure[] = [shared.base];
  for (const figure of pay.differentials) figures.push({ category: differentialCategory(figure.differential), amount: figure.amount, recurring: true });
  if (pay.overtime !== null) figures.push({ category: 'variable-cash', amount: pay.overtime, recurring: true });
  if (pay.overtimeOnBonuses !== null) figures.push({ category: 'variable-cash', amount: pay.overtimeOnBonuses, recurring: true });
  if (pay.overtimeOnDifferentials !== null) figures.push({ category: 'variable-cash', amount: pay.overtimeOnDifferentials, recurring: true });
  if (pay.overtimeOnClawbackBonuses !== null) figures.push({ category: 'variable-cash', amount: pay.overtimeOnClawbackBonuses, recurring: false });
  for (const figure of pay.bonuses) figures.push({ category: bonusCategory(figure.bonus), amount: figure.amount, recurring: !figure.bonus.oneTime });
  figures.push(...shared.insurance);
  let retirement = shared.retirement;
  if (retirement === null) {
    const contributions = retirementContributions(context.offer.benefits.retirement, payComponents(base, pay), context.limits);
    retirement = { contributions, lines: contributions.flatMap(retirementFigures) };
  }
  figures.push(...retirement.lines, ...shared.hsa, ...shared.hra, ...shared.education, ...shared.other, ...shared.costs);
  return { lines: figures, pay, regularRate: shared.regularRate, retirement, shared };
}

/**
 * Every line of an offer for an annual base `B` under a scenario (docs/semantics.md §2–§12, §21),
 * in the order of docs/semantics.md, the first year's waiting periods last. One function serves
 * the headline, the multi-year projection and the break-even search, which vary the base.
 * Explanations are written only when read.
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
  const workingYear = { rate, workedWeeks: context.hours.workedWeeks, hoursWorked };
  const overtimeLines: Line[] = pay.differentials.map((figure) => differentialLine(figure, workingYear, explain));
  if (pay.overtime !== null) overtimeLines.push(overtimeLine(hours, rate, multiplier, pay.overtime, explain));
  if (pay.regularRateBonuses !== null && pay.overtimeOnBonuses !== null) {
    const figures = { bonuses: pay.regularRateBonuses, amount: pay.overtimeOnBonuses, hours, multiplier, hoursWorked, recurring: true, flatSum: pay.flatSumBonuses };
    overtimeLines.push(overtimeOnBonusesLine(figures, explain));
  }
  if (pay.regularRateDifferentials !== null && pay.overtimeOnDifferentials !== null) {
    const figures = { amount: pay.overtimeOnDifferentials, total: pay.regularRateDifferentials, hours, multiplier, hoursWorked };
    overtimeLines.push(overtimeOnDifferentialsLine(figures, explain));
  }
  if (pay.clawbackBonuses !== null && pay.overtimeOnClawbackBonuses !== null) {
    const figures = { bonuses: pay.clawbackBonuses, amount: pay.overtimeOnClawbackBonuses, hours, multiplier, hoursWorked, recurring: false, flatSum: pay.clawbackFlatSumBonuses };
    overtimeLines.push(overtimeOnBonusesLine(figures, explain));
  }
  const bonusLines = pay.bonuses.map((figure) => bonusLine(figure, explain));
  const retirement = shared.retirement ?? retirementPart(context, payComponents(base, pay), explain);
  const lines: Line[] = [
    shared.base,
    ...overtimeLines,
    ...bonusLines,
    ...shared.insurance,
    ...retirement.lines,
    ...shared.hsa,
    ...shared.hra,
    ...shared.education,
    ...shared.other,
    ...shared.costs,
    ...waitingPeriodLines(context, { retirement, shared }, 1, explain),
  ];
  return { lines, pay, regularRate: rate, retirement, shared };
}
