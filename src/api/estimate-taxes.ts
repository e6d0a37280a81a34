import type { OfferEvaluation } from '../engine/evaluation.js';
import { estimateTaxesOf, type TaxEstimate } from '../engine/tax/tax-estimate.js';
import { OfferValidationError } from '../offer/validation-error.js';
import { resolveTaxSettings, taxIssues, type TaxOptions, taxOptionsFor } from './tax-options.js';

/**
 * The taxes an evaluated offer's wages add to a household in one tax year (docs/semantics.md
 * §22): federal income tax (after the standard deduction and the overtime deduction of IRC
 * §225), Social Security and Medicare, the state's income tax and employee payroll programmes
 * (the offer's `location.region` unless `state` is given), and a local income tax. An estimate,
 * not tax advice: no itemised deductions, credits, AMT or self-employment. Throws an
 * {@link OfferValidationError} for invalid options, an offer not in US dollars, or a locality
 * outside the offer's state.
 *
 * @example
 * ```ts
 * import { evaluateOffer } from 'total-comp';
 * import { estimateTaxes } from 'total-comp/tax';
 *
 * const evaluation = evaluateOffer({ label: 'Remote coder', pay: { type: 'salary', amount: 60000 }, location: { region: 'US-TX' } });
 * const taxes = estimateTaxes(evaluation, { filingStatus: 'single', taxYear: 2026 });
 * taxes.taxes.toFixed(2);          // "9610.00": 5,020 federal + 3,720 Social Security + 870 Medicare
 * taxes.afterTaxAnnual.toFixed(2); // "50390.00"
 * ```
 */
export function estimateTaxes(evaluation: OfferEvaluation, options: TaxOptions): TaxEstimate {
  const settings = resolveTaxSettings(options);
  const issues = taxIssues(evaluation.offer, '');
  const resolved = taxOptionsFor(settings, evaluation.offer);
  if (settings.locality !== null && resolved.locality === null) {
    issues.push({
      path: 'options.locality',
      message: `is in ${settings.locality.state}, but the offer's state is ${resolved.state?.code ?? 'not given (location.region)'}`,
    });
  }
  if (issues.length > 0) throw new OfferValidationError(issues, 'options');
  return estimateTaxesOf(evaluation, resolved);
}
