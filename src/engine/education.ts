import { fraction } from '../decimal/decimal.js';
import type { Explainer } from './explain.js';
import { line, type Line } from './line.js';
import type { Education } from '../offer/types.js';

const EDUCATION_FIELDS = [
  ['ceuStipend', 'CEU stipend'],
  ['certificationFeesCovered', 'Certification fees covered'],
  ['tuitionReimbursement', 'Tuition reimbursement'],
] as const;

/**
 * One `education` line per non-zero field (docs/semantics.md §10): the amount × `expectedUsePercent / 100`.
 *
 * @example
 * ```ts
 * educationLines(education, explain)[0]?.label; // "CEU stipend"
 * ```
 */
export function educationLines(education: Education, explain: Explainer): Line[] {
  const use = education.expectedUsePercent;
  const given = EDUCATION_FIELDS.filter(([field]) => !education[field].isZero());
  if (given.length === 0) return [];
  const share = fraction(use);
  return given.map(([field, label]) => {
    const stated = education[field];
    const amount = stated.times(share);
    return line({
      component: 'education',
      label,
      amount,
      category: 'benefits',
      recurring: true,
      explanation: () => use.equals(100)
        ? `${explain.money(stated)} a year, all of it expected to be used.`
        : `${explain.money(stated)} a year × ${explain.percent(use)} expected use = ${explain.money(amount)}.`,
    });
  });
}
