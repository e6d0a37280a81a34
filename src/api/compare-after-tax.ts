import type { Decimal } from '../decimal/decimal.js';
import type { OfferComparison } from '../engine/comparison.js';
import type { OfferEvaluation } from '../engine/evaluation.js';
import { estimateTaxesOf, type TaxEstimate } from '../engine/tax/tax-estimate.js';
import type { Offer, OfferInput } from '../offer/types.js';
import { OfferValidationError, type ValidationIssue } from '../offer/validation-error.js';
import { deepFreeze } from '../util/freeze.js';
import { compareOffersOn, type ComparisonOptions } from './compare.js';
import { resolveTaxSettings, TAX_OPTION_KEYS, taxIssues, type TaxOptions, taxOptionsFor, type TaxSettings } from './tax-options.js';

/** Options of {@link compareOffersAfterTax}: a comparison's (but its metric) and the taxes'. */
export type AfterTaxComparisonOptions = Omit<ComparisonOptions, 'metric'> & TaxOptions;

/** A comparison ranked on `afterTax`, with each offer's tax estimate (in the order of `offers`). */
export interface AfterTaxComparison extends OfferComparison {
  readonly metric: 'afterTax';
  readonly taxes: readonly TaxEstimate[];
}

/**
 * Ranks offers on what they leave after tax (docs/semantics.md §16, §22): `afterTax = annual −
 * taxes`, where the taxes are what each offer's wages add to the household in its own state
 * (or the `state` given). Employer benefits are untaxed, so they stay whole; a dollar of wages
 * counts for less than a dollar of employer-paid premium. The break-even base of each offer is
 * the base at which its after-tax total reaches the best's, taxes recomputed at every step.
 *
 * @example
 * ```ts
 * const comparison = compareOffersAfterTax(
 *   [
 *     { id: 'oregon', label: 'On site, Portland', pay: { type: 'salary', amount: 63000 }, location: { region: 'US-OR' } },
 *     { id: 'texas', label: 'Remote, Austin', pay: { type: 'salary', amount: 61000 }, location: { region: 'US-TX' } },
 *   ],
 *   { filingStatus: 'single', taxYear: 2026 },
 * );
 * comparison.ranking; // ["texas", "oregon"]: more in the pocket in Texas
 * ```
 */
export function compareOffersAfterTax(offers: readonly (OfferInput | Offer)[], options: AfterTaxComparisonOptions): AfterTaxComparison {
  const taxOptions: Record<string, unknown> = {};
  const comparisonOptions: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(options ?? {})) {
    ((TAX_OPTION_KEYS as readonly string[]).includes(key) ? taxOptions : comparisonOptions)[key] = value;
  }
  const settings = resolveTaxSettings(taxOptions as unknown as TaxOptions);
  // It ranks on afterTax: another metric is a mistake, not a choice.
  const { metric, ...rankOptions } = comparisonOptions;
  if (metric !== undefined && metric !== 'afterTax') {
    throw new OfferValidationError([{ path: 'options.metric', message: `must be "afterTax" or left out: compareOffersAfterTax ranks on the total after tax, got ${JSON.stringify(metric)}` }], 'options');
  }
  // Each evaluation (made at one base) is estimated once: the ranking's serves the result too.
  const estimates = new WeakMap<OfferEvaluation, TaxEstimate>();
  const estimate = (evaluation: OfferEvaluation, base?: Decimal) => {
    let made = estimates.get(evaluation);
    if (made === undefined) {
      made = estimateTaxesOf(evaluation, taxOptionsFor(settings, evaluation.offer), base);
      estimates.set(evaluation, made);
    }
    return made;
  };
  const comparison = compareOffersOn(
    offers,
    rankOptions,
    (_context, base, evaluation) => evaluation.totals.annual.minus(estimate(evaluation, base).taxes),
    (parsed) => [...parsed.flatMap((offer, index) => taxIssues(offer, `offers[${index}]`)), ...localityIssues(settings, parsed)],
  );
  return deepFreeze({ ...comparison, metric: 'afterTax', taxes: comparison.offers.map((offer) => estimate(offer.evaluation)) });
}

/** A locality applies to the offers in its state: one that no offer is in is a mistake, never silently ignored. */
function localityIssues(settings: TaxSettings, offers: readonly Offer[]): ValidationIssue[] {
  const { locality } = settings;
  if (locality === null || offers.some((offer) => taxOptionsFor(settings, offer).locality !== null)) return [];
  const states = [...new Set(offers.map((offer) => taxOptionsFor(settings, offer).state?.code ?? 'none'))].join(', ');
  return [{ path: 'options.locality', message: `is in ${locality.state}, but no offer is taxed there (their states: ${states})` }];
}
