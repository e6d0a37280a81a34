import { Decimal, freezeDecimal } from '../decimal/decimal.js';

/**
 * The FLSA salary level for the executive, administrative and professional exemptions: $684 a
 * week ($35,568 a year), 29 CFR 541.600(a) as in force since 2020-01-01. The 2024 rule that raised
 * it was vacated nationwide (Texas v. U.S. Department of Labor, E.D. Tex., 2024-11-15), so
 * $684 is the level in every plan year the library knows.
 *
 * @example
 * ```ts
 * FLSA_SALARY_LEVEL_PER_WEEK.times(52).toString(); // "35568"
 * ```
 */
export const FLSA_SALARY_LEVEL_PER_WEEK = freezeDecimal(new Decimal(684));

/** One year's California minimum wage and the exempt salary it sets. */
export interface CaliforniaExemptSalary {
  readonly year: number;
  /** The state minimum wage an hour (Lab. Code §1182.12, as adjusted each year). */
  readonly minimumWage: Decimal;
  /** Twice the minimum wage for full-time work, 2,080 hours: Lab. Code §515(a). */
  readonly annual: Decimal;
  readonly source: string;
}

const californiaYear = (year: number, minimumWage: string): CaliforniaExemptSalary =>
  Object.freeze({
    year,
    minimumWage: freezeDecimal(new Decimal(minimumWage)),
    annual: freezeDecimal(new Decimal(minimumWage).times(2).times(2080)),
    source: `California Labor Code §515(a) (twice the state minimum wage × 2,080 h); minimum wage ${year}: $${minimumWage} (California Department of Industrial Relations, Minimum Wage, Lab. Code §1182.12(d))`,
  });

/**
 * California's minimum salary for an exempt employee by year, oldest first: 2024 $66,560,
 * 2025 $68,640, 2026 $70,304 (minimum wage $16.00, $16.50, $16.90).
 *
 * @example
 * ```ts
 * CALIFORNIA_EXEMPT_SALARY.map((entry) => entry.annual.toString()); // ["66560", "68640", "70304"]
 * ```
 */
export const CALIFORNIA_EXEMPT_SALARY: readonly CaliforniaExemptSalary[] = Object.freeze([
  californiaYear(2024, '16.00'),
  californiaYear(2025, '16.50'),
  californiaYear(2026, '16.90'),
]);
