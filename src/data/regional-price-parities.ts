import { Decimal, freezeDecimal } from '../decimal/decimal.js';

/**
 * Where the regional price parities come from, and their vintage. BEA warns that each year's
 * parities are estimated independently and are not comparable across years.
 *
 * @example
 * ```ts
 * REGIONAL_PRICE_PARITIES_SOURCE.year; // 2024
 * ```
 */
export const REGIONAL_PRICE_PARITIES_SOURCE = Object.freeze({
  publisher: 'U.S. Bureau of Economic Analysis',
  table: 'SARPP, line 1: Regional Price Parities, all items (US = 100)',
  year: 2024,
  released: '2026-02-19',
});

/** BEA all-items regional price parity by ISO 3166-2 code (50 states and DC), 2024, as written by BEA. */
const PARITIES: Readonly<Record<string, string>> = Object.freeze({
  'US-AK': '102.359',
  'US-AL': '88.823',
  'US-AR': '86.937',
  'US-AZ': '100.677',
  'US-CA': '110.720',
  'US-CO': '103.052',
  'US-CT': '103.610',
  'US-DC': '109.901',
  'US-DE': '99.808',
  'US-FL': '103.414',
  'US-GA': '96.293',
  'US-HI': '109.951',
  'US-IA': '87.762',
  'US-ID': '95.494',
  'US-IL': '99.958',
  'US-IN': '93.329',
  'US-KS': '90.068',
  'US-KY': '90.159',
  'US-LA': '88.207',
  'US-MA': '105.757',
  'US-MD': '104.959',
  'US-ME': '97.050',
  'US-MI': '96.217',
  'US-MN': '98.621',
  'US-MO': '90.817',
  'US-MS': '86.953',
  'US-MT': '94.645',
  'US-NC': '94.326',
  'US-ND': '88.959',
  'US-NE': '90.103',
  'US-NH': '104.165',
  'US-NJ': '108.805',
  'US-NM': '92.212',
  'US-NV': '99.979',
  'US-NY': '107.921',
  'US-OH': '92.774',
  'US-OK': '87.843',
  'US-OR': '103.361',
  'US-PA': '97.572',
  'US-RI': '102.280',
  'US-SC': '93.749',
  'US-SD': '88.586',
  'US-TN': '91.870',
  'US-TX': '97.057',
  'US-UT': '98.864',
  'US-VA': '101.104',
  'US-VT': '97.958',
  'US-WA': '107.013',
  'US-WI': '94.095',
  'US-WV': '89.497',
  'US-WY': '92.691',
});

/**
 * The ISO 3166-2 codes with a regional price parity, sorted.
 *
 * @example
 * ```ts
 * REGION_CODES.length; // 51
 * ```
 */
export const REGION_CODES: readonly string[] = Object.freeze(Object.keys(PARITIES).sort());

/**
 * The BEA all-items regional price parity of a US state or DC (US = 100), or `undefined` for
 * an unknown code.
 *
 * @example
 * ```ts
 * regionalPriceParity('US-NJ')?.toString(); // "108.805"
 * ```
 */
export function regionalPriceParity(region: string): Decimal | undefined {
  return Object.hasOwn(PARITY_DECIMALS, region) ? PARITY_DECIMALS[region] : undefined;
}

/** The parities as decimals, made once: every offer with a region reads one. */
const PARITY_DECIMALS: Readonly<Record<string, Decimal>> = Object.freeze(
  Object.fromEntries(Object.entries(PARITIES).map(([code, parity]) => [code, freezeDecimal(new Decimal(parity))])),
);
