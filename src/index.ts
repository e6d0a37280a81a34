export { Decimal } from './decimal.js';
export type * from './offer.js';
export { offerSchema } from './schema.js';
export { isParsedOffer, parseOffer, safeParseOffer, type SafeParseOfferResult } from './parse.js';
export { OfferValidationError, type ValidationIssue } from './validation-error.js';
export {
  evaluateOffer,
  type EvaluationHours,
  type EvaluationOptions,
  type OfferEvaluation,
  type Totals,
} from './evaluate.js';
export type { Line, LineCategory, LineComponent } from './line.js';
export type { PaidTimeOff } from './paid-time-off.js';
export { DEFAULT_PLAN_YEAR, IRS_LIMITS, irsLimitsFor, type IrsLimits } from './irs-limits.js';
export {
  REGION_CODES,
  REGIONAL_PRICE_PARITIES_SOURCE,
  regionalPriceParity,
} from './regional-price-parities.js';
export { toJSON, type EvaluationJson, type LineJson, type TotalsJson } from './serialize.js';
export { shownEvaluation, type ShownEvaluation, type ShownLine } from './rounding.js';
export {
  compareOffers,
  OFFERS_MAX,
  type CategoryDeltas,
  type ComparedOffer,
  type ComparisonOptions,
  type DeltaToBest,
  type OfferComparison,
  type Reference,
} from './compare.js';
export { METRICS, type Metric } from './metrics.js';
export {
  projectOffer,
  type ForfeitureLine,
  type OfferProjection,
  type ProjectionLine,
  type ProjectionOptions,
  type ProjectionYear,
} from './projection.js';
export { comparisonToJSON, type ComparedOfferJson, type ComparisonJson } from './comparison-json.js';
export { offerJsonSchema } from './json-schema.js';
