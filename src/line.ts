import type { Decimal } from './decimal.js';

/** What a line of an evaluation is (SPEC 3). */
export type LineComponent =
  | 'base'
  | 'overtime'
  | 'overtime-on-bonuses'
  | 'bonus'
  | 'insurance'
  | 'employee-premium'
  | 'retirement-match'
  | 'retirement-nonelective'
  | 'education'
  | 'other-benefit'
  | 'commute'
  | 'cost';

/**
 * The total a line is summed into: `guaranteed-cash`, `variable-cash` and `benefits` are added,
 * `costs` are positive amounts subtracted. A line that is not `recurring` counts only in `firstYear`.
 */
export type LineCategory = 'guaranteed-cash' | 'variable-cash' | 'benefits' | 'costs';

/** One figure of an evaluation, with the sentence that explains it. */
export interface Line {
  readonly component: LineComponent;
  readonly label: string;
  /** Exact, never rounded; never negative (costs are positive amounts subtracted). */
  readonly amount: Decimal;
  readonly category: LineCategory;
  /** Paid every year; `false` only for one-time bonuses, which count in `firstYear` alone. */
  readonly recurring: boolean;
  /** One sentence with the numbers that produced the amount. */
  readonly explanation: string;
}

/** What {@link line} is built from: the explanation as a function, written only when read. */
export interface LineFields extends Omit<Line, 'explanation'> {
  readonly explanation: () => string;
}

/**
 * Builds a frozen line. The explanation is written when it is first read (and again on each
 * read), so evaluations whose explanations nobody reads never format a number.
 *
 * @example
 * ```ts
 * line({ component: 'cost', label: 'Parking', amount: new Decimal(600), category: 'costs',
 *        recurring: true, explanation: () => 'Parking: $600.00 a year.' }).explanation;
 * // "Parking: $600.00 a year."
 * ```
 */
export function line(fields: LineFields): Line {
  const explanation = fields.explanation;
  return Object.freeze({
    component: fields.component,
    label: fields.label,
    amount: fields.amount,
    category: fields.category,
    recurring: fields.recurring,
    get explanation() {
      return explanation();
    },
  });
}
