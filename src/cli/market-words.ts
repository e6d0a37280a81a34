import { marketPosition } from '../api/market-position.js';
import type { Offer } from '../offer/types.js';

/** The source named above the market lines. */
export const MARKET_SOURCE = 'BLS OEWS, SOC 29-2072 Medical Records Specialists; base pay only, OEWS excludes overtime and year-end bonuses';

/**
 * Where an offer's base sits in the built-in BLS wages, in one line for the `--market` option.
 *
 * @example
 * ```ts
 * marketWords(parseOffer({ label: 'A', pay: { type: 'salary', amount: 68000 }, location: { region: 'US-NJ' } }));
 * // "base at about the 81st percentile nationally (May 2024); 8% above the US-NJ mean (May 2023)"
 * ```
 */
export function marketWords(offer: Offer): string {
  const position = marketPosition(offer);
  const where =
    position.percentile === null
      ? `base ${position.band === 'below p10' ? 'below the 10th' : 'at or above the 90th'} percentile nationally`
      : `base at about the ${ordinal(Math.round(position.percentile.toNumber()))} percentile nationally`;
  const state =
    position.stateMean === null
      ? ''
      : `; ${position.stateMean.differencePercent.abs().toFixed(0)}% ${position.stateMean.differencePercent.isNegative() ? 'below' : 'above'} the ${position.stateMean.region} mean (${position.stateMean.release})`;
  return `${where} (${position.release})${state}`;
}

function ordinal(value: number): string {
  const tens = value % 100;
  const suffix = tens >= 11 && tens <= 13 ? 'th' : ({ 1: 'st', 2: 'nd', 3: 'rd' } as Record<number, string>)[value % 10] ?? 'th';
  return `${value}${suffix}`;
}
