import { type Decimal, Decimal as DecimalOf, ZERO, fraction } from '../../decimal/decimal.js';
import type { Schedule } from '../../data/tax/types.js';

/** The bracket of a schedule that holds an income (the last whose `from` it reaches), and its index. */
function bracketOf(schedule: Schedule, income: Decimal): number {
  let index = 0;
  while (index + 1 < schedule.length && income.greaterThanOrEqualTo((schedule[index + 1] as Schedule[number])[0])) index += 1;
  return index;
}

/**
 * The tax a rate schedule levies on an income: each bracket's rate on the income within it,
 * `Σ rate_i × (min(income, from_{i+1}) − from_i)`; where the schedule states the tax at a
 * bracket's start (Ohio's "$342 plus 2.75 % over $26,050"), that amount plus the rate on the
 * excess. Nothing on an income of 0 or less.
 *
 * @example
 * ```ts
 * // 2026 single: 10 % of 12,400 + 12 % of (40,000 − 12,400) = 1,240 + 3,312 = 4,552
 * scheduleTax(federalTaxYear(2026)!.brackets.single, new Decimal(40000)).toString(); // "4552"
 * ```
 */
export function scheduleTax(schedule: Schedule, income: Decimal): Decimal {
  if (income.lessThanOrEqualTo(0)) return ZERO;
  const top = bracketOf(schedule, income);
  let tax = ZERO;
  for (let index = top; index >= 0; index -= 1) {
    const [from, rate, taxAtFrom] = schedule[index] as Schedule[number];
    const upper = index === top ? income : new DecimalOf((schedule[index + 1] as Schedule[number])[0]);
    tax = tax.plus(upper.minus(from).times(fraction(new DecimalOf(rate))));
    // A stated tax at the bracket's start stands for every bracket below it.
    if (taxAtFrom !== undefined) return tax.plus(taxAtFrom);
  }
  return tax;
}
