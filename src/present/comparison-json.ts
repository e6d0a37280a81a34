import type { OfferComparison } from '../engine/comparison.js';
import { minorUnitDigits } from '../decimal/minor-unit.js';
import { roundHalfUp } from '../decimal/round.js';
import type { TaxEstimate } from '../engine/tax/tax-estimate.js';
import { type EvaluationJson, evaluationToJSON } from './evaluation-json.js';
import { type TaxesJson, taxesToJSON } from './taxes-json.js';

/** One offer of a comparison as JSON (docs/semantics.md §18). */
export interface ComparedOfferJson extends EvaluationJson {
  readonly rank: number;
  /** This offer's metric minus the best's, rounded to the minor unit ("0.00" for the best). */
  readonly deltaToBest: string;
  /** Smallest annual base reaching the best offer's metric, or null when none does. */
  readonly breakEvenBase: string | null;
  /** The offer's tax estimate, on a comparison after tax only (docs/semantics.md §22). */
  readonly taxes?: TaxesJson;
}

/** A comparison as JSON: exactly what `total-comp compare --format json` prints (docs/semantics.md §18). */
export interface ComparisonJson {
  readonly currency: string;
  readonly metric: string;
  readonly ranking: readonly string[];
  readonly offers: readonly ComparedOfferJson[];
}

/**
 * A comparison as the plain JSON of docs/semantics.md §18: offers in input order, each the JSON of its
 * evaluation plus `rank`, `deltaToBest` and `breakEvenBase`, and after tax its `taxes`.
 *
 * @example
 * ```ts
 * comparisonToJSON(compareOffers(offers)).ranking; // ["mercy-ccs", "remote-cpc"]
 * ```
 */
export function comparisonToJSON(comparison: OfferComparison): ComparisonJson {
  const digits = minorUnitDigits(comparison.currency);
  const money = (value: Parameters<typeof roundHalfUp>[0]) => roundHalfUp(value, digits).toFixed(digits);
  const { taxes } = comparison;
  return {
    currency: comparison.currency,
    metric: comparison.metric,
    ranking: [...comparison.ranking],
    offers: comparison.offers.map((offer, index) => ({
      ...evaluationToJSON(offer.evaluation),
      rank: offer.rank,
      deltaToBest: money(offer.deltaToBest.amount),
      breakEvenBase: offer.breakEvenBase === null ? null : offer.breakEvenBase.toFixed(digits),
      ...(taxes === undefined ? {} : { taxes: taxesToJSON(taxes[index] as TaxEstimate, offer.evaluation) }),
    })),
  };
}
