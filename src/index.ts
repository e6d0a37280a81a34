export { Decimal } from './decimal/public-decimal.js';
export { DEFAULT_PLAN_YEAR, IRS_LIMITS, irsLimitsFor, type IrsLimits } from './data/irs-limits.js';
export { REGION_CODES, REGIONAL_PRICE_PARITIES_SOURCE, regionalPriceParity } from './data/regional-price-parities.js';
export type * from './offer/types.js';
export { offerSchema } from './offer/schema.js';
export { offerJsonSchema } from './offer/offer-json-schema.js';
export { isParsedOffer, parseOffer, safeParseOffer, type SafeParseOfferResult } from './offer/parse.js';
export { ISSUES_MAX, OfferValidationError, type ValidationIssue } from './offer/validation-error.js';
export type { EvaluationHours, OfferEvaluation, Totals } from './engine/evaluation.js';
export type { EmployeeContributions } from './engine/employee-contributions.js';
export type { Line, LineCategory, LineComponent } from './engine/line.js';
export type { PaidTimeOff } from './engine/paid-time-off.js';
export type { Warning, WarningCode } from './engine/warnings.js';
export { METRICS, type Metric } from './engine/metrics.js';
export type { CategoryDeltas, ComparedOffer, ComparisonMetric, DeltaToBest, OfferComparison } from './engine/comparison.js';
export type { ClawbackLine, ForfeitureLine, OfferProjection, ProjectionLine, ProjectionYear } from './engine/projection.js';
export type { EvaluationOptions } from './api/evaluation-options.js';
export { evaluateOffer } from './api/evaluate.js';
export { compareOffers, OFFERS_MAX, type ComparisonOptions, type Reference } from './api/compare.js';
export { projectOffer, type ProjectionOptions } from './api/project.js';
export {
  evaluationToJSON,
  toJSON,
  type EvaluationJson,
  type LineJson,
  type PaidTimeOffJson,
  type TotalsJson,
  type WarningJson,
} from './present/evaluation-json.js';
export {
  comparisonToJSON,
  type CategoryDeltasJson,
  type ComparedOfferJson,
  type ComparisonJson,
  type ProjectionYearJson,
} from './present/comparison-json.js';
export type { TaxesJson, TaxLineJson } from './present/taxes-json.js';
export type { TaxEstimate } from './engine/tax/tax-estimate.js';
export type { TaxComponent, TaxLine } from './engine/tax/tax-line.js';
export { shownEvaluation, type ShownEvaluation, type ShownLine } from './present/shown-evaluation.js';
