import { type Decimal, Decimal as DecimalOf, fraction, min } from '../../decimal/decimal.js';
import type { PayrollProgram } from '../../data/tax/types.js';

/**
 * The employee's share of a state payroll programme (disability, family leave, long-term care;
 * docs/semantics.md §22): `rate × min(SW, wage cap)`, at most the programme's published yearly
 * maximum. On FICA wages: deferrals stay in, cafeteria-plan premiums and HSA money do not.
 *
 * @example
 * ```ts
 * // California SDI 2026: 1.3 % of all wages: 1.3 % × 60,000 = 780
 * payrollProgramTax({ name: 'SDI', ratePercent: '1.3', wageCap: null, maxPerYear: null, source: '' }, new Decimal(60000)).toString(); // "780"
 * ```
 */
export function payrollProgramTax(program: PayrollProgram, ficaWages: Decimal): Decimal {
  const wages = program.wageCap === null ? ficaWages : min(ficaWages, new DecimalOf(program.wageCap));
  const tax = wages.times(fraction(new DecimalOf(program.ratePercent)));
  return program.maxPerYear === null ? tax : min(tax, new DecimalOf(program.maxPerYear));
}
