import { type Decimal, Decimal as DecimalOf, ZERO, max } from '../../decimal/decimal.js';
import type { FederalTaxYear } from '../../data/tax/federal-tax.js';
import type { FilingStatus } from '../../data/tax/types.js';
import { scheduleTax } from './schedule-tax.js';

/** The federal income tax a job adds to a household, with the figures it comes from. */
export interface AddedTax {
  /** Taxable income with the job's wages. */
  readonly taxable: Decimal;
  /** Taxable income of the household's other wages alone. */
  readonly taxableWithout: Decimal;
  /** The tax on the household's income with the job. */
  readonly taxWith: Decimal;
  /** The tax on its other wages alone. */
  readonly taxWithout: Decimal;
  /** `taxWith − taxWithout`: what the job adds. */
  readonly tax: Decimal;
}

/**
 * The federal income tax a job adds (docs/semantics.md §22): the tax by the year's brackets on
 * `max(0, FW + otherWages − standard deduction − overtime deduction)` less the tax on
 * `max(0, otherWages − standard deduction)`.
 *
 * @example
 * ```ts
 * // 2026 single, FW 57,000: taxable 57,000 − 16,100 = 40,900; 1,240 + 12 % × 28,500 = 4,660
 * federalIncomeTax(federalTaxYear(2026)!, 'single', new Decimal(57000), ZERO, ZERO).tax.toString(); // "4660"
 * ```
 */
export function federalIncomeTax(year: FederalTaxYear, status: FilingStatus, federalWages: Decimal, otherWages: Decimal, overtimeDeduction: Decimal): AddedTax {
  const deduction = new DecimalOf(year.standardDeduction[status]);
  const schedule = year.brackets[status];
  const taxable = max(ZERO, federalWages.plus(otherWages).minus(deduction).minus(overtimeDeduction));
  const taxableWithout = max(ZERO, otherWages.minus(deduction));
  const taxWith = scheduleTax(schedule, taxable);
  const taxWithout = scheduleTax(schedule, taxableWithout);
  return { taxable, taxableWithout, taxWith, taxWithout, tax: taxWith.minus(taxWithout) };
}
