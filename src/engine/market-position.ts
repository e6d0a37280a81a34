import { Decimal } from '../decimal/decimal.js';
import { STATE_MEAN_WAGES_MAY_2023, STATE_MEANS_RELEASE, type WageDistribution } from '../data/wage-distributions.js';
import { scheduledHours } from '../offer/hours.js';
import type { Offer } from '../offer/types.js';
import { annualBase, regularRate } from './base-pay.js';

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
  /** The offer's state mean and the OEWS release it is from (`"May 2023"`). */
  readonly stateMean: { readonly region: string; readonly release: string; readonly mean: Decimal; readonly differencePercent: Decimal } | null;
  readonly caveat: string;
}

const CAVEAT =
  'OEWS wages include production bonuses but not overtime, shift differentials or year-end bonuses; the position compares base pay only.';

/**
 * Where a parsed offer's base pay falls in a wage distribution: the band, a percentile
 * interpolated linearly between the published ones (by the regular hourly rate × 2,080, as
 * OEWS annualises wages), and the difference from its state's mean wage (May 2023).
 *
 * @example
 * ```ts
 * marketPositionIn(parseOffer({ label: 'Coder', pay: { type: 'hourly', rate: 27 } }), WAGE_DISTRIBUTIONS[1]).band; // "p50–p75"
 * ```
 */
export function marketPositionIn(offer: Offer, table: WageDistribution): MarketPosition {
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
        : Object.freeze({ region, release: STATE_MEANS_RELEASE, mean, differencePercent: annual.minus(mean).div(mean).times(100) }),
    caveat: CAVEAT,
  });
}
