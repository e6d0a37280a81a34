import { z } from 'zod';
import { annualBase, hourlyRateForBase } from '../engine/base-pay.js';
import { breakEvenBase } from '../engine/break-even.js';
import { Decimal, HUNDRED, fraction } from '../decimal/decimal.js';
import {
  evaluateContext,
  evaluationContext,
  type OfferEvaluation,
  type ResolvedOptions,
  resolveOptions,
} from '../engine/evaluation.js';
import { deepFreeze } from '../util/freeze.js';
import { type Metric, METRICS, metricAt } from '../engine/metrics.js';
import type { Offer } from '../offer/types.js';
import { once } from '../util/once.js';
import { safeParseOffer } from '../offer/parse.js';
import {
  type ProjectionYear,
  projectContext,
  type ResolvedProjectionOptions,
  resolveProjectionOptions,
} from '../engine/projection.js';
import { regionalPriceParity } from '../data/regional-price-parities.js';
import { regionCode } from '../offer/schema.js';
import { OfferValidationError, plainWords, toValidationIssues, type ValidationIssue } from '../offer/validation-error.js';

/**
 * Most offers in one comparison: bounds keep every comparison fast.
 *
 * @example
 * ```ts
 * OFFERS_MAX; // 1000
 * ```
 */
export const OFFERS_MAX = 1000;

/** The reference area for `adjusted`: a price index, or a US state whose BEA parity is used. */
export type Reference = { readonly costIndex: number } | { readonly region: string };

/** Options of {@link compareOffers}. */
export interface ComparisonOptions {
  /** What to rank on; default `annual`. */
  readonly metric?: Metric;
  /** Reference area for `adjusted`; default a price index of 100 (the US average). */
  readonly reference?: Reference;
  /** Years of the `horizon` metric and of every projection; default 5. */
  readonly years?: number;
  /** Discount rate of the projections, percent a year; default 0. */
  readonly discountRatePercent?: number | string;
  /** Plan year of the IRS limits; default the newest in the release. */
  readonly planYear?: number;
  /** An offer within this percent of the best is a close call; default 2. */
  readonly closePercent?: number;
}

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
  /** The offer year by year over `years` (SPEC 5), computed when first read. */
  readonly projection: readonly ProjectionYear[];
}

/** The result of {@link compareOffers}. Deeply frozen. */
export interface OfferComparison {
  readonly currency: string;
  readonly metric: Metric;
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
}

const comparisonOptionsSchema = z.strictObject({
  metric: z.enum(METRICS as [Metric, ...Metric[]]).default('annual'),
  reference: z
    .union([
      z.strictObject({ costIndex: z.number().min(1).max(1000) }),
      z.strictObject({ region: regionCode }),
    ])
    .optional(),
  years: z.number().int().min(1).max(50).default(5),
  discountRatePercent: z.union([z.number(), z.string()]).optional(),
  planYear: z.number().optional(),
  closePercent: z.number().min(0).max(100).default(2),
});

function referenceIndexOf(reference: Reference | undefined): number {
  if (reference === undefined) return 100;
  if ('costIndex' in reference) return reference.costIndex;
  // The schema accepted only regions with a parity.
  return (regionalPriceParity(reference.region) as Decimal).toNumber();
}

/** Options of a comparison after validation, with what evaluation and projection need. */
interface ResolvedComparisonOptions {
  readonly metric: Metric;
  readonly years: number;
  readonly closePercent: number;
  readonly resolved: ResolvedOptions;
  readonly projection: ResolvedProjectionOptions;
}

function parseComparisonOptions(options: ComparisonOptions): ResolvedComparisonOptions {
  const parsedOptions = comparisonOptionsSchema.safeParse(options, { error: plainWords });
  if (!parsedOptions.success) fail(toValidationIssues(parsedOptions.error.issues, 'options'));
  const { metric, years, closePercent, reference, planYear, discountRatePercent } = parsedOptions.data;
  const referenceIndex = referenceIndexOf(reference);
  return Object.freeze({
    metric,
    years,
    closePercent,
    resolved: resolveOptions({ referenceIndex, ...(planYear === undefined ? {} : { planYear }) }),
    projection: resolveProjectionOptions({
      years,
      ...(discountRatePercent === undefined ? {} : { discountRatePercent }),
    }),
  });
}

/**
 * The options of a comparison that gives none, resolved once (three schema parses a call
 * otherwise), at the first such comparison rather than at import.
 */
const defaultComparisonOptions = once(() => parseComparisonOptions({}));

function resolveComparisonOptions(options: ComparisonOptions | undefined): ResolvedComparisonOptions {
  return options === undefined ? defaultComparisonOptions() : parseComparisonOptions(options);
}

function fail(issues: ValidationIssue[]): never {
  throw new OfferValidationError(issues);
}

/** Parses every offer, naming problems by `offers[i]`; gives defaulted ids that collide a suffix. */
function parseOffers(inputs: unknown): Offer[] {
  if (!Array.isArray(inputs)) fail([{ path: 'offers', message: 'must be a list of offers' }]);
  const list: unknown[] = inputs;
  if (list.length === 0) fail([{ path: 'offers', message: 'must list at least one offer' }]);
  if (list.length > OFFERS_MAX) fail([{ path: 'offers', message: `must list at most ${OFFERS_MAX} offers` }]);
  const issues: ValidationIssue[] = [];
  const parsed: Offer[] = [];
  list.forEach((input, index) => {
    const result = safeParseOffer(input, `offers[${index}]`);
    if (result.success) parsed.push(result.data);
    else issues.push(...result.error.issues);
  });
  if (issues.length > 0) fail(issues);

  const explicit = (index: number) => {
    const input: unknown = list[index];
    return typeof input === 'object' && input !== null && 'id' in input;
  };
  const firstIndexOf = new Map<string, number>();
  parsed.forEach((offer, index) => {
    if (!explicit(index)) return;
    const first = firstIndexOf.get(offer.id);
    if (first === undefined) firstIndexOf.set(offer.id, index);
    else issues.push({ path: `offers[${index}].id`, message: `duplicates the id of offers[${first}] (${JSON.stringify(offer.id)})` });
  });
  if (issues.length > 0) fail(issues);
  return parsed.map((offer, index) => {
    if (explicit(index)) return offer;
    const stem = offer.id === 'offer-1' && !/[a-z0-9]/i.test(offer.label) ? `offer-${index + 1}` : offer.id;
    let id = stem;
    for (let suffix = 2; firstIndexOf.has(id); suffix += 1) id = `${stem}-${suffix}`;
    firstIndexOf.set(id, index);
    return id === offer.id ? offer : deepFreeze({ ...offer, id });
  });
}

function checkComparable(offers: readonly Offer[], metric: Metric): void {
  const issues: ValidationIssue[] = [];
  const currency = offers[0]?.currency;
  offers.forEach((offer, index) => {
    if (offer.currency !== currency) {
      issues.push({
        path: `offers[${index}].currency`,
        message: `is "${offer.currency}" but offers[0] is "${String(currency)}": offers in one comparison must share a currency`,
      });
    }
  });
  if (metric === 'adjusted') {
    offers.forEach((offer, index) => {
      if (offer.location.costIndex === null) {
        issues.push({
          path: `offers[${index}].location`,
          message: `needs a costIndex or a region for metric "adjusted" (offer ${JSON.stringify(offer.id)})`,
        });
      }
    });
  }
  if (issues.length > 0) fail(issues);
}

/**
 * Ranks offers on a metric (SPEC 4): descending, ties keeping input order. For each offer: its
 * difference from the best (amount and percent), per-category differences (cash, benefits,
 * costs), whether it is a close call, and the smallest annual base — to the cent — at which its
 * metric reaches the best's, found exactly on everything that scales with base (percent
 * bonuses, the match under its limits, the overtime rate). Throws an
 * {@link OfferValidationError} naming `offers[i]` paths for invalid offers, duplicate ids,
 * mixed currencies, an empty list, or metric `adjusted` without a cost index.
 *
 * @example
 * ```ts
 * const comparison = compareOffers([
 *   { id: 'a', label: 'A', pay: { type: 'salary', amount: 60000 } },
 *   { id: 'b', label: 'B', pay: { type: 'salary', amount: 58000 },
 *     benefits: { other: [{ label: 'HSA seed', annualValue: 1000 }] } },
 * ]);
 * comparison.ranking;                                   // ["a", "b"]
 * comparison.offers[1]?.breakEvenBase?.toString();      // "59000"
 * ```
 */
export function compareOffers(offers: unknown, options?: ComparisonOptions): OfferComparison {
  const { metric, years, closePercent, resolved, projection } = resolveComparisonOptions(options);

  const parsed = parseOffers(offers);
  checkComparable(parsed, metric);

  const entries = parsed.map((offer) => {
    const context = evaluationContext(offer, resolved);
    const base = annualBase(offer);
    const valueAt = (candidate: Decimal) => metricAt(metric, context, candidate, projection);
    const evaluation = evaluateContext(context, base);
    // At the offer's own base the metric is the evaluation's total (test/metrics.test.ts checks they agree).
    const value = metric === 'horizon' ? valueAt(base) : evaluation.totals[metric];
    /* c8 ignore next -- checkComparable refused offers without a cost index */
    if (value === null) throw new RangeError(`no ${metric} for ${offer.id}`);
    return { offer, context, base, value, valueAt, evaluation };
  });
  // Descending on the metric; Array.prototype.sort is stable, so ties keep input order.
  const ranked = [...entries].sort((a, b) => b.value.comparedTo(a.value));
  const rankOf = new Map(ranked.map((entry, index) => [entry, index + 1]));
  // parseOffers refused an empty list.
  const best = ranked[0] as (typeof entries)[number];
  const bestTotals = best.evaluation.totals;
  const threshold = fraction(new Decimal(closePercent)).times(best.value.abs());

  const compared: ComparedOffer[] = entries.map((entry) => {
    const { offer, evaluation, value } = entry;
    const amount = value.minus(best.value);
    const totals = evaluation.totals;
    // Searched or projected when first read, then kept: ranking and deltas alone never pay for
    // a break-even search, which was half the time of a comparison.
    let breakEven: { readonly base: Decimal | null; readonly rate: Decimal | null } | undefined;
    const breakEvenFigures = () => {
      if (breakEven === undefined) {
        const base = breakEvenBase(entry.valueAt, best.value, entry.base, value);
        breakEven = { base, rate: base === null ? null : hourlyRateForBase(offer, base) };
      }
      return breakEven;
    };
    let projected: readonly ProjectionYear[] | undefined;
    // Frozen here, with its data, so that freezing the comparison never runs the getters.
    return Object.freeze({
      id: offer.id,
      label: offer.label,
      rank: rankOf.get(entry) as number,
      evaluation,
      value,
      deltaToBest: Object.freeze({ amount, percent: best.value.isZero() ? null : amount.div(best.value.abs()).times(HUNDRED) }),
      categoryDeltas: Object.freeze({
        cash: totals.guaranteedCash.plus(totals.variableCash).minus(bestTotals.guaranteedCash.plus(bestTotals.variableCash)),
        benefits: totals.benefits.minus(bestTotals.benefits),
        costs: totals.costs.minus(bestTotals.costs),
      }),
      closeToBest: amount.abs().lessThanOrEqualTo(threshold),
      get breakEvenBase() {
        return breakEvenFigures().base;
      },
      get breakEvenRate() {
        return breakEvenFigures().rate;
      },
      get projection() {
        projected ??= deepFreeze(projectContext(entry.context, entry.base, projection));
        return projected;
      },
    });
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
