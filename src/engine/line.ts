import type { Decimal } from '../decimal/decimal.js';

/** What a line of an evaluation is (docs/semantics.md). */
export type LineComponent =
  | 'base'
  | 'overtime'
  | 'differential'
  | 'overtime-on-bonuses'
  | 'overtime-on-differentials'
  | 'bonus'
  | 'insurance'
  | 'employee-premium'
  | 'out-of-pocket'
  | 'retirement-match'
  | 'retirement-nonelective'
  | 'pension'
  | 'hsa'
  | 'hra'
  | 'education'
  | 'other-benefit'
  | 'commute'
  | 'cost'
  | 'waiting-period';

/**
 * The total a line is summed into: `guaranteed-cash`, `variable-cash` and `benefits` are added,
 * `costs` are positive amounts subtracted. A line that is not `recurring` counts only in
 * `firstYear`: a one-time bonus adds to it, a one-time cost (a `waiting-period`) subtracts.
 */
export type LineCategory = 'guaranteed-cash' | 'variable-cash' | 'benefits' | 'costs';

/** One figure of an evaluation, with the sentence that explains it. */
export interface Line {
  readonly component: LineComponent;
  readonly label: string;
  /** Exact, never rounded; never negative (costs are positive amounts subtracted). */
  readonly amount: Decimal;
  readonly category: LineCategory;
  /** Paid every year; `false` for one-time bonuses and waiting periods, which count in `firstYear` alone. */
  readonly recurring: boolean;
  /** One sentence with the numbers that produced the amount. */
  readonly explanation: string;
}

/** What {@link line} is built from: the explanation as a function, written only when read. */
export interface LineFields extends Omit<Line, 'explanation'> {
  readonly explanation: () => string;
}

/**
 * A line as evaluations build it: frozen data, and an explanation written by a getter on the
 * prototype rather than an object literal's own getter, which is far dearer to create
 * (bench/README.md, "Hot-path rules").
 */
class EvaluatedLine implements Line {
  readonly component: LineComponent;
  readonly label: string;
  readonly amount: Decimal;
  readonly category: LineCategory;
  readonly recurring: boolean;
  readonly #explain: () => string;

  constructor(fields: LineFields) {
    this.component = fields.component;
    this.label = fields.label;
    this.amount = fields.amount;
    this.category = fields.category;
    this.recurring = fields.recurring;
    this.#explain = fields.explanation;
    Object.freeze(this);
  }

  get explanation(): string {
    return this.#explain();
  }

  /** `JSON.stringify` writes the explanation too, as it does every other field. */
  toJSON(): Record<keyof Line, unknown> {
    return {
      component: this.component,
      label: this.label,
      amount: this.amount,
      category: this.category,
      recurring: this.recurring,
      explanation: this.explanation,
    };
  }
}

/**
 * Builds a frozen line. The explanation is written when it is read (on each read), so
 * evaluations whose explanations nobody reads never format a number. It is a getter on the
 * line's prototype: reading it and `JSON.stringify` see it; a spread or `Object.keys` do not.
 *
 * @example
 * ```ts
 * line({ component: 'cost', label: 'Parking', amount: new Decimal(600), category: 'costs',
 *        recurring: true, explanation: () => 'Parking: $600.00 a year.' }).explanation;
 * // "Parking: $600.00 a year."
 * ```
 */
export function line(fields: LineFields): Line {
  return new EvaluatedLine(fields);
}
