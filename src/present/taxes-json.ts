import type { Decimal } from '../decimal/decimal.js';
import type { OfferEvaluation } from '../engine/evaluation.js';
import type { TaxEstimate } from '../engine/tax/tax-estimate.js';
import type { TaxComponent } from '../engine/tax/tax-line.js';
import { shownEvaluation } from './shown-evaluation.js';
import { shownTaxes } from './shown-taxes.js';

/** One line of a tax estimate as JSON: its shown amount, a string. */
export interface TaxLineJson {
  readonly component: TaxComponent;
  readonly label: string;
  readonly amount: string;
  /** `false` for the overtime deduction, which lowers taxable income and is no tax. */
  readonly tax: boolean;
  readonly explanation: string;
}

/** A tax estimate as JSON (docs/semantics.md §22): shown figures, adding up as the table's do. */
export interface TaxesJson {
  readonly taxYear: number;
  readonly filingStatus: TaxEstimate['filingStatus'];
  readonly state: string | null;
  readonly locality: string | null;
  readonly lines: readonly TaxLineJson[];
  readonly taxes: string;
  readonly afterTaxAnnual: string;
  readonly takeHomePay: string;
  readonly effectiveRatePercent: string;
  readonly marginalRatePercent: string;
}

/**
 * A tax estimate of an evaluation as plain JSON: the figures of {@link shownTaxes} beside the
 * evaluation's shown annual total, money to the minor unit and rates to one decimal, as strings.
 *
 * @example
 * ```ts
 * taxesToJSON(estimateTaxes(evaluation, { filingStatus: 'single' }), evaluation).afterTaxAnnual; // "50390.00" for the $60,000 Texas salary of 2026
 * ```
 */
export function taxesToJSON(estimate: TaxEstimate, evaluation: OfferEvaluation): TaxesJson {
  const { totals, digits } = shownEvaluation(evaluation);
  const shown = shownTaxes(estimate, totals.annual, digits);
  const money = (value: Decimal) => value.toFixed(digits);
  return {
    taxYear: estimate.taxYear,
    filingStatus: estimate.filingStatus,
    state: estimate.state,
    locality: estimate.locality,
    lines: shown.lines.map(({ line, amount }) => ({ component: line.component, label: line.label, amount: money(amount), tax: line.tax, explanation: line.explanation })),
    taxes: money(shown.taxes),
    afterTaxAnnual: money(shown.afterTaxAnnual),
    takeHomePay: money(shown.takeHomePay),
    effectiveRatePercent: shown.effectiveRatePercent.toFixed(1),
    marginalRatePercent: shown.marginalRatePercent.toFixed(1),
  };
}
