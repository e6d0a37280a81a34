import { Decimal, freezeDecimal } from '../decimal/decimal.js';

/** A wage distribution: annual wages at known percentiles, with where the figures come from. */
export interface WageDistribution {
  /** Standard Occupational Classification code, such as "29-2072". */
  readonly occupation: string;
  readonly title: string;
  /** "May 2024", … */
  readonly release: string;
  /** Annual wage at each percentile, percentiles increasing (10, 25, 50, 75, 90 for OEWS). */
  readonly percentiles: readonly { readonly percentile: number; readonly annual: Decimal }[];
  /** Mean annual wage. */
  readonly mean: Decimal;
  readonly source: string;
}

const OEWS = 'BLS Occupational Employment and Wage Statistics (OEWS), all industries, national';

function distribution(release: string, p10: number, p25: number, p50: number, p75: number, p90: number, mean: number): WageDistribution {
  return Object.freeze({
    occupation: '29-2072',
    title: 'Medical Records Specialists',
    release,
    percentiles: Object.freeze(
      [
        [10, p10],
        [25, p25],
        [50, p50],
        [75, p75],
        [90, p90],
      ].map(([percentile, annual]) => Object.freeze({ percentile: percentile as number, annual: freezeDecimal(new Decimal(annual as number)) })),
    ),
    mean: freezeDecimal(new Decimal(mean)),
    source: OEWS,
  });
}

/**
 * Built-in wage distributions (data/bls-oews-29-2072-national.csv): SOC 29-2072 Medical Records
 * Specialists, national, May 2023 and May 2024. OEWS annual wages are hourly × 2,080; they
 * include production bonuses but not overtime, shift differentials or year-end bonuses.
 *
 * @example
 * ```ts
 * WAGE_DISTRIBUTIONS.map((entry) => entry.release); // ["May 2023", "May 2024"]
 * ```
 */
export const WAGE_DISTRIBUTIONS: readonly WageDistribution[] = Object.freeze([
  distribution('May 2023', 35080, 39620, 48780, 61960, 77810, 53690),
  distribution('May 2024', 35780, 41600, 50250, 64070, 80950, 55970),
]);

/** The OEWS release of the state means: what a market position names beside them. */
export const STATE_MEANS_RELEASE = 'May 2023';

/**
 * Mean annual wage by state, SOC 29-2072, BLS OEWS May 2023 (data/bls-oews-29-2072-states-may2023.csv).
 *
 * @example
 * ```ts
 * STATE_MEAN_WAGES_MAY_2023.get('US-NJ')?.toString(); // "62900"
 * ```
 */
export const STATE_MEAN_WAGES_MAY_2023: ReadonlyMap<string, Decimal> = new Map(
  (
    'AK58900 AL42970 AR44120 AZ50130 CA64070 CO59760 CT63250 DC70900 DE51030 FL50230 GA51070 HI62920 IA49720 ' +
    'ID51160 IL54070 IN48220 KS49560 KY46840 LA50700 MA58890 MD62930 ME49270 MI49760 MN60560 MO52310 MS42440 ' +
    'MT49020 NC49400 ND52850 NE54580 NH50430 NJ62900 NM48490 NV48110 NY60510 OH51190 OK49780 OR58890 PA49680 ' +
    'RI56360 SC53300 SD52420 TN55950 TX48030 UT57260 VA54640 VT50950 WA64250 WI54370 WV44910 WY54180'
  )
    .split(' ')
    .map((entry) => [`US-${entry.slice(0, 2)}`, freezeDecimal(new Decimal(entry.slice(2)))] as const),
);
