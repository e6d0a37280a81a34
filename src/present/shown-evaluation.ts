import { allocate } from '../decimal/allocate.js';
import { type Decimal, ZERO, sum } from '../decimal/decimal.js';
import { minorUnitDigits } from '../decimal/minor-unit.js';
import { roundHalfUp } from '../decimal/round.js';
import type { OfferEvaluation, Totals } from '../engine/evaluation.js';
import type { Line, LineCategory } from '../engine/line.js';
import { signedAmount } from '../engine/totals.js';

/** A line with the amount it is shown as. */
export interface ShownLine {
  readonly line: Line;
  /** Rounded to the minor unit, allocated so that a category's lines add up to its total (costs positive). */
  readonly amount: Decimal;
}

/** The figures of an evaluation as they are shown: rounded to the minor unit, adding up exactly. */
export interface ShownEvaluation {
  readonly digits: number;
  readonly totals: { readonly [K in keyof Totals]: Totals[K] };
  /** Every line with its shown amount, in the order of `evaluation.lines`. */
  readonly lines: readonly ShownLine[];
  readonly paidTimeOff: Decimal;
}

const CATEGORIES: readonly LineCategory[] = ['guaranteed-cash', 'variable-cash', 'benefits', 'costs'];

/**
 * Rounds an evaluation for display so that nothing is ever off by a cent: `annual` is rounded
 * half-up; the four category totals are allocated from it (costs counted negative); each
 * category's lines are allocated from the category; `firstYear` is the shown `annual` plus the
 * shown one-time bonuses less the shown one-time costs (waiting periods). The other figures are rounded half-up on their own.
 *
 * @example
 * ```ts
 * const shown = shownEvaluation(evaluation);
 * shown.totals.annual.equals(shown.totals.guaranteedCash.plus(shown.totals.variableCash)
 *   .plus(shown.totals.benefits).minus(shown.totals.costs)); // true
 * ```
 */
export function shownEvaluation(evaluation: OfferEvaluation): ShownEvaluation {
  const digits = minorUnitDigits(evaluation.currency);
  const round = (value: Decimal) => roundHalfUp(value, digits);
  const { totals, lines } = evaluation;
  const annual = round(totals.annual);
  // Four parts in, four parts out.
  const [guaranteedCash, variableCash, benefits, negatedCosts] = allocate(
    annual,
    [totals.guaranteedCash, totals.variableCash, totals.benefits, totals.costs.negated()],
    digits,
  ) as [Decimal, Decimal, Decimal, Decimal];
  const shownByCategory: Record<LineCategory, Decimal> = {
    'guaranteed-cash': guaranteedCash,
    'variable-cash': variableCash,
    benefits,
    costs: negatedCosts.isZero() ? ZERO : negatedCosts.negated(),
  };
  // One-time lines are shown rounded on their own; recurring ones are allocated per category.
  const shown = new Map<Line, Decimal>(lines.filter((entry) => !entry.recurring).map((entry) => [entry, round(entry.amount)]));
  for (const category of CATEGORIES) {
    const members = lines.filter((entry) => entry.recurring && entry.category === category);
    const amounts = allocate(shownByCategory[category], members.map((entry) => entry.amount), digits);
    members.forEach((entry, position) => shown.set(entry, amounts[position] as Decimal));
  }
  const shownLines = lines.map((entry) => ({ line: entry, amount: shown.get(entry) as Decimal }));
  // Category and amount only: spreading the line would run its explanation getter.
  const oneTime = sum(
    shownLines
      .filter((entry) => !entry.line.recurring)
      .map((entry) => signedAmount({ category: entry.line.category, amount: entry.amount })),
  );
  return {
    digits,
    totals: {
      guaranteedCash,
      variableCash,
      benefits,
      costs: shownByCategory.costs,
      annual,
      firstYear: annual.plus(oneTime),
      hoursWorked: roundHalfUp(totals.hoursWorked, 2),
      effectiveHourly: round(totals.effectiveHourly),
      adjusted: totals.adjusted === null ? null : round(totals.adjusted),
      low: round(totals.low),
      high: round(totals.high),
    },
    lines: shownLines,
    paidTimeOff: round(evaluation.paidTimeOff.value),
  };
}
