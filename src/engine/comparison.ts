import { Decimal, HUNDRED, fraction } from '../decimal/decimal.js';
import { minorUnitDigits } from '../decimal/minor-unit.js';
import type { Offer } from '../offer/types.js';
import { deepFreeze } from '../util/freeze.js';
import { annualBase, hourlyRateForBase } from './base-pay.js';
import { breakEvenBase } from './break-even.js';
import { type EvaluationContext, evaluationContext, type ResolvedOptions } from './context.js';
import { evaluateContext, type OfferEvaluation } from './evaluation.js';
import { type Metric, metricAt } from './metrics.js';
import { type ProjectionYear, projectContext, type ResolvedProjectionOptions } from './projection.js';
import type { TaxEstimate } from './tax/tax-estimate.js';

/** A difference from the best offer on the ranking metric. */
export interface DeltaToBest {
  /** This offer's metric minus the best's: zero for the best, negative below it. */
  readonly amount: Decimal;
  /** `amount / |best| × 100`, or `null` when the best is zero. */
  readonly percent: Decimal | null;
}

/** Per-category differences from the best offer: this offer's total minus the best's. */
export interface CategoryDeltas {
  /** Guaranteed + variable cash. */
  readonly cash: Decimal;
  readonly benefits: Decimal;
  /** Costs (positive when this offer costs more). */
  readonly costs: Decimal;
}

/** One offer in a comparison. */
export interface ComparedOffer {
  readonly id: string;
  readonly label: string;
  /** 1 for the best; ties keep input order. */
  readonly rank: number;
  readonly evaluation: OfferEvaluation;
  /** The offer's value on the ranking metric. */
  readonly value: Decimal;
  readonly deltaToBest: DeltaToBest;
  readonly categoryDeltas: CategoryDeltas;
  /** Within `closePercent` of the best (the best itself included). */
  readonly closeToBest: boolean;
  /** Smallest annual base, to the cent, at which this offer's metric reaches the best's; searched when first read. */
  readonly breakEvenBase: Decimal | null;
  /** For hourly offers, the hourly rate (before location adjustment) that pays `breakEvenBase`, rounded up to the cent; computed when first read. */
  readonly breakEvenRate: Decimal | null;
  /** The offer year by year over `years` (docs/semantics.md §17), computed when first read. */
  readonly projection: readonly ProjectionYear[];
}

/**
 * What a comparison ranks on: a metric of the evaluation, or `afterTax` — `annual` less the taxes
 * of `total-comp/tax` (docs/semantics.md §22), which only `compareOffersAfterTax` ranks on.
 */
export type ComparisonMetric = Metric | 'afterTax';

/**
 * An offer's value at an annual base, for a ranking metric the evaluation does not hold itself
 * (`afterTax`): given the offer's context, the base and the evaluation at that base.
 */
export type Measure = (context: EvaluationContext, base: Decimal, evaluation: OfferEvaluation) => Decimal;

/** A comparison of offers: what `compareOffers` returns. Deeply frozen. */
export interface OfferComparison {
  readonly currency: string;
  readonly metric: ComparisonMetric;
  readonly years: number;
  readonly closePercent: Decimal;
  readonly referenceIndex: Decimal;
  readonly planYear: number;
  /** Offer ids, best first. */
  readonly ranking: readonly string[];
  /** Every offer, in input order. */
  readonly offers: readonly ComparedOffer[];
  /** True when another offer is within `closePercent` of the best: no clear winner. */
  readonly closeCall: boolean;
  /** Each offer's tax estimate, in the order of `offers`: only on a comparison after tax (`compareOffersAfterTax`). */
  readonly taxes?: readonly TaxEstimate[];
}

/** What a comparison ranks on and how, after validation: a metric, or `afterTax` with the measure that computes it. */
export type ComparisonSettings = {
  readonly years: number;
  readonly closePercent: number;
  readonly resolved: ResolvedOptions;
  readonly projection: ResolvedProjectionOptions;
} & ({ readonly metric: Metric; readonly measure?: undefined } | { readonly metric: 'afterTax'; readonly measure: Measure });

/** An offer's value on the settings' metric at an annual base, its evaluation there given when known. */
function valueAt(settings: ComparisonSettings, context: EvaluationContext, base: Decimal, evaluation?: OfferEvaluation): Decimal | null {
  if (settings.measure !== undefined) return settings.measure(context, base, evaluation ?? evaluateContext(context, base));
  const metric = settings.metric;
  // At the offer's own base the metric is the evaluation's total (test/metrics.test.ts checks they agree).
  if (evaluation !== undefined && metric !== 'horizon') return evaluation.totals[metric];
  return metricAt(metric, context, base, settings.projection);
}

/** One offer on its way through a ranking. */
interface Entry {
  readonly offer: Offer;
  readonly context: EvaluationContext;
  readonly base: Decimal;
  readonly value: Decimal;
  readonly evaluation: OfferEvaluation;
}

/**
 * An offer of a comparison: frozen data, and the break-even figures and the projection
 * computed when first read and then kept, by getters on the prototype over private fields (an
 * object literal with getters of its own, or closures over the offer's figures, cost far more to
 * create and kept the collector busy: bench/README.md, "Hot-path rules"). `JSON.stringify`
 * writes them all through {@link RankedOffer.toJSON}; a spread or `Object.keys` do not see them.
 */
class RankedOffer implements ComparedOffer {
  readonly id: string;
  readonly label: string;
  readonly rank: number;
  readonly evaluation: OfferEvaluation;
  readonly value: Decimal;
  readonly deltaToBest: DeltaToBest;
  readonly categoryDeltas: CategoryDeltas;
  readonly closeToBest: boolean;
  readonly #entry: Entry;
  readonly #best: Entry;
  readonly #settings: ComparisonSettings;
  #breakEven: { readonly base: Decimal | null; readonly rate: Decimal | null } | undefined;
  #projection: readonly ProjectionYear[] | undefined;

  constructor(entry: Entry, rank: number, best: Entry, amount: Decimal, closeToBest: boolean, settings: ComparisonSettings) {
    const totals = entry.evaluation.totals;
    const bestTotals = best.evaluation.totals;
    this.id = entry.offer.id;
    this.label = entry.offer.label;
    this.rank = rank;
    this.evaluation = entry.evaluation;
    this.value = entry.value;
    this.deltaToBest = Object.freeze({ amount, percent: best.value.isZero() ? null : amount.div(best.value.abs()).times(HUNDRED) });
    this.categoryDeltas = Object.freeze({
      cash: totals.guaranteedCash.plus(totals.variableCash).minus(bestTotals.guaranteedCash.plus(bestTotals.variableCash)),
      benefits: totals.benefits.minus(bestTotals.benefits),
      costs: totals.costs.minus(bestTotals.costs),
    });
    this.closeToBest = closeToBest;
    this.#entry = entry;
    this.#best = best;
    this.#settings = settings;
    Object.freeze(this);
  }

  get breakEvenBase(): Decimal | null {
    return this.#breakEvenFigures().base;
  }

  get breakEvenRate(): Decimal | null {
    return this.#breakEvenFigures().rate;
  }

  get projection(): readonly ProjectionYear[] {
    this.#projection ??= deepFreeze(projectContext(this.#entry.context, this.#entry.base, this.#settings.projection));
    return this.#projection;
  }

  /** Searched when first read, then kept: ranking and deltas alone never pay for the search. */
  #breakEvenFigures(): { readonly base: Decimal | null; readonly rate: Decimal | null } {
    if (this.#breakEven === undefined) {
      const { offer, context, base, value } = this.#entry;
      const digits = minorUnitDigits(offer.currency);
      const found = breakEvenBase((candidate) => valueAt(this.#settings, context, candidate), this.#best.value, base, digits, value);
      this.#breakEven = Object.freeze({ base: found, rate: found === null ? null : hourlyRateForBase(offer, found, digits) });
    }
    return this.#breakEven;
  }

  /** `JSON.stringify` writes every field, the break-even figures and the projection included. */
  toJSON(): Record<keyof ComparedOffer, unknown> {
    return {
      id: this.id,
      label: this.label,
      rank: this.rank,
      evaluation: this.evaluation,
      value: this.value,
      deltaToBest: this.deltaToBest,
      categoryDeltas: this.categoryDeltas,
      closeToBest: this.closeToBest,
      breakEvenBase: this.breakEvenBase,
      breakEvenRate: this.breakEvenRate,
      projection: this.projection,
    };
  }
}

/**
 * Ranks parsed offers that share a currency on a metric: descending, ties keeping input order.
 * For each offer: its difference from the best (amount and percent), per-category differences
 * (cash, benefits, costs), whether it is a close call, and — when first read — the smallest
 * annual base at which its metric reaches the best's, and its projection.
 *
 * @example
 * ```ts
 * rankOffers([parseOffer(a), parseOffer(b)], settings).ranking; // ["a", "b"]
 * ```
 */
export function rankOffers(parsed: readonly Offer[], settings: ComparisonSettings): OfferComparison {
  const { metric, years, closePercent, resolved } = settings;
  const entries = parsed.map((offer): Entry => {
    const context = evaluationContext(offer, resolved);
    const base = annualBase(offer);
    const evaluation = evaluateContext(context, base);
    const value = valueAt(settings, context, base, evaluation);
    /* c8 ignore next -- checkComparable refused offers without a cost index */
    if (value === null) throw new RangeError(`no ${metric} for ${offer.id}`);
    return { offer, context, base, value, evaluation };
  });
  // Descending on the metric; Array.prototype.sort is stable, so ties keep input order.
  const ranked = [...entries].sort((a, b) => b.value.comparedTo(a.value));
  const rankOf = new Map(ranked.map((entry, index) => [entry, index + 1]));
  // parseOffers refused an empty list.
  const best = ranked[0] as Entry;
  const threshold = fraction(new Decimal(closePercent)).times(best.value.abs());

  const compared: ComparedOffer[] = entries.map((entry) => {
    const amount = entry.value.minus(best.value);
    return new RankedOffer(entry, rankOf.get(entry) as number, best, amount, amount.abs().lessThanOrEqualTo(threshold), settings);
  });
  return deepFreeze({
    currency: best.offer.currency,
    metric,
    years,
    closePercent: new Decimal(closePercent),
    referenceIndex: resolved.referenceIndex,
    planYear: resolved.limits.year,
    ranking: ranked.map((entry) => entry.offer.id),
    offers: compared,
    closeCall: compared.some((offer) => offer.rank !== 1 && offer.closeToBest),
  });
}
