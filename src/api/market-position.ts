import { z } from 'zod';
import { annualBase, regularRate } from '../engine/base-pay.js';
import { Decimal } from '../decimal/decimal.js';
import { scheduledHours } from '../offer/hours.js';
import type { Offer, OfferInput } from '../offer/types.js';
import { parseOffer } from '../offer/parse.js';
import { OfferValidationError, plainWords, toValidationIssues } from '../offer/validation-error.js';
import { STATE_MEAN_WAGES_MAY_2023, WAGE_DISTRIBUTIONS, type WageDistribution } from '../data/wage-distributions.js';

/** Full-time hours a year, as OEWS annualises hourly wages. */
const OEWS_HOURS = new Decimal(2080);

/** Where an offer's base pay sits in an occupation's wage distribution. */
export interface MarketPosition {
  readonly occupation: string;
  readonly release: string;
  readonly source: string;
  /** The offer's regular hourly rate, and that rate × 2,080 as OEWS annualises wages. */
  readonly hourly: Decimal;
  readonly annualEquivalent: Decimal;
  /** "below p10", "p10–p25", …, "p75–p90", "p90 or above". */
  readonly band: string;
  /** Interpolated percentile between the known ones; null below the lowest or above the highest. */
  readonly percentile: Decimal | null;
  /** The state's mean wage and the offer's difference from it in percent, when the offer has a region. */
  readonly stateMean: { readonly region: string; readonly mean: Decimal; readonly differencePercent: Decimal } | null;
  readonly caveat: string;
}

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
  occupation: z.string().default('29-2072'),
  release: z.string().optional(),
  distribution: z.custom<WageDistribution>((value) => typeof value === 'object' && value !== null).optional(),
});

const CAVEAT =
  'OEWS wages include production bonuses but not overtime, shift differentials or year-end bonuses; the position compares base pay only.';

function findDistribution(occupation: string, release: string | undefined): WageDistribution {
  const candidates = WAGE_DISTRIBUTIONS.filter((entry) => entry.occupation === occupation);
  const found = release === undefined ? candidates[candidates.length - 1] : candidates.find((entry) => entry.release === release);
  if (found === undefined) {
    const known = WAGE_DISTRIBUTIONS.map((entry) => `${entry.occupation} ${entry.release}`).join(', ');
    throw new OfferValidationError([
      { path: release === undefined ? 'options.occupation' : 'options.release', message: `has no built-in wage distribution (built in: ${known}); pass options.distribution` },
    ]);
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
export function marketPosition(input: OfferInput | Offer | unknown, options: MarketPositionOptions = {}): MarketPosition {
  const parsedOptions = optionsSchema.safeParse(options, { error: plainWords });
  if (!parsedOptions.success) throw new OfferValidationError(toValidationIssues(parsedOptions.error.issues, 'options'));
  const offer = parseOffer(input);
  const table = parsedOptions.data.distribution ?? findDistribution(parsedOptions.data.occupation, parsedOptions.data.release);
  const hourly = regularRate(annualBase(offer), scheduledHours(offer.pay));
  const annual = hourly.times(OEWS_HOURS);
  const points = table.percentiles;
  let band = `p${points[points.length - 1]?.percentile ?? 100} or above`;
  let percentile: Decimal | null = null;
  const first = points[0];
  if (first !== undefined && annual.lessThan(first.annual)) band = `below p${first.percentile}`;
  points.forEach((point, index) => {
    const next = points[index + 1];
    if (next === undefined || annual.lessThan(point.annual) || !annual.lessThan(next.annual)) {
      if (index === points.length - 1 && annual.equals(point.annual)) percentile = new Decimal(point.percentile);
      return;
    }
    band = `p${point.percentile}–p${next.percentile}`;
    const share = annual.minus(point.annual).div(next.annual.minus(point.annual));
    percentile = new Decimal(point.percentile).plus(share.times(next.percentile - point.percentile));
  });
  const region = offer.location.region;
  const mean = region === null ? undefined : STATE_MEAN_WAGES_MAY_2023.get(region);
  return Object.freeze({
    occupation: table.occupation,
    release: table.release,
    source: table.source,
    hourly,
    annualEquivalent: annual,
    band,
    percentile,
    stateMean:
      region === null || mean === undefined
        ? null
        : Object.freeze({ region, mean, differencePercent: annual.minus(mean).div(mean).times(100) }),
    caveat: CAVEAT,
  });
}
