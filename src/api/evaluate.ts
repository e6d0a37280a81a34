import type { OfferEvaluation } from '../engine/evaluation.js';
import { evaluateParsedOffer } from '../engine/evaluation.js';
import { parseOffer } from '../offer/parse.js';
import type { Offer, OfferInput } from '../offer/types.js';
import { type EvaluationOptions, resolveOptions } from './evaluation-options.js';

/**
 * Validates an offer and computes every line and total of docs/semantics.md, exactly. Throws an
 * {@link OfferValidationError} listing every problem when the offer or the options are invalid;
 * nothing half-computed escapes. The result is deeply frozen and the input is never changed.
 * An offer from {@link parseOffer} is evaluated without being validated again.
 *
 * @example
 * ```ts
 * const evaluation = evaluateOffer({
 *   label: 'Physician office biller',
 *   pay: { type: 'hourly', rate: 23.45 },
 *   overtime: { hoursPerWeek: 4, weeksPerYear: 47 },
 * });
 * evaluation.totals.annual.toFixed(2); // "55388.90"
 * ```
 */
export function evaluateOffer(input: OfferInput | Offer, options?: EvaluationOptions): OfferEvaluation {
  const resolved = resolveOptions(options);
  return evaluateParsedOffer(parseOffer(input), resolved);
}
