import * as z from 'zod/mini';
import { DEFAULT_PLAN_YEAR, IRS_LIMITS, irsLimitsFor } from '../data/irs-limits.js';
import { Decimal, freezeDecimal } from '../decimal/decimal.js';
import type { ResolvedOptions } from '../engine/context.js';
import { validate } from '../offer/validate.js';
import { once } from '../util/once.js';

/** Options of {@link evaluateOffer}. */
export interface EvaluationOptions {
  /** Plan year of the IRS limits (docs/semantics.md §9); default {@link DEFAULT_PLAN_YEAR}. */
  readonly planYear?: number;
  /** Price index of the reference area for `adjusted` (docs/semantics.md); default 100, the US average. */
  readonly referenceIndex?: number;
}

const optionsSchema = z.strictObject({
  planYear: z._default(
    z.number().check(
      z.refine((year) => irsLimitsFor(year) !== undefined, {
        error: (issue) =>
          `must be a year of the IRS limits table (${IRS_LIMITS.map((entry) => entry.year).join(', ')}), got ${String(issue.input)}`,
      }),
    ),
    DEFAULT_PLAN_YEAR,
  ),
  referenceIndex: z._default(z.number().check(z.gte(1), z.lte(1000)), 100),
});

/**
 * Validates evaluation options, or throws an {@link OfferValidationError} with paths under
 * `options`.
 *
 * @example
 * ```ts
 * resolveOptions({ planYear: 2025 }).limits.year; // 2025
 * ```
 */
export function resolveOptions(options: EvaluationOptions | undefined): ResolvedOptions {
  return options === undefined ? defaultOptions() : parseOptions(options);
}

function parseOptions(options: EvaluationOptions): ResolvedOptions {
  const { planYear, referenceIndex } = validate(optionsSchema, options, 'options', 'options');
  const limits = irsLimitsFor(planYear);
  /* c8 ignore next -- the schema refused every year the table lacks */
  if (limits === undefined) throw new RangeError(`no IRS limits for ${planYear}`);
  return Object.freeze({ limits, referenceIndex: freezeDecimal(new Decimal(referenceIndex)) });
}

/**
 * The options of a call that gives none: resolved once, at the first such call rather than at
 * import (bench/README.md, "Hot-path rules").
 */
const defaultOptions = once(() => parseOptions({}));
