import type { Explainer } from './explain.js';
import { line, type Line } from './line.js';
import type { Insurance } from '../offer/types.js';

/**
 * The lines of one insurance (docs/semantics.md §8): what the employer pays is an `insurance` benefit, what
 * the employee pays is an `employee-premium` cost. A zero share adds no line.
 *
 * @example
 * ```ts
 * insuranceLines(insurance, explain).map((line) => line.component); // ["insurance", "employee-premium"]
 * ```
 */
export function insuranceLines(insurance: Insurance, explain: Explainer): Line[] {
  const lines: Line[] = [];
  if (!insurance.employerPaid.isZero()) {
    lines.push(
      line({
        component: 'insurance',
        label: insurance.label,
        amount: insurance.employerPaid,
        category: 'benefits',
        recurring: true,
        explanation: () => `The employer pays ${explain.money(insurance.employerPaid)} a year toward ${insurance.label.toLowerCase()}.`,
      }),
    );
  }
  if (!insurance.employeePaid.isZero()) {
    lines.push(
      line({
        component: 'employee-premium',
        label: `${insurance.label} premium`,
        amount: insurance.employeePaid,
        category: 'costs',
        recurring: true,
        explanation: () => `You pay ${explain.money(insurance.employeePaid)} a year in premiums for ${insurance.label.toLowerCase()}.`,
      }),
    );
  }
  return lines;
}
