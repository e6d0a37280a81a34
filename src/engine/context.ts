import type { IrsLimits } from '../data/irs-limits.js';
import type { Decimal } from '../decimal/decimal.js';
import { type Workload, workload } from '../offer/hours.js';
import type { Offer } from '../offer/types.js';

/** The settings an evaluation runs under: the IRS limits of its plan year and the reference price index. */
export interface ResolvedOptions {
  readonly limits: IrsLimits;
  readonly referenceIndex: Decimal;
}

/** What an offer's figures depend on besides its base: the offer, its hours and the options. */
export interface EvaluationContext {
  readonly offer: Offer;
  readonly hours: Workload;
  readonly limits: IrsLimits;
  readonly referenceIndex: Decimal;
}

/**
 * The context of an offer under resolved options.
 *
 * @example
 * ```ts
 * evaluationContext(parseOffer(input), resolveOptions({})).hours.scheduledHours.toString(); // "2080"
 * ```
 */
export function evaluationContext(offer: Offer, options: ResolvedOptions): EvaluationContext {
  return { offer, hours: workload(offer), limits: options.limits, referenceIndex: options.referenceIndex };
}
