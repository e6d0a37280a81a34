import { allocate } from '../decimal/allocate.js';
import type { Decimal } from '../decimal/decimal.js';
import { roundHalfUp } from '../decimal/round.js';
import type { TaxEstimate } from '../engine/tax/tax-estimate.js';
import type { TaxLine } from '../engine/tax/tax-line.js';

/** A tax line with the amount it is shown as. */
export interface ShownTaxLine {
  readonly line: TaxLine;
  /** Rounded to the minor unit; the tax lines are allocated so that they add up to `taxes`. */
  readonly amount: Decimal;
}

/** The figures of a tax estimate as they are shown, beside the shown annual total they come off. */
export interface ShownTaxes {
  /** Every line in the estimate's order, the overtime deduction (no tax) rounded on its own. */
  readonly lines: readonly ShownTaxLine[];
  /** The taxes rounded half-up to the minor unit. */
  readonly taxes: Decimal;
  /** The shown annual total less the shown taxes, so the block adds up as shown. */
  readonly afterTaxAnnual: Decimal;
  readonly takeHomePay: Decimal;
  /** Percent, to one decimal. */
  readonly effectiveRatePercent: Decimal;
  /** Percent, to one decimal. */
  readonly marginalRatePercent: Decimal;
}

/**
 * Rounds a tax estimate for display so that nothing is off by a cent (docs/semantics.md §22):
 * `taxes` is rounded half-up, the tax lines are allocated from it (largest remainder), and
 * the after-tax total is the shown annual total less the shown taxes — within a cent of the
 * exact `afterTaxAnnual` rounded on its own, and always adding up on the page. Take-home pay is
 * rounded half-up on its own; the rates to one decimal.
 *
 * @example
 * ```ts
 * const shown = shownTaxes(estimate, shownEvaluation(evaluation).totals.annual, 2);
 * shown.afterTaxAnnual.toFixed(2); // "50390.00" for the $60,000 Texas salary of 2026
 * ```
 */
export function shownTaxes(estimate: TaxEstimate, shownAnnual: Decimal, digits: number): ShownTaxes {
  const taxes = roundHalfUp(estimate.taxes, digits);
  const taxLines = estimate.lines.filter((entry) => entry.tax);
  const allocated = allocate(taxes, taxLines.map((entry) => entry.amount), digits);
  const shown = new Map<TaxLine, Decimal>(taxLines.map((entry, index) => [entry, allocated[index] as Decimal]));
  return {
    lines: estimate.lines.map((entry) => ({ line: entry, amount: shown.get(entry) ?? roundHalfUp(entry.amount, digits) })),
    taxes,
    afterTaxAnnual: shownAnnual.minus(taxes),
    takeHomePay: roundHalfUp(estimate.takeHomePay, digits),
    effectiveRatePercent: roundHalfUp(estimate.effectiveRatePercent, 1),
    marginalRatePercent: roundHalfUp(estimate.marginalRatePercent, 1),
  };
}
