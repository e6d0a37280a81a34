import type { MarketPosition } from '../engine/market-position.js';
import { roundHalfUp } from '../decimal/round.js';

/**
 * A market position as JSON (docs/semantics.md §19): amounts as strings with two decimals (the
 * hourly rate, its OEWS annual equivalent, the state mean), percents with one.
 */
export interface MarketPositionJson {
  readonly occupation: string;
  readonly release: string;
  readonly source: string;
  readonly hourly: string;
  readonly annualEquivalent: string;
  readonly band: string;
  /** Null below the lowest published percentile or above the highest. */
  readonly percentile: string | null;
  /** The state mean of the offer's region, with the OEWS release it is from. */
  readonly stateMean: { readonly region: string; readonly release: string; readonly mean: string; readonly differencePercent: string } | null;
  readonly caveat: string;
}

/**
 * A market position as plain JSON, what `total-comp compare --market --format json` adds to each
 * offer as `market`.
 *
 * @example
 * ```ts
 * import { marketPosition, marketPositionToJSON } from 'total-comp/market';
 * marketPositionToJSON(marketPosition({ label: 'Coder', pay: { type: 'hourly', rate: 27 } })).band; // "p50–p75"
 * ```
 */
export function marketPositionToJSON(position: MarketPosition): MarketPositionJson {
  const fixed = (value: MarketPosition['hourly'], digits: number) => roundHalfUp(value, digits).toFixed(digits);
  return {
    occupation: position.occupation,
    release: position.release,
    source: position.source,
    hourly: fixed(position.hourly, 2),
    annualEquivalent: fixed(position.annualEquivalent, 2),
    band: position.band,
    percentile: position.percentile === null ? null : fixed(position.percentile, 1),
    stateMean:
      position.stateMean === null
        ? null
        : {
            region: position.stateMean.region,
            release: position.stateMean.release,
            mean: fixed(position.stateMean.mean, 2),
            differencePercent: fixed(position.stateMean.differencePercent, 1),
          },
    caveat: position.caveat,
  };
}
