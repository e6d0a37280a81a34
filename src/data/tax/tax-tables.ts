// Placeholder until the generated tables land (scripts/generate-tax-tables.mjs).
import type { Locality, StatePayrollYear, StateTaxRules } from './types.js';

/**
 * Every state's and DC's income tax on wages, by tax year.
 *
 * @example
 * ```ts
 * STATE_TAXES.length;
 * ```
 */
export const STATE_TAXES: readonly StateTaxRules[] = Object.freeze([]);

/**
 * Employee payroll taxes by state code.
 *
 * @example
 * ```ts
 * STATE_PAYROLL_TAXES['US-CA'];
 * ```
 */
export const STATE_PAYROLL_TAXES: Readonly<Record<string, readonly StatePayrollYear[]>> = Object.freeze({});

/**
 * Localities with an income tax on residents' wages.
 *
 * @example
 * ```ts
 * LOCALITIES.map((locality) => locality.code);
 * ```
 */
export const LOCALITIES: readonly Locality[] = Object.freeze([]);
