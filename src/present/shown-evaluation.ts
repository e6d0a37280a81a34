import { Decimal, ZERO, sum } from '../decimal/decimal.js';
import type { OfferEvaluation, Totals } from '../engine/evaluation.js';
import type { Line, LineCategory } from '../engine/line.js';
import { signedAmount } from '../engine/totals.js';

/**
 * Digits of a currency's minor unit (2 for USD, 0 for JPY), as ISO 4217 and `Intl` know them.
 * A caller that holds a currency format for `currency` already may pass it, and no other is made.
 *
 * @example
 * ```ts
 * minorUnitDigits('JPY'); // 0
 * ```
 */
export function minorUnitDigits(
  currency: string,
  format: Intl.NumberFormat = new Intl.NumberFormat('en-US', { style: 'currency', currency }),
): number {
  // Always set for a currency format.
  return format.resolvedOptions().maximumFractionDigits as number;
}

/**
 * Rounds half-up (away from zero on a tie) to `digits` decimals, never returning negative zero.
 *
 * @example
 * ```ts
 * roundHalfUp(new Decimal('35.175'), 2).toFixed(2); // "35.18" (a float gives "35.17")
 * ```
 */
export function roundHalfUp(value: Decimal, digits: number): Decimal {
  const rounded = value.toDecimalPlaces(digits, Decimal.ROUND_HALF_UP);
  return rounded.isZero() ? ZERO : rounded;
}

/**
 * Splits an already rounded total among exact parts so that the rounded parts add up to it
 * exactly (largest-remainder allocation): every part is floored to the minor unit, and the
 * units left over go to the parts with the largest remainders, earlier parts first on a tie.
 * Each part ends within one minor unit of its exact value.
 *
 * @example
 * ```ts
 * allocate(new Decimal('1.00'), [1, 1, 1].map((n) => new Decimal(n).div(3)), 2).map(String);
 * // ["0.34", "0.33", "0.33"]
 * ```
 */
export function allocate(total: Decimal, parts: readonly Decimal[], digits: number): Decimal[] {
  const unit = new Decimal(10).pow(-digits);
  const floors = parts.map((part) => part.toDecimalPlaces(digits, Decimal.ROUND_FLOOR));
  const leftover = total.minus(sum(floors)).div(unit).toNumber();
  /* c8 ignore next 3 -- unreachable when total is the rounding of the parts' sum */
  if (!Number.isInteger(leftover) || leftover < 0 || leftover > parts.length) {
    throw new RangeError(`cannot allocate ${total} among parts summing to ${sum(parts).toString()}`);
  }
  const order = parts
    .map((part, index) => ({ index, remainder: part.minus(floors[index] as Decimal) }))
    .sort((a, b) => b.remainder.comparedTo(a.remainder) || a.index - b.index);
  const shown = [...floors];
  for (const { index } of order.slice(0, leftover)) shown[index] = (shown[index] as Decimal).plus(unit);
  return shown.map((value) => (value.isZero() ? ZERO : value));
}

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
 * shown one-time bonuses. The other figures are rounded half-up on their own.
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
