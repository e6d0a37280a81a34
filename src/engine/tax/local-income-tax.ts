import { type Decimal, Decimal as DecimalOf, fraction, sum } from '../../decimal/decimal.js';
import type { FilingStatus, LocalTax } from '../../data/tax/types.js';
import { scheduleTax } from './schedule-tax.js';
import { tableYear } from './table-year.js';

/** What a local tax is levied on: the state's figures with and without the job, and the job's wages. */
export interface LocalTaxBase {
  readonly stateTaxable: Decimal;
  readonly stateTaxableWithout: Decimal;
  /** The state income tax the job adds. */
  readonly stateTax: Decimal;
  /** `W`: wages before any pre-tax item. */
  readonly wages: Decimal;
}

/** The tax a locality adds, the year whose figures it used, and the rate or schedule in words. */
export interface LocalIncomeTax {
  readonly tax: Decimal;
  readonly year: number;
  readonly source: string;
  /** The rate applied, in percent (for a schedule: `null`). */
  readonly ratePercent: Decimal | null;
}

/**
 * A local income tax on a resident's wages (docs/semantics.md §22): New York City's schedule on
 * the state's taxable income (with the job less without); Yonkers' surcharge, a percent of the
 * state tax the job adds; a Maryland county's rate on the state's taxable income; Philadelphia's
 * wage tax on wages before any pre-tax item, each rate for the months it is in force. `null`
 * when the table has no year.
 *
 * @example
 * ```ts
 * // Philadelphia 2025: 3.75 % for January–June, 3.74 % from July: (6 × 3.75 + 6 × 3.74) / 12 = 3.745 %
 * localIncomeTax(philadelphia.tax, 2025, 'single', base)?.ratePercent?.toString(); // "3.745"
 * ```
 */
export function localIncomeTax(tax: LocalTax, taxYear: number, status: FilingStatus, base: LocalTaxBase): LocalIncomeTax | null {
  const found = tableYear<{ readonly year: number; readonly source: string }>(tax.years, taxYear);
  if (found === null) return null;
  const { year, source } = found.entry;
  /** The year's entry of the table, as its kind has it. */
  const entry = <K extends LocalTax['kind']>() => found.entry as Extract<LocalTax, { kind: K }>['years'][number];
  switch (tax.kind) {
    case 'brackets': {
      const schedule = entry<'brackets'>().brackets[status];
      return { tax: scheduleTax(schedule, base.stateTaxable).minus(scheduleTax(schedule, base.stateTaxableWithout)), year, source, ratePercent: null };
    }
    case 'surcharge': {
      const rate = new DecimalOf(entry<'surcharge'>().percentOfStateTax);
      return { tax: base.stateTax.times(fraction(rate)), year, source, ratePercent: rate };
    }
    case 'flat': {
      const rate = new DecimalOf(entry<'flat'>().ratePercent);
      return { tax: base.stateTaxable.minus(base.stateTaxableWithout).times(fraction(rate)), year, source, ratePercent: rate };
    }
    case 'wage': {
      const periods = entry<'wage'>().periods;
      // Each rate for the months from its start to the next period's (or the year's end).
      const rate = sum(periods.map((period, index) => new DecimalOf(period.ratePercent).times((periods[index + 1]?.fromMonth ?? 13) - period.fromMonth))).div(12);
      return { tax: base.wages.times(fraction(rate)), year, source, ratePercent: rate };
    }
  }
}
