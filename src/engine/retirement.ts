import { type Decimal, ZERO, fraction, max, min, sum } from '../decimal/decimal.js';
import type { Explainer } from './explain.js';
import type { IrsLimits } from '../data/irs-limits.js';
import { line, type Line } from './line.js';
import type { EligiblePayComponent, Retirement } from '../offer/types.js';

/** Every figure of docs/semantics.md §9 for one plan of an offer, under one plan year's limits. */
export interface PlanContributions {
  readonly plan: Retirement;
  /** Sum of the plan's eligible components, before the 401(a)(17) limit. */
  readonly eligiblePay: Decimal;
  /** `P`: eligible pay capped at the 401(a)(17) compensation limit. */
  readonly countedPay: Decimal;
  /** `D`: the employee's deferral, capped at what is left of 402(g) (its own limit for a 457(b)); 0 for a pension. */
  readonly deferral: Decimal;
  /** The limit the deferral was capped at: 402(g) less the deferrals of the plans before it, or the 457(b) limit. */
  readonly deferralLimit: Decimal;
  /** The tiered match before the 415(c) (or 457(b)) cap. */
  readonly uncappedMatch: Decimal;
  /** The non-elective contribution before the cap. */
  readonly uncappedNonElective: Decimal;
  /** The match after the cap. */
  readonly match: Decimal;
  /** The non-elective contribution after the cap (cut first). */
  readonly nonElective: Decimal;
  /** A pension's employer normal cost, `employerPercentOfPay × P`; 0 for other plans. */
  readonly pension: Decimal;
  /** A pension's mandatory employee contribution, pre-tax (IRC §414(h)(2)); 0 for other plans. */
  readonly pensionEmployee: Decimal;
  /** The limit on deferral + employer money: 415(c) (shared by the 401(k), 403(b) and other plans), the 457(b) limit, or `null` for a pension. */
  readonly additionsLimit: Decimal | null;
  /** Employer money the plan's limit cut: match + non-elective before less after. */
  readonly cut: Decimal;
}

/** The pay a plan may count, by component: expected recurring values of the year. */
export type PayComponents = Readonly<Record<EligiblePayComponent, Decimal>>;

/**
 * The tiered match: `Σ matchPercent_i / 100 × max(0, min(D, u_i × P) − u_{i−1} × P)`, which is
 * the `Σ m_i × P × max(0, min(f, u_i) − u_{i−1})` with `f = D / P` multiplied out, so no
 * division is needed. Each tier pays its own rate on its own slice of pay.
 *
 * @example
 * ```ts
 * // 100 % of the first 3 % and 50 % of the next 2 %, on a 5 % deferral of $60,000:
 * // 1.00 × 1,800 + 0.50 × 1,200 = 2,400
 * tieredMatch(retirement.match, new Decimal(60000), new Decimal(3000)).toString(); // "2400"
 * ```
 */
export function tieredMatch(tiers: Retirement['match'], countedPay: Decimal, deferral: Decimal): Decimal {
  let lower = ZERO;
  let total = ZERO;
  for (const tier of tiers) {
    const upper = countedPay.times(fraction(tier.upToPercentOfPay));
    const slice = max(ZERO, min(deferral, upper).minus(lower));
    total = total.plus(slice.times(fraction(tier.matchPercent)));
    lower = upper;
  }
  return total;
}

/** What a plan holds before the limits on employer money. */
interface Uncapped {
  readonly plan: Retirement;
  readonly eligiblePay: Decimal;
  readonly countedPay: Decimal;
  readonly deferral: Decimal;
  readonly deferralLimit: Decimal;
  readonly match: Decimal;
  readonly nonElective: Decimal;
}

/** Cuts `excess` from the non-elective contributions first, in list order, then from the matches. */
function cutInOrder(plans: readonly Uncapped[], excess: Decimal): { match: Decimal; nonElective: Decimal }[] {
  let left = excess;
  const nonElective = plans.map((plan) => {
    const cut = min(plan.nonElective, left);
    left = left.minus(cut);
    return plan.nonElective.minus(cut);
  });
  const match = plans.map((plan) => {
    const cut = min(plan.match, left);
    left = left.minus(cut);
    return plan.match.minus(cut);
  });
  return plans.map((_, index) => ({ match: match[index] as Decimal, nonElective: nonElective[index] as Decimal }));
}

/** Which limits a plan's money counts against: 402(g) and 415(c), the 457(b) limit, or none (a pension). */
type LimitGroup = 'qualified' | '457b' | 'pension';

function limitGroup(plan: Retirement): LimitGroup {
  return plan.plan === 'pension' || plan.plan === '457b' ? plan.plan : 'qualified';
}

/**
 * Employer retirement money of every plan of an offer under the IRS limits of one plan year
 * (docs/semantics.md §9). Each plan's eligible pay is capped at 401(a)(17). The 401(k), 403(b)
 * and other plans share the 402(g) limit on deferrals, in list order, and the 415(c) limit on
 * deferrals plus employer money: the excess is cut from their non-elective contributions first,
 * in list order, then from their matches. A 457(b) has its own limit for both (IRC §457(b)(2),
 * (e)(15)), shared the same way by 457(b) plans. A pension is valued at the employer's normal
 * cost (`employerPercentOfPay × P`), outside 415(c); its employee contribution is kept for taxes.
 *
 * @example
 * ```ts
 * retirementContributions([plan], { base: new Decimal(60000), overtime: ZERO, bonuses: ZERO, differentials: ZERO }, limits)[0]?.match;
 * ```
 */
export function retirementContributions(plans: readonly Retirement[], pay: PayComponents, limits: IrsLimits): PlanContributions[] {
  const deferralLeft: Record<LimitGroup, Decimal> = { qualified: limits.electiveDeferralLimit, '457b': limits.deferredCompensationLimit, pension: ZERO };
  const uncapped: Uncapped[] = plans.map((plan) => {
    const group = limitGroup(plan);
    const eligiblePay = sum(plan.eligiblePay.map((component) => pay[component]));
    const countedPay = min(eligiblePay, limits.compensationLimit);
    const deferralLimit = deferralLeft[group];
    const deferral = min(countedPay.times(fraction(plan.employeeContributionPercent)), deferralLimit);
    deferralLeft[group] = deferralLimit.minus(deferral);
    return {
      plan,
      eligiblePay,
      countedPay,
      deferral,
      deferralLimit,
      match: tieredMatch(plan.match, countedPay, deferral),
      nonElective: countedPay.times(fraction(plan.nonElectivePercent)),
    };
  });
  const capped = new Map<Uncapped, { match: Decimal; nonElective: Decimal }>();
  const additionsLimits: Record<LimitGroup, Decimal | null> = { qualified: limits.annualAdditionsLimit, '457b': limits.deferredCompensationLimit, pension: null };
  for (const group of ['qualified', '457b'] as const) {
    const members = uncapped.filter((entry) => limitGroup(entry.plan) === group);
    const room = max(ZERO, (additionsLimits[group] as Decimal).minus(sum(members.map((entry) => entry.deferral))));
    const excess = max(ZERO, sum(members.flatMap((entry) => [entry.match, entry.nonElective])).minus(room));
    cutInOrder(members, excess).forEach((money, index) => capped.set(members[index] as Uncapped, money));
  }
  return uncapped.map((entry) => {
    const money = capped.get(entry) ?? { match: entry.match, nonElective: entry.nonElective };
    const pension = entry.plan.pension;
    return {
      plan: entry.plan,
      eligiblePay: entry.eligiblePay,
      countedPay: entry.countedPay,
      deferral: entry.deferral,
      deferralLimit: entry.deferralLimit,
      uncappedMatch: entry.match,
      uncappedNonElective: entry.nonElective,
      match: money.match,
      nonElective: money.nonElective,
      pension: pension === null ? ZERO : entry.countedPay.times(fraction(pension.employerPercentOfPay)),
      pensionEmployee: pension === null ? ZERO : entry.countedPay.times(fraction(pension.employeePercentOfPay)),
      additionsLimit: additionsLimits[limitGroup(entry.plan)],
      cut: entry.match.plus(entry.nonElective).minus(money.match).minus(money.nonElective),
    };
  });
}

/**
 * What a plan is worth to the employee a year: employer match + non-elective + pension normal
 * cost, after every limit (the value a waiting period takes a share of, docs/semantics.md §21).
 *
 * @example
 * ```ts
 * employerMoney(contributions).toString();
 * ```
 */
export function employerMoney(contributions: PlanContributions): Decimal {
  return contributions.match.plus(contributions.nonElective).plus(contributions.pension);
}

const PLAN_NAMES: Readonly<Record<Retirement['plan'], string>> = Object.freeze({
  '401k': '401(k)',
  '403b': '403(b)',
  '457b': '457(b)',
  other: 'Retirement plan',
  pension: 'Pension',
});

/**
 * A plan's name in labels and sentences.
 *
 * @example
 * ```ts
 * planName({ ...plan, plan: '403b' }); // "403(b)"
 * ```
 */
export function planName(plan: Retirement): string {
  return PLAN_NAMES[plan.plan];
}

/**
 * The lines of one plan: `retirement-match` (when it has match tiers), `retirement-nonelective`
 * (when it has a non-elective contribution) and `pension` (a pension's employer normal cost), each
 * explaining the limits that bound it.
 *
 * @example
 * ```ts
 * retirementLines(contributions, limits, explain).map((line) => line.component);
 * // ["retirement-match"]
 * ```
 */
export function retirementLines(contributions: PlanContributions, limits: IrsLimits, explain: Explainer): Line[] {
  const retirement = contributions.plan;
  const plan = planName(retirement);
  const payWords = () =>
    `${explain.money(contributions.countedPay)} eligible pay (${retirement.eligiblePay.join(' + ')})` +
    (contributions.eligiblePay.greaterThan(contributions.countedPay)
      ? `, capped at the ${limits.year} 401(a)(17) limit of ${explain.money(limits.compensationLimit)}`
      : '');
  const deferred457 = retirement.plan === '457b';
  const capWords = (uncapped: Decimal, capped: Decimal) =>
    capped.lessThan(uncapped) && contributions.additionsLimit !== null
      ? `; cut to ${explain.money(capped)} so that deferral plus employer money stays within the ${limits.year} ${deferred457 ? '457(b)' : '415(c)'} limit of ${explain.money(contributions.additionsLimit)}` +
        (retirement.nonElectivePercent.isZero() || retirement.match.length === 0 ? '' : ' (the non-elective contribution is cut first, then the match)')
      : '';
  const matchWords = () => {
    let previous = ZERO;
    const tierWords = retirement.match.map((tier) => {
      const words = `${explain.percent(tier.matchPercent)} of ${previous.isZero() ? 'the first' : 'the next'} ${explain.percent(tier.upToPercentOfPay.minus(previous))}`;
      previous = tier.upToPercentOfPay;
      return words;
    });
    const capped = contributions.countedPay.times(fraction(retirement.employeeContributionPercent)).greaterThan(contributions.deferral);
    const limitName = deferred457 ? '457(b)' : '402(g)';
    const fullLimit = deferred457 ? limits.deferredCompensationLimit : limits.electiveDeferralLimit;
    const limitWords = contributions.deferralLimit.equals(fullLimit)
      ? `the ${limits.year} ${limitName} limit of ${explain.money(fullLimit)}`
      : `the ${explain.money(contributions.deferralLimit)} left of the ${limits.year} ${limitName} limit after the plans before it`;
    const deferralWords =
      `your ${explain.percent(retirement.employeeContributionPercent)} deferral of ${explain.money(contributions.deferral)}` + (capped ? ` (capped at ${limitWords})` : '');
    return `Match of ${tierWords.join(' and ')} of ${payWords()}, on ${deferralWords} = ${explain.money(contributions.uncappedMatch)}${capWords(contributions.uncappedMatch, contributions.match)}.`;
  };
  const lines: Line[] = [];
  if (retirement.match.length > 0) {
    lines.push(line({ component: 'retirement-match', label: `${plan} match`, amount: contributions.match, category: 'benefits', recurring: true, explanation: matchWords }));
  }
  if (!retirement.nonElectivePercent.isZero()) {
    lines.push(
      line({
        component: 'retirement-nonelective',
        label: `${plan} employer contribution`,
        amount: contributions.nonElective,
        category: 'benefits',
        recurring: true,
        explanation: () =>
          `${explain.percent(retirement.nonElectivePercent)} of ${payWords()} = ${explain.money(contributions.uncappedNonElective)}, paid whether or not you contribute${capWords(contributions.uncappedNonElective, contributions.nonElective)}.`,
      }),
    );
  }
  const pension = retirement.pension;
  if (pension !== null) {
    const employee = pension.employeePercentOfPay.isZero()
      ? ''
      : `; your mandatory ${explain.percent(pension.employeePercentOfPay)} (${explain.money(contributions.pensionEmployee)}) comes out of base pay, pre-tax (IRC §414(h)(2))`;
    lines.push(
      line({
        component: 'pension',
        label: 'Pension (employer normal cost)',
        amount: contributions.pension,
        category: 'benefits',
        recurring: true,
        explanation: () =>
          `The employer's normal cost of ${explain.percent(pension.employerPercentOfPay)} of ${payWords()} = ${explain.money(contributions.pension)}, ` +
          `the value of a year's pension as the plan publishes it${employee}.`,
      }),
    );
  }
  return lines;
}
