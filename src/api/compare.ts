import * as z from 'zod/mini';
import { regionalPriceParity } from '../data/regional-price-parities.js';
import type { Decimal } from '../decimal/decimal.js';
import { type ComparisonMetric, type ComparisonSettings, type Measure, type OfferComparison, rankOffers } from '../engine/comparison.js';
import { type Metric, METRICS } from '../engine/metrics.js';
import { safeParseOffer } from '../offer/parse.js';
import { regionCode } from '../offer/schema.js';
import type { Offer, OfferInput } from '../offer/types.js';
import { validate } from '../offer/validate.js';
import { ISSUES_MAX, OfferValidationError, type ValidationIssue } from '../offer/validation-error.js';
import { deepFreeze } from '../util/freeze.js';
import { once } from '../util/once.js';
import { resolveOptions } from './evaluation-options.js';
import { resolveProjectionOptions } from './project.js';

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

const comparisonOptionsSchema = z.strictObject({
  metric: z._default(z.enum(METRICS as [Metric, ...Metric[]]), 'annual'),
  reference: z.optional(
    z.union([z.strictObject({ costIndex: z.number().check(z.gte(1), z.lte(1000)) }), z.strictObject({ region: regionCode })]),
  ),
  years: z._default(z.int().check(z.gte(1), z.lte(50)), 5),
  discountRatePercent: z.optional(z.union([z.number(), z.string()])),
  planYear: z.optional(z.number()),
  closePercent: z._default(z.number().check(z.gte(0), z.lte(100)), 2),
});

function referenceIndexOf(reference: Reference | undefined): number {
  if (reference === undefined) return 100;
  if ('costIndex' in reference) return reference.costIndex;
  // The schema accepted only regions with a parity.
  return (regionalPriceParity(reference.region) as Decimal).toNumber();
}

function parseComparisonOptions(options: ComparisonOptions): ComparisonSettings {
  const { metric, years, closePercent, reference, planYear, discountRatePercent } = validate(
    comparisonOptionsSchema,
    options,
    'options',
    'options',
  );
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

function resolveComparisonOptions(options: ComparisonOptions | undefined): ComparisonSettings {
  return options === undefined ? defaultComparisonOptions() : parseComparisonOptions(options);
}

function fail(issues: ValidationIssue[], issueCount = issues.length): never {
  throw new OfferValidationError(issues, 'offers', issueCount);
}

/** Parses every offer, naming problems by `offers[i]`; gives defaulted ids that collide a suffix. */
function parseOffers(inputs: unknown): Offer[] {
  if (!Array.isArray(inputs)) fail([{ path: 'offers', message: 'must be a list of offers' }]);
  const list: unknown[] = inputs;
  if (list.length === 0) fail([{ path: 'offers', message: 'must list at least one offer' }]);
  if (list.length > OFFERS_MAX) fail([{ path: 'offers', message: `must list at most ${OFFERS_MAX} offers` }]);
  const issues: ValidationIssue[] = [];
  const parsed: Offer[] = [];
  let issueCount = 0;
  list.forEach((input, index) => {
    const result = safeParseOffer(input, `offers[${index}]`);
    if (result.success) {
      parsed.push(result.data);
      return;
    }
    // The first ISSUES_MAX issues are kept, the rest counted (an offer has up to ISSUES_MAX of its own).
    issueCount += result.error.issueCount;
    for (const issue of result.error.issues.slice(0, ISSUES_MAX - issues.length)) issues.push(issue);
  });
  if (issueCount > 0) fail(issues, issueCount);

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

function checkComparable(offers: readonly Offer[], metric: ComparisonMetric): void {
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
 * Ranks offers on a metric (docs/semantics.md §16): descending, ties keeping input order. For each offer: its
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
export function compareOffers(offers: readonly (OfferInput | Offer)[], options?: ComparisonOptions): OfferComparison {
  const settings = resolveComparisonOptions(options);
  const parsed = parseOffers(offers);
  checkComparable(parsed, settings.metric);
  return rankOffers(parsed, settings);
}

/**
 * {@link compareOffers} ranked on a measure the evaluation does not hold itself — `afterTax`,
 * for `total-comp/tax` — after a check of the parsed offers of the measure's own (US taxes need
 * amounts in dollars). The comparison options take no `metric`.
 *
 * @example
 * ```ts
 * compareOffersOn(offers, {}, (context, base, evaluation) => evaluation.totals.annual, () => []).metric; // "afterTax"
 * ```
 */
export function compareOffersOn(
  offers: unknown,
  options: Omit<ComparisonOptions, 'metric'> | undefined,
  measure: Measure,
  check: (offers: readonly Offer[]) => ValidationIssue[],
): OfferComparison {
  const settings: ComparisonSettings = { ...resolveComparisonOptions(options), metric: 'afterTax', measure };
  const parsed = parseOffers(offers);
  checkComparable(parsed, settings.metric);
  const issues = check(parsed);
  if (issues.length > 0) fail(issues);
  return rankOffers(parsed, settings);
}
