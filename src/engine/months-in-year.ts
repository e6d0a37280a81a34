/**
 * How many of a period's first `months` fall in a year of the offer (year 1 holds months 1–12):
 * `min(months, 12 × year) − min(months, 12 × (year − 1))`.
 *
 * @example
 * ```ts
 * monthsInYear(18, 1); // 12
 * monthsInYear(18, 2); // 6
 * monthsInYear(18, 3); // 0
 * ```
 */
export function monthsInYear(months: number, year: number): number {
  return Math.min(months, 12 * year) - Math.min(months, 12 * (year - 1));
}
