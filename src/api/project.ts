import * as z from 'zod/mini';
import { Decimal, HUNDRED, fraction } from '../decimal/decimal.js';
import { annualBase } from '../engine/base-pay.js';
import { evaluationContext } from '../engine/context.js';
import { createExplainer } from '../engine/explain.js';
import { type OfferProjection, type ProjectionYear, projectContext, type ResolvedProjectionOptions } from '../engine/projection.js';
import { parseOffer } from '../offer/parse.js';
import type { Offer, OfferInput } from '../offer/types.js';
import { validate } from '../offer/validate.js';
import { deepFreeze } from '../util/freeze.js';
import { type EvaluationOptions, resolveOptions } from './evaluation-options.js';

/** Options of {@link projectOffer}. */
export interface ProjectionOptions extends EvaluationOptions {
  /** Years to project, 1–50; default 5. */
  readonly years?: number;
  /** Discount rate for present values, in percent a year (0–100); default 0. */
  readonly discountRatePercent?: number | string;
  /** Whole years you expect to stay (1–50). The projection ends then, forfeiting unvested employer money. */
  readonly expectedTenureYears?: number;
}

const projectionOptionsSchema = z.strictObject({
  years: z._default(z.int().check(z.gte(1), z.lte(50)), 5),
  discountRatePercent: z._default(
    z
      .union([z.number(), z.string().check(z.regex(/^\d{1,3}(\.\d{1,6})?$/, { error: 'must be a decimal string such as "3.5"' }))])
      .check(z.refine((value) => Number(value) >= 0 && Number(value) <= 100, { error: 'must be between 0 and 100' })),
    0,
  ),
  expectedTenureYears: z.optional(z.int().check(z.gte(1), z.lte(50))),
});

/**
 * Validates projection options, or throws an {@link OfferValidationError} with paths under `options`.
 *
 * @example
 * ```ts
 * resolveProjectionOptions({ years: 10 }).years; // 10
 * ```
 */
export function resolveProjectionOptions(
  options: Pick<ProjectionOptions, 'years' | 'discountRatePercent' | 'expectedTenureYears'> | undefined,
): ResolvedProjectionOptions {
  const { years, discountRatePercent, expectedTenureYears } = validate(projectionOptionsSchema, options ?? {}, 'options', 'options');
  return Object.freeze({
    years,
    discountRate: fraction(new Decimal(discountRatePercent)),
    expectedTenureYears: expectedTenureYears ?? null,
  });
}

/**
 * An offer over several years (docs/semantics.md §17): a row per year with its lines, total, cumulative total
 * and present value. Raises compound from year 2; growth steps apply from their year on;
 * percent-of-base items follow the base while fixed amounts stay; one-time bonuses fall in
 * year 1. With `expectedTenureYears` the projection ends in that year, where employer retirement
 * money not yet vested is forfeited as a negative line. Year `y` is discounted by `(1 + r)^y`.
 *
 * @example
 * ```ts
 * const projection = projectOffer(
 *   { label: 'Coder', pay: { type: 'salary', amount: 50000 }, growth: { annualRaisePercent: 3 } },
 *   { years: 3 },
 * );
 * projection.years.map((row) => row.total.toString()); // ["50000", "51500", "53045"]
 * ```
 */
export function projectOffer(input: OfferInput | Offer, options?: ProjectionOptions): OfferProjection {
  const { years, discountRatePercent, expectedTenureYears, ...evaluationOptions } = options ?? {};
  const resolved = resolveOptions(evaluationOptions);
  const projection = resolveProjectionOptions({
    ...(years === undefined ? {} : { years }),
    ...(discountRatePercent === undefined ? {} : { discountRatePercent }),
    ...(expectedTenureYears === undefined ? {} : { expectedTenureYears }),
  });
  const offer = parseOffer(input);
  const context = evaluationContext(offer, resolved);
  const rows = projectContext(context, annualBase(offer), projection, createExplainer(offer.currency));
  // years ≥ 1 and tenure ≥ 1: there is always a last row.
  const last = rows[rows.length - 1] as ProjectionYear;
  return deepFreeze({
    id: offer.id,
    label: offer.label,
    currency: offer.currency,
    discountRatePercent: projection.discountRate.times(HUNDRED),
    expectedTenureYears: projection.expectedTenureYears,
    years: rows,
    total: last.cumulative,
    presentValue: last.cumulativePresentValue,
  });
}
