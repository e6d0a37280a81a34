import { type Decimal, Decimal as DecimalOf, ZERO, fraction, max, min } from '../../decimal/decimal.js';
import type { FederalTaxYear } from '../../data/tax/federal-tax.js';
import type { FilingStatus } from '../../data/tax/types.js';

/** The employee's Social Security and Medicare taxes on a job's wages (docs/semantics.md §22). */
export interface Fica {
  /** `6.2 % × min(SW, wage base)`; 0 for a job outside Social Security. */
  readonly socialSecurity: Decimal;
  /** `1.45 % × SW`. */
  readonly medicare: Decimal;
  /** `0.9 %` of the household's wages over the threshold, with the job less without it. */
  readonly additionalMedicare: Decimal;
}

/**
 * Social Security, Medicare and additional Medicare on a job's FICA wages `SW` (IRC §3101). The
 * wage base applies to each person, so another person's wages do not change the job's Social
 * Security; additional Medicare is owed on the household's wages together.
 *
 * @example
 * ```ts
 * // 2026, SW 200,000: 6.2 % × 184,500 = 11,439; 1.45 % × 200,000 = 2,900; nothing over 200,000
 * fica(federalTaxYear(2026)!, 'single', new Decimal(200000), ZERO, true).socialSecurity.toString(); // "11439"
 * ```
 */
export function fica(year: FederalTaxYear, status: FilingStatus, ficaWages: Decimal, otherWages: Decimal, socialSecurity: boolean): Fica {
  const threshold = new DecimalOf(year.additionalMedicare.threshold[status]);
  const over = (wages: Decimal) => max(ZERO, wages.minus(threshold));
  const additionalRate = fraction(new DecimalOf(year.additionalMedicare.ratePercent));
  return {
    socialSecurity: socialSecurity ? min(ficaWages, new DecimalOf(year.socialSecurity.wageBase)).times(fraction(new DecimalOf(year.socialSecurity.ratePercent))) : ZERO,
    medicare: ficaWages.times(fraction(new DecimalOf(year.medicareRatePercent))),
    additionalMedicare: over(ficaWages.plus(otherWages)).minus(over(otherWages)).times(additionalRate),
  };
}
