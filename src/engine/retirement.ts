import { type Decimal, ZERO, fraction, max, min, sum } from '../decimal/decimal.js';
import type { Explainer } from './explain.js';
import type { IrsLimits } from '../data/irs-limits.js';
import { line, type Line } from './line.js';
import type { EligiblePayComponent, Retirement } from '../offer/types.js';

/** The pay a plan may count, by component: expected recurring values of the year. */
export type PayComponents = Readonly<Record<EligiblePayComponent, Decimal>>;

/** Every figure of docs/semantics.md §9 for one plan year. */
export interface RetirementContributions {
  /** Sum of the plan's eligible components, before the 401(a)(17) limit. */
  readonly eligiblePay: Decimal;
  /** `P`: eligible pay capped at the 401(a)(17) compensation limit. */
  readonly countedPay: Decimal;
  /** `D`: the employee's deferral, `min(d% × P, 402(g))`. */
  readonly deferral: Decimal;
  /** The tiered match before the 415(c) cap. */
  readonly uncappedMatch: Decimal;
  /** The non-elective contribution before the 415(c) cap. */
  readonly uncappedNonElective: Decimal;
  /** The match after the 415(c) cap. */
  readonly match: Decimal;
  /** The non-elective contribution after the 415(c) cap (cut first). */
  readonly nonElective: Decimal;
  /** The limit that caps the deferral: 402(g), or the 457(b) limit for a 457(b) plan. */
  readonly deferralLimit: Decimal;
  /** The limit on deferral + employer money: 415(c), or the 457(b) limit for a 457(b) plan. */
  readonly additionsLimit: Decimal;
}

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

/**
 * Employer retirement money under the IRS limits of one plan year (docs/semantics.md §9): eligible
 * pay capped at 401(a)(17), deferral capped at 402(g), the tiered match and the non-elective
 * contribution, then employer money cut so that deferral + employer ≤ 415(c): the excess comes out
 * of the non-elective contribution first, and only what is left of it out of the match. A 457(b)
 * plan has its own limit instead of both 402(g) and 415(c) (IRC §457(b)(2), (e)(15)): deferral +
 * employer money ≤ the year's 457(b) limit, employer money cut in the same order.
 *
 * @example
 * ```ts
 * retirementContributions(retirement, { base: new Decimal(60000), overtime: ZERO, bonuses: ZERO }, limits).match;
 * ```
 */
export function retirementContributions(
  retirement: Retirement,
  pay: PayComponents,
  limits: IrsLimits,
): RetirementContributions {
  const eligiblePay = sum(retirement.eligiblePay.map((component) => pay[component]));
  const countedPay = min(eligiblePay, limits.compensationLimit);
  const deferred457 = retirement.plan === '457b';
  const deferralLimit = deferred457 ? limits.deferredCompensationLimit : limits.electiveDeferralLimit;
  const additionsLimit = deferred457 ? limits.deferredCompensationLimit : limits.annualAdditionsLimit;
  const deferral = min(countedPay.times(fraction(retirement.employeeContributionPercent)), deferralLimit);
  const uncappedMatch = tieredMatch(retirement.match, countedPay, deferral);
  const uncappedNonElective = countedPay.times(fraction(retirement.nonElectivePercent));
  const room = max(ZERO, additionsLimit.minus(deferral));
  // The excess over the room comes out of the non-elective contribution first, then the match.
  const match = min(uncappedMatch, room);
  const nonElective = min(uncappedNonElective, room.minus(match));
  return { eligiblePay, countedPay, deferral, uncappedMatch, uncappedNonElective, match, nonElective, deferralLimit, additionsLimit };
}

const PLAN_NAMES: Readonly<Record<Retirement['plan'], string>> = Object.freeze({
  '401k': '401(k)',
  '403b': '403(b)',
  '457b': '457(b)',
  other: 'retirement plan',
});

/**
 * The `retirement-match` line (when the plan has match tiers) and the `retirement-nonelective`
 * line (when it has a non-elective contribution), each explaining the limits that bound it.
 *
 * @example
 * ```ts
 * retirementLines(retirement, contributions, limits, explain).map((line) => line.component);
 * // ["retirement-match"]
 * ```
 */
export function retirementLines(
  retirement: Retirement,
  contributions: RetirementContributions,
  limits: IrsLimits,
  explain: Explainer,
): Line[] {
  const plan = PLAN_NAMES[retirement.plan];
  const payWords = () =>
    `${explain.money(contributions.countedPay)} eligible pay (${retirement.eligiblePay.join(' + ')})` +
    (contributions.eligiblePay.greaterThan(contributions.countedPay)
      ? `, capped at the ${limits.year} 401(a)(17) limit of ${explain.money(limits.compensationLimit)}`
      : '');
  const limitName = retirement.plan === '457b' ? '457(b)' : '415(c)';
  const capWords = (uncapped: Decimal, capped: Decimal) =>
    capped.lessThan(uncapped)
      ? `; cut to ${explain.money(capped)} so that deferral plus employer money stays within the ${limits.year} ${limitName} limit of ${explain.money(contributions.additionsLimit)}` +
        (retirement.nonElectivePercent.isZero() || retirement.match.length === 0 ? '' : ' (the non-elective contribution is cut first, then the match)')
      : '';
  const matchWords = () => {
    let previous = ZERO;
    const tierWords = retirement.match.map((tier) => {
      const words = `${explain.percent(tier.matchPercent)} of ${previous.isZero() ? 'the first' : 'the next'} ${explain.percent(tier.upToPercentOfPay.minus(previous))}`;
      previous = tier.upToPercentOfPay;
      return words;
    });
    const deferralWords =
      `your ${explain.percent(retirement.employeeContributionPercent)} deferral of ${explain.money(contributions.deferral)}` +
      (contributions.countedPay.times(fraction(retirement.employeeContributionPercent)).greaterThan(contributions.deferral)
        ? ` (capped at the ${limits.year} ${retirement.plan === '457b' ? '457(b)' : '402(g)'} limit of ${explain.money(contributions.deferralLimit)})`
        : '');
    return `Match of ${tierWords.join(' and ')} of ${payWords()}, on ${deferralWords} = ${explain.money(contributions.uncappedMatch)}${capWords(contributions.uncappedMatch, contributions.match)}.`;
  };
  const lines: Line[] = [];
  if (retirement.match.length > 0) {
    lines.push(
      line({
        component: 'retirement-match',
        label: `${plan} match`,
        amount: contributions.match,
        category: 'benefits',
        recurring: true,
        explanation: matchWords,
      }),
    );
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
  return lines;
}
