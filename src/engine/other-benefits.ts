import type { Explainer } from './explain.js';
import { line, type Line } from './line.js';
import type { Benefits } from '../offer/types.js';

/**
 * One `other-benefit` line per entry (docs/semantics.md §11).
 *
 * @example
 * ```ts
 * otherBenefitLines(benefits.other, explain)[0]?.label; // "HSA employer seed"
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
      explanation: () => `Valued at ${explain.money(benefit.annualValue)} a year.`,
    }),
  );
}
