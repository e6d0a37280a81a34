import { type Decimal, ZERO, max, min } from '../decimal/decimal.js';
import type { IrsLimits } from '../data/irs-limits.js';
import type { Explainer } from './explain.js';
import { line, type Line } from './line.js';
import type { Hsa } from '../offer/types.js';

/** An HSA's contributions under one year's limit (docs/semantics.md §8). */
export interface HsaContributions {
  /** The IRC §223(b) limit for the coverage: self-only, or family (self-plus-one included). */
  readonly limit: Decimal;
  /** Your own contribution, up to the limit: pre-tax, not a line. */
  readonly employee: Decimal;
  /** The employer's contribution, cut so that employer + employee stay within the limit. */
  readonly employer: Decimal;
  /** What the limit took from the employer's contribution. */
  readonly employerCut: Decimal;
}

/**
 * An HSA's contributions under the limit of the plan year: your own contribution counts first
 * (up to the limit), and the employer's money is cut to what is left, so the account never holds
 * more than IRC §223(b) allows and the employer's money is what gives way.
 *
 * @example
 * ```ts
 * // family coverage in 2026 (limit 8,750): you put in 7,000, the employer 2,000 → 1,750
 * hsaContributions({ employerContribution: new Decimal(2000), employeeContribution: new Decimal(7000),
 *   coverage: 'family', startsAfterMonths: 0 }, irsLimitsFor(2026)!).employer.toString(); // "1750"
 * ```
 */
export function hsaContributions(hsa: Hsa, limits: IrsLimits): HsaContributions {
  const limit = hsa.coverage === 'self' ? limits.hsaSelfOnlyLimit : limits.hsaFamilyLimit;
  const employee = min(hsa.employeeContribution, limit);
  const employer = min(hsa.employerContribution, max(ZERO, limit.minus(employee)));
  return { limit, employee, employer, employerCut: hsa.employerContribution.minus(employer) };
}

/**
 * The `hsa` line: the employer's contribution after the limit; none when it is zero.
 *
 * @example
 * ```ts
 * hsaLines(hsa, hsaContributions(hsa, limits), limits, explain)[0]?.component; // "hsa"
 * ```
 */
export function hsaLines(hsa: Hsa, contributions: HsaContributions, limits: IrsLimits, explain: Explainer): Line[] {
  if (contributions.employer.isZero()) return [];
  const coverage = hsa.coverage === 'self' ? 'self-only' : 'family';
  return [
    line({
      component: 'hsa',
      label: 'HSA employer contribution',
      amount: contributions.employer,
      category: 'benefits',
      recurring: true,
      explanation: () =>
        `The employer puts ${explain.money(hsa.employerContribution)} a year in your health savings account` +
        (contributions.employerCut.isZero()
          ? ''
          : `, cut to ${explain.money(contributions.employer)} so that it and your own ${explain.money(contributions.employee)} stay within the ${limits.year} ${coverage} limit of ${explain.money(contributions.limit)} (IRC §223(b))`) +
        '.',
    }),
  ];
}
