import type { Explainer } from './explain.js';
import { line, type Line } from './line.js';
import { outOfPocketShare } from './out-of-pocket.js';
import type { Coverage, Insurance } from '../offer/types.js';

const COVERAGE_WORDS: Readonly<Record<Coverage, string>> = Object.freeze({
  self: '',
  'self-plus-one': ' (you and one other)',
  family: ' (family)',
});

/** A label inside a sentence: capitalised words lower-cased, acronyms kept ("Medical insurance" → "medical insurance", "PPO" stays). */
function inSentence(label: string): string {
  return label.replace(/\b\p{Lu}\p{Ll}+/gu, (word) => word.toLowerCase());
}

/**
 * The lines of one insurance (docs/semantics.md §8): what the employer pays is an `insurance`
 * benefit, what the employee pays an `employee-premium` cost, and what a health plan leaves you
 * to pay for the claims you expect an `out-of-pocket` cost (see {@link outOfPocketShare}).
 * A zero amount adds no line.
 *
 * @example
 * ```ts
 * insuranceLines(insurance, explain).map((line) => line.component); // ["insurance", "employee-premium"]
 * ```
 */
export function insuranceLines(insurance: Insurance, explain: Explainer): Line[] {
  const lines: Line[] = [];
  const what = `${inSentence(insurance.label)}${COVERAGE_WORDS[insurance.coverage]}`;
  if (!insurance.employerPaid.isZero()) {
    lines.push(
      line({
        component: 'insurance',
        label: insurance.label,
        amount: insurance.employerPaid,
        category: 'benefits',
        recurring: true,
        explanation: () => `The employer pays ${explain.money(insurance.employerPaid)} a year toward ${what}.`,
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
        explanation: () => `You pay ${explain.money(insurance.employeePaid)} a year in premiums for ${what}.`,
      }),
    );
  }
  const plan = insurance.outOfPocket;
  const share = plan === null ? null : outOfPocketShare(plan);
  if (plan !== null && share !== null && !share.amount.isZero()) {
    lines.push(
      line({
        component: 'out-of-pocket',
        label: `${insurance.label} out-of-pocket`,
        amount: share.amount,
        category: 'costs',
        recurring: true,
        explanation: () => {
          const sharing = share.beyondDeductible.isZero()
            ? `all ${explain.money(plan.expectedClaims)} of your expected claims, within the ${explain.money(plan.deductible)} deductible`
            : `the ${explain.money(share.deductible)} deductible + ${explain.percent(plan.coinsurancePercent)} coinsurance on the ${explain.money(share.beyondDeductible)} of expected claims above it (${explain.money(share.coinsurance)})`;
          const capped = share.capped ? `, capped at the ${explain.money(plan.outOfPocketMax)} out-of-pocket maximum` : '';
          return `You pay ${sharing}${capped}: ${explain.money(share.amount)} a year.`;
        },
      }),
    );
  }
  return lines;
}
