import type { Decimal } from '../decimal/decimal.js';
import type { Explainer } from './explain.js';
import type { Workload } from '../offer/hours.js';

/** The value of paid time off (docs/semantics.md §13): shown, never added, because base pay already pays it. */
export interface PaidTimeOff {
  readonly days: Decimal;
  readonly hours: Decimal;
  /** `Hoff × R`. */
  readonly value: Decimal;
  readonly explanation: string;
}

/**
 * `Hoff × R`: what the paid days off are worth at the regular rate. Not a line and not in any
 * total: the base already pays for these hours, so adding them would count them twice.
 *
 * @example
 * ```ts
 * paidTimeOff(workload, new Decimal(25), explain).value.toString(); // "5600" for 224 h at $25
 * ```
 */
export function paidTimeOff(hours: Workload, rate: Decimal, explain: Explainer): PaidTimeOff {
  return new PaidTimeOffFigure(hours, rate, explain);
}

/** Frozen figures, and the explanation written when read (a prototype getter, as for lines). */
class PaidTimeOffFigure implements PaidTimeOff {
  readonly days: Decimal;
  readonly hours: Decimal;
  readonly value: Decimal;
  readonly #rate: Decimal;
  readonly #explain: Explainer;

  constructor(hours: Workload, rate: Decimal, explain: Explainer) {
    this.days = hours.timeOffDays;
    this.hours = hours.timeOffHours;
    this.value = hours.timeOffHours.times(rate);
    this.#rate = rate;
    this.#explain = explain;
    Object.freeze(this);
  }

  get explanation(): string {
    const explain = this.#explain;
    return (
      `${explain.number(this.days)} days off = ${explain.number(this.hours)} h × ${explain.rate(this.#rate)} regular rate` +
      ` = ${explain.money(this.value)}; already paid inside base pay, so shown but not added.`
    );
  }

  /** `JSON.stringify` writes the explanation too. */
  toJSON(): Record<keyof PaidTimeOff, unknown> {
    return { days: this.days, hours: this.hours, value: this.value, explanation: this.explanation };
  }
}
