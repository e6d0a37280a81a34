import * as z from 'zod/mini';
import { WAGE_DISTRIBUTIONS, type WageDistribution } from '../data/wage-distributions.js';
import { type MarketPosition, marketPositionIn } from '../engine/market-position.js';
import { parseOffer } from '../offer/parse.js';
import type { Offer, OfferInput } from '../offer/types.js';
import { validate } from '../offer/validate.js';
import { OfferValidationError } from '../offer/validation-error.js';

/** Options of {@link marketPosition}. */
export interface MarketPositionOptions {
  /** SOC code of a built-in distribution; default "29-2072". */
  readonly occupation?: string;
  /** Release of a built-in distribution; default the newest, "May 2024". */
  readonly release?: string;
  /** Your own distribution for any occupation: the built-in tables are defaults, not the only source. */
  readonly distribution?: WageDistribution;
}

const optionsSchema = z.strictObject({
  occupation: z._default(z.string(), '29-2072'),
  release: z.optional(z.string()),
  distribution: z.optional(z.custom<WageDistribution>((value) => typeof value === 'object' && value !== null)),
});

function findDistribution(occupation: string, release: string | undefined): WageDistribution {
  const candidates = WAGE_DISTRIBUTIONS.filter((entry) => entry.occupation === occupation);
  const found = release === undefined ? candidates[candidates.length - 1] : candidates.find((entry) => entry.release === release);
  if (found === undefined) {
    const known = WAGE_DISTRIBUTIONS.map((entry) => `${entry.occupation} ${entry.release}`).join(', ');
    throw new OfferValidationError(
      [
        {
          path: release === undefined ? 'options.occupation' : 'options.release',
          message: `has no built-in wage distribution (built in: ${known}); pass options.distribution`,
        },
      ],
      'options',
    );
  }
  return found;
}

/**
 * Where an offer's base pay falls in an occupation's wage distribution: the percentile band
 * and a percentile interpolated linearly between the known ones, by the offer's regular hourly
 * rate × 2,080 (as OEWS annualises wages), and — when the offer names a region — its difference
 * from that state's mean wage (May 2023). Built-in: BLS OEWS SOC 29-2072 Medical Records
 * Specialists, national, May 2023 and May 2024; pass `distribution` for any other occupation.
 *
 * @example
 * ```ts
 * import { marketPosition } from 'total-comp/market';
 * marketPosition({ label: 'Coder', pay: { type: 'hourly', rate: 27 } }).band; // "p50–p75"
 * ```
 */
export function marketPosition(input: OfferInput | Offer, options: MarketPositionOptions = {}): MarketPosition {
  const parsedOptions = validate(optionsSchema, options, 'options', 'options');
  const offer = parseOffer(input);
  const table = parsedOptions.distribution ?? findDistribution(parsedOptions.occupation, parsedOptions.release);
  return marketPositionIn(offer, table);
}
