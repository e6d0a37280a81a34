export { Decimal } from './decimal/decimal.js';
export type * from './offer/types.js';
export { offerSchema } from './offer/schema.js';
export { isParsedOffer, parseOffer, safeParseOffer, type SafeParseOfferResult } from './offer/parse.js';
export { OfferValidationError, type ValidationIssue } from './offer/validation-error.js';
export {
  evaluateOffer,
  type EvaluationHours,
  type EvaluationOptions,
  type OfferEvaluation,
  type Totals,
} from './engine/evaluation.js';
export type { Line, LineCategory, LineComponent } from './engine/line.js';
export type { PaidTimeOff } from './engine/paid-time-off.js';
export { DEFAULT_PLAN_YEAR, IRS_LIMITS, irsLimitsFor, type IrsLimits } from './data/irs-limits.js';
export {
  REGION_CODES,
  REGIONAL_PRICE_PARITIES_SOURCE,
  regionalPriceParity,
} from './data/regional-price-parities.js';
export { toJSON, type EvaluationJson, type LineJson, type TotalsJson } from './present/evaluation-json.js';
export { shownEvaluation, type ShownEvaluation, type ShownLine } from './present/shown-evaluation.js';
export {
  compareOffers,
  OFFERS_MAX,
  type CategoryDeltas,
  type ComparedOffer,
  type ComparisonOptions,
  type DeltaToBest,
  type OfferComparison,
  type Reference,
} from './api/compare.js';
export { METRICS, type Metric } from './engine/metrics.js';
export {
  projectOffer,
  type ForfeitureLine,
  type OfferProjection,
  type ProjectionLine,
  type ProjectionOptions,
  type ProjectionYear,
} from './engine/projection.js';
export { comparisonToJSON, type ComparedOfferJson, type ComparisonJson } from './present/comparison-json.js';
export { offerJsonSchema } from './offer/json-schema.js';
