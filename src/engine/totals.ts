import { add, type Decimal, ZERO } from '../decimal/decimal.js';
import type { Line, LineCategory } from './line.js';

/** The sums of an evaluation's lines (docs/semantics.md §14). */
export interface LineTotals {
  /** Base + guaranteed recurring bonuses + guaranteed differentials (shift, weekend and holiday by default). */
  readonly guaranteedCash: Decimal;
  /** Overtime + overtime on differentials and on bonuses + other differentials (on-call and other by default) + other recurring bonuses (expected). */
  readonly variableCash: Decimal;
  /** Insurance + retirement + HSA + HRA + education + other benefits. */
  readonly benefits: Decimal;
  /** Employee premiums + out-of-pocket + commute + other costs (a positive amount). */
  readonly costs: Decimal;
  /** `guaranteedCash + variableCash + benefits − costs`: the recurring headline. */
  readonly annual: Decimal;
  /** `annual` + one-time bonuses − one-time costs (waiting periods). */
  readonly firstYear: Decimal;
}

/** What a total reads of a line: its category, amount and whether it recurs. */
export type Figure = Pick<Line, 'category' | 'amount' | 'recurring'>;

/**
 * Sums lines (or bare figures) into the totals of docs/semantics.md. Recurring lines go to the total their category names;
 * a one-time line counts in `firstYear` alone, so a sign-on bonus never leaks into `annual`.
 *
 * @example
 * ```ts
 * totalLines(evaluation.lines).annual.equals(evaluation.totals.annual); // true
 * ```
 */
export function totalLines(lines: readonly Figure[]): LineTotals {
  const recurring: Record<LineCategory, Decimal> = {
    'guaranteed-cash': ZERO,
    'variable-cash': ZERO,
    benefits: ZERO,
    costs: ZERO,
  };
  let oneTime = ZERO;
  for (const entry of lines) {
    if (!entry.recurring) {
      oneTime = add(oneTime, signedAmount(entry));
    } else {
      recurring[entry.category] = add(recurring[entry.category], entry.amount);
    }
  }
  const received = add(add(recurring['guaranteed-cash'], recurring['variable-cash']), recurring.benefits);
  const annual = recurring.costs.isZero() ? received : received.minus(recurring.costs);
  return {
    guaranteedCash: recurring['guaranteed-cash'],
    variableCash: recurring['variable-cash'],
    benefits: recurring.benefits,
    costs: recurring.costs,
    annual,
    firstYear: add(annual, oneTime),
  };
}

/**
 * A line's signed contribution to a total: costs count negative.
 *
 * @example
 * ```ts
 * signedAmount(commuteLine).isNegative(); // true
 * ```
 */
export function signedAmount(entry: Pick<Line, 'category' | 'amount'>): Decimal {
  return entry.category === 'costs' ? entry.amount.negated() : entry.amount;
}
