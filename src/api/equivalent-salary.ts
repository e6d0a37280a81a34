import * as z from 'zod/mini';
import { Decimal } from '../decimal/decimal.js';
import { regionalPriceParity } from '../data/regional-price-parities.js';
import { money } from '../offer/numbers.js';
import { regionCode } from '../offer/schema.js';
import { validate } from '../offer/validate.js';
import { atReferencePrices } from '../engine/purchasing-power.js';
import type { OfferValidationError } from '../offer/validation-error.js';

/** An area: a US state or DC by ISO 3166-2 code (its BEA parity), or a price index (US = 100). */
export type Area = string | { readonly costIndex: number };

const area = z.union([regionCode, z.strictObject({ costIndex: z.number().check(z.gte(1), z.lte(1000)) })]);
const requestSchema = z.strictObject({ amount: money(), from: area, to: area });

function indexOf(place: string | { costIndex: number }): Decimal {
  return typeof place === 'string' ? (regionalPriceParity(place) as Decimal) : new Decimal(place.costIndex);
}

/**
 * What pay in one area buys the same as in another: `amount × RPP_to / RPP_from`, with the BEA
 * regional price parities (2024) of US states and DC, or explicit price indexes. It changes no
 * pay; it only says what the same purchasing power costs elsewhere. BEA warns that parities are
 * not comparable across years: compare areas within one vintage only. Throws an
 * {@link OfferValidationError} for an unknown area or a bad amount.
 *
 * @example
 * ```ts
 * import { equivalentSalary } from 'total-comp/market';
 * // 60,000 × 108.805 / 87.843 = 74,317.817…
 * equivalentSalary(60000, { from: 'US-OK', to: 'US-NJ' }).toFixed(2); // "74317.82"
 * ```
 */
export function equivalentSalary(amount: number | string, areas: { readonly from: Area; readonly to: Area }): Decimal {
  const request = validate(requestSchema, { amount, ...areas }, 'arguments');
  return atReferencePrices(request.amount, indexOf(request.from), indexOf(request.to));
}
