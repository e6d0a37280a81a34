import type { Explainer } from './explain.js';
import { line, type Line } from './line.js';
import type { Benefits } from '../offer/types.js';

/**
 * One `other-benefit` line per entry (docs/semantics.md §11): its yearly value, stated or a
 * monthly amount × 12.
 *
 * @example
 * ```ts
 * otherBenefitLines(benefits.other, explain)[0]?.label; // "Gym membership"
 * ```
 */
export function otherBenefitLines(benefits: Benefits['other'], explain: Explainer): Line[] {
  return benefits.map((benefit) =>
    line({
      component: 'other-benefit',
      label: benefit.label,
      amount: benefit.annualValue,
      category: 'benefits',
      recurring: true,
      explanation: () =>
        benefit.amount !== null && benefit.per === 'month'
          ? `${explain.money(benefit.amount)} a month × 12 = ${explain.money(benefit.annualValue)} a year.`
          : `Valued at ${explain.money(benefit.annualValue)} a year.`,
    }),
  );
}
