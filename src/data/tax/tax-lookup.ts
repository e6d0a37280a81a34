import { LOCALITIES, STATE_PAYROLL_TAXES, STATE_TAXES } from './tax-tables.js';
import type { Locality, StatePayrollYear, StateTaxRules } from './types.js';

/**
 * A state's (or DC's) income tax rules by its ISO 3166-2 code, or `undefined` for a code the
 * table does not have.
 *
 * @example
 * ```ts
 * stateTaxRules('US-TX')?.years.length; // 0: no tax on wages
 * ```
 */
export function stateTaxRules(code: string): StateTaxRules | undefined {
  return STATE_TAXES.find((rules) => rules.code === code);
}

/**
 * A state's employee payroll programmes by year (empty for a state without one).
 *
 * @example
 * ```ts
 * statePayrollYears('US-CA')[0]?.programs[0]?.name;
 * ```
 */
export function statePayrollYears(code: string): readonly StatePayrollYear[] {
  return STATE_PAYROLL_TAXES[code] ?? [];
}

/**
 * A locality with an income tax by its code (`"US-NY-NYC"`), or `undefined`.
 *
 * @example
 * ```ts
 * localityOf('US-PA-PHILADELPHIA')?.state; // "US-PA"
 * ```
 */
export function localityOf(code: string): Locality | undefined {
  return LOCALITIES.find((locality) => locality.code === code);
}
