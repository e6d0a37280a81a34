import type { ComparisonMetric, OfferComparison } from '../engine/comparison.js';
import type { Decimal } from '../decimal/decimal.js';
import { minorUnitDigits } from '../decimal/minor-unit.js';
import type { TaxEstimate } from '../engine/tax/tax-estimate.js';
import { type EvaluationJson, evaluationToJSON } from './evaluation-json.js';
import { type TaxesJson, taxesToJSON } from './taxes-json.js';

/** Per-category differences from the best offer as JSON: this offer's total minus the best's, minor-unit strings. */
export interface CategoryDeltasJson {
  /** Guaranteed + variable cash. */
  readonly cash: string;
  readonly benefits: string;
  /** Costs: positive when this offer costs more than the best. */
  readonly costs: string;
}

/** One year of a horizon comparison's projection as JSON (docs/semantics.md §17): minor-unit strings. */
export interface ProjectionYearJson {
  readonly year: number;
  readonly base: string;
  readonly total: string;
  readonly cumulative: string;
  readonly presentValue: string;
  readonly cumulativePresentValue: string;
}

/** One offer of a comparison as JSON (docs/semantics.md §18). */
export interface ComparedOfferJson extends EvaluationJson {
  readonly rank: number;
  /** The offer's value on the ranking metric, rounded to the minor unit (the horizon's cumulative total). */
  readonly value: string;
  /** This offer's metric minus the best's, rounded to the minor unit ("0.00" for the best). */
  readonly deltaToBest: string;
  /** `deltaToBest` as a percent of the best, one decimal as the table shows it; null when the best is zero. */
  readonly deltaToBestPercent: string | null;
  /** Within the comparison's `closePercent` of the best (the best itself included). */
  readonly closeToBest: boolean;
  readonly categoryDeltas: CategoryDeltasJson;
  /** Smallest annual base reaching the best offer's metric, or null when none does. */
  readonly breakEvenBase: string | null;
  /** For hourly offers, the hourly rate that pays `breakEvenBase`; null for salaries or without a break-even base. */
  readonly breakEvenRate: string | null;
  /** The projected years when the comparison ranks on `horizon`, else null. */
  readonly projection: readonly ProjectionYearJson[] | null;
  /** The offer's tax estimate, on a comparison after tax only (docs/semantics.md §22). */
  readonly taxes?: TaxesJson;
}

/** A comparison as JSON: exactly what `total-comp compare --format json` prints (docs/semantics.md §18). */
export interface ComparisonJson {
  readonly currency: string;
  readonly metric: ComparisonMetric;
  /** Years of the projection (the horizon metric's; 5 unless given). */
  readonly years: number;
  readonly planYear: number;
  /** How close to the best an offer is a close call, in percent (docs/semantics.md §16). */
  readonly closePercent: string;
  /** The reference price index of `totals.adjusted` (100: the US average). */
  readonly referenceIndex: string;
  /** True when an offer other than the best is within `closePercent` of it. */
  readonly closeCall: boolean;
  readonly ranking: readonly string[];
  readonly offers: readonly ComparedOfferJson[];
}

/**
 * A comparison as the plain JSON of docs/semantics.md §18: offers in input order, each the JSON of its
 * evaluation plus its rank, its value on the metric, its difference from the best (amount,
 * percent, per category), whether it is a close call, the base (and hourly rate) that would
 * match the best, and — ranked on `horizon` — its projected years. Everything the table shows is
 * here, and after tax each offer's `taxes`. Only strings, numbers of counts, booleans and `null`: it
 * survives `structuredClone`.
 *
 * @example
 * ```ts
 * comparisonToJSON(compareOffers(offers)).ranking; // ["mercy-ccs", "remote-cpc"]
 * ```
 */
export function comparisonToJSON(comparison: OfferComparison): ComparisonJson {
  const digits = minorUnitDigits(comparison.currency);
  // The library's decimals round half-up in toFixed (src/decimal/decimal.ts).
  const money = (value: Decimal) => value.toFixed(digits);
  const { taxes } = comparison;
  return {
    currency: comparison.currency,
    metric: comparison.metric,
    years: comparison.years,
    planYear: comparison.planYear,
    closePercent: comparison.closePercent.toString(),
    referenceIndex: comparison.referenceIndex.toString(),
    closeCall: comparison.closeCall,
    ranking: [...comparison.ranking],
    offers: comparison.offers.map((offer, index) => ({
      ...evaluationToJSON(offer.evaluation),
      rank: offer.rank,
      value: money(offer.value),
      deltaToBest: money(offer.deltaToBest.amount),
      // One decimal, as the table writes the percent.
      deltaToBestPercent: offer.deltaToBest.percent?.toFixed(1) ?? null,
      closeToBest: offer.closeToBest,
      categoryDeltas: {
        cash: money(offer.categoryDeltas.cash),
        benefits: money(offer.categoryDeltas.benefits),
        costs: money(offer.categoryDeltas.costs),
      },
      breakEvenBase: offer.breakEvenBase?.toFixed(digits) ?? null,
      breakEvenRate: offer.breakEvenRate?.toFixed(digits) ?? null,
      projection:
        comparison.metric === 'horizon'
          ? offer.projection.map((year) => ({
              year: year.year,
              base: money(year.base),
              total: money(year.total),
              cumulative: money(year.cumulative),
              presentValue: money(year.presentValue),
              cumulativePresentValue: money(year.cumulativePresentValue),
            }))
          : null,
      ...(taxes === undefined ? {} : { taxes: taxesToJSON(taxes[index] as TaxEstimate, offer.evaluation) }),
    })),
  };
}
