import { type Decimal, Decimal as DecimalOf, ZERO, max } from '../../decimal/decimal.js';
import type { FederalTaxYear } from '../../data/tax/federal-tax.js';
import type { FilingStatus, StateTaxRules, StateTaxYear } from '../../data/tax/types.js';
import type { AddedTax } from './federal-income-tax.js';
import { scheduleTax } from './schedule-tax.js';

/** A state's income tax on a job, with the year whose figures it used. */
export interface StateIncomeTax extends AddedTax {
  readonly year: StateTaxYear;
}

/** A household's state taxable income and tax on an income that starts from its wages. */
function stateTax(rules: StateTaxRules, year: StateTaxYear, federal: FederalTaxYear, status: FilingStatus, wages: Decimal): { taxable: Decimal; tax: Decimal } {
  // Federal taxable income as the starting point: the federal standard deduction comes off first
  // (never the overtime deduction of IRC §225, which states add back or never adopted).
  let income = rules.startingPoint === 'federal-taxable-income' ? wages.minus(federal.standardDeduction[status]) : wages;
  const standard = year.standardDeduction;
  if (standard !== null) income = income.minus(standard === 'federal' ? federal.standardDeduction[status] : standard[status]);
  const exemption = year.personalExemption;
  if (exemption?.kind === 'deduction') income = income.minus(exemption.amounts[status]);
  const taxable = max(ZERO, income);
  const credit = exemption?.kind === 'credit' ? new DecimalOf(exemption.amounts[status]) : ZERO;
  return { taxable, tax: max(ZERO, scheduleTax(year.brackets[status], taxable).minus(credit)) };
}

/**
 * The income tax a job adds in a state (docs/semantics.md §22): the state's tax on the household's
 * wages with the job less on its other wages alone. Wages start from federal AGI (or federal
 * taxable income, or the state's own wages) with the pre-tax items the state taxes added back;
 * the state's standard deduction (the federal one of the year where the state's statute says so)
 * and a personal exemption taken as a deduction come off; the
 * year's brackets apply; an exemption taken as a credit comes off the tax, never below 0.
 *
 * @example
 * ```ts
 * stateIncomeTax(stateTaxRules('US-OR')!, year, federalTaxYear(2025)!, 'single', new Decimal(60000), ZERO).tax.toString();
 * ```
 */
export function stateIncomeTax(
  rules: StateTaxRules,
  year: StateTaxYear,
  federal: FederalTaxYear,
  status: FilingStatus,
  stateWages: Decimal,
  otherWages: Decimal,
): StateIncomeTax {
  const withJob = stateTax(rules, year, federal, status, stateWages.plus(otherWages));
  const without = stateTax(rules, year, federal, status, otherWages);
  return {
    year,
    taxable: withJob.taxable,
    taxableWithout: without.taxable,
    taxWith: withJob.tax,
    taxWithout: without.tax,
    tax: withJob.tax.minus(without.tax),
  };
}
