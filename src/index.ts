export { Decimal } from './decimal.js';
export type * from './offer.js';
export { offerSchema } from './schema.js';
export { parseOffer, safeParseOffer, type SafeParseOfferResult } from './parse.js';
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
export { shownEvaluation, type ShownEvaluation } from './rounding.js';
