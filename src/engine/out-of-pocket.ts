import { type Decimal, ZERO, fraction, max, min } from '../decimal/decimal.js';
import type { OutOfPocket } from '../offer/types.js';

/** What a health plan leaves you to pay, part by part. */
export interface OutOfPocketShare {
  /** `min(claims, deductible)`: what you pay before the plan shares the cost. */
  readonly deductible: Decimal;
  /** `max(0, claims − deductible)`: the claims above the deductible. */
  readonly beyondDeductible: Decimal;
  /** `coinsurance% × beyondDeductible`: your share of them. */
  readonly coinsurance: Decimal;
  /** `min(outOfPocketMax, deductible + coinsurance)`: what you pay in the year. */
  readonly amount: Decimal;
  /** Whether the out-of-pocket maximum cut the amount. */
  readonly capped: boolean;
}

/**
 * What a health plan leaves you to pay for the claims you expect in a year (docs/semantics.md
 * §8): the deductible (or the claims, when smaller), then your coinsurance share of the claims
 * above it, the whole capped at the out-of-pocket maximum:
 * `min(outOfPocketMax, min(claims, deductible) + coinsurance% × max(0, claims − deductible))`.
 *
 * @example
 * ```ts
 * // $6,000 of claims on a $1,500 deductible, 20 % coinsurance, $4,000 maximum:
 * // 1,500 + 0.20 × 4,500 = 2,400
 * outOfPocketShare({ deductible: new Decimal(1500), coinsurancePercent: new Decimal(20),
 *   outOfPocketMax: new Decimal(4000), expectedClaims: new Decimal(6000) }).amount.toString(); // "2400"
 * ```
 */
export function outOfPocketShare(plan: OutOfPocket): OutOfPocketShare {
  const claims = plan.expectedClaims;
  const deductible = min(claims, plan.deductible);
  const beyondDeductible = max(ZERO, claims.minus(plan.deductible));
  const coinsurance = beyondDeductible.times(fraction(plan.coinsurancePercent));
  const uncapped = deductible.plus(coinsurance);
  const amount = min(plan.outOfPocketMax, uncapped);
  return { deductible, beyondDeductible, coinsurance, amount, capped: amount.lessThan(uncapped) };
}
