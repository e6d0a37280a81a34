import { fraction } from '../decimal/decimal.js';
import type { Explainer } from './explain.js';
import { line, type Line } from './line.js';
import type { Hra } from '../offer/types.js';

/**
 * The `hra` line (docs/semantics.md §8): what the employer makes available in a health
 * reimbursement arrangement × the share you expect to use; none when that is zero.
 *
 * @example
 * ```ts
 * // $2,000 a year, 60 % expected to be used: 1,200
 * hraLines({ employerContribution: new Decimal(2000), expectedUsePercent: new Decimal(60), startsAfterMonths: 0 }, explain)[0]?.amount.toString(); // "1200"
 * ```
 */
export function hraLines(hra: Hra, explain: Explainer): Line[] {
  const amount = hra.employerContribution.times(fraction(hra.expectedUsePercent));
  if (amount.isZero()) return [];
  return [
    line({
      component: 'hra',
      label: 'HRA',
      amount,
      category: 'benefits',
      recurring: true,
      explanation: () =>
        `The employer makes ${explain.money(hra.employerContribution)} a year available to reimburse your care` +
        (hra.expectedUsePercent.equals(100) ? ', all of it expected to be used.' : ` × ${explain.percent(hra.expectedUsePercent)} expected use = ${explain.money(amount)}.`),
    }),
  ];
}
