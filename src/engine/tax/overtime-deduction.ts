import { type Decimal, Decimal as DecimalOf, ZERO, max, min } from '../../decimal/decimal.js';
import type { OvertimeDeductionRules } from '../../data/tax/federal-tax.js';
import type { FilingStatus } from '../../data/tax/types.js';

/** The IRC §225 deduction of a return, step by step. */
export interface OvertimeDeduction {
  /** The qualified overtime compensation: the FLSA-required premium. */
  readonly premium: Decimal;
  /** `min(premium, max)`: $12,500, $25,000 joint. */
  readonly capped: Decimal;
  /** `$100 × ⌊(MAGI − start) / $1,000⌋`, for MAGI over the start. */
  readonly reduction: Decimal;
  /** `max(0, capped − reduction)`: what reduces taxable income. */
  readonly amount: Decimal;
}

/**
 * The deduction for qualified overtime compensation (IRC §225, tax years 2025–2028;
 * docs/semantics.md §22): the FLSA premium, at most $12,500 ($25,000 joint), less $100 for each
 * whole $1,000 of modified AGI over $150,000 ($300,000 joint) — a partial $1,000 is dropped
 * (Schedule 1-A (Form 1040) 2025, line 19). Zero in a year without the deduction.
 *
 * @example
 * ```ts
 * // premium 14,000, single, MAGI 165,500: min(14,000, 12,500) − 100 × ⌊15,500 / 1,000⌋ = 12,500 − 1,500 = 11,000
 * overtimeDeduction(rules, 'single', new Decimal(14000), new Decimal(165500)).amount.toString(); // "11000"
 * ```
 */
export function overtimeDeduction(rules: OvertimeDeductionRules | null, status: FilingStatus, premium: Decimal, modifiedAgi: Decimal): OvertimeDeduction {
  if (rules === null || premium.isZero()) return { premium, capped: ZERO, reduction: ZERO, amount: ZERO };
  const capped = min(premium, new DecimalOf(rules.max[status]));
  const thousands = max(ZERO, modifiedAgi.minus(rules.phaseOutStart[status])).div(1000).floor();
  const reduction = thousands.times(rules.reductionPer1000);
  return { premium, capped, reduction, amount: max(ZERO, capped.minus(reduction)) };
}
