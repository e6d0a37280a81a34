import { type Decimal, fraction } from '../decimal/decimal.js';
import type { Differential } from '../offer/types.js';
import type { Explainer } from './explain.js';
import { line, type Line, type LineCategory } from './line.js';

/** One differential's figures: what it pays an hour, for how many hours, and the year's amount. */
export interface DifferentialFigure {
  readonly differential: Differential;
  /** `amountPerHour`, or `R × percentOfRate / 100`. */
  readonly perHour: Decimal;
  /** `hoursPerWeek × Ww`, `hoursPerYear`, or `HW × percentOfHours / 100`. */
  readonly hours: Decimal;
  /** `D = perHour × hours`. */
  readonly amount: Decimal;
}

/**
 * A differential's year (docs/semantics.md §5.3): `D = perHour × hours`, with `perHour =
 * amountPerHour` or `R × percentOfRate / 100` (the regular rate after the location adjustment),
 * and hours `hoursPerWeek × Ww`, `hoursPerYear`, or `HW × percentOfHours / 100`. On-call hours
 * are not hours worked (29 CFR 785.17): no differential changes `HW`.
 *
 * @example
 * ```ts
 * // $2.00 an hour for 16 h a week in 47.8 worked weeks: 2 × 764.8 = 1,529.60
 * differentialFigure(night, { rate, workedWeeks: new Decimal('47.8'), hoursWorked }).amount.toString(); // "1529.6"
 * ```
 */
export function differentialFigure(
  differential: Differential,
  year: { readonly rate: Decimal; readonly workedWeeks: Decimal; readonly hoursWorked: Decimal },
): DifferentialFigure {
  const perHour = differential.amountPerHour ?? year.rate.times(fraction(differential.percentOfRate as Decimal));
  const hours =
    differential.hoursPerWeek?.times(year.workedWeeks) ??
    differential.hoursPerYear ??
    year.hoursWorked.times(fraction(differential.percentOfHours as Decimal));
  return { differential, perHour, hours, amount: perHour.times(hours) };
}

/** "16 h/week × 47.8 weeks", "300 h a year" or "25% of 2,080 h worked". */
function hoursWords(figure: DifferentialFigure, year: { readonly workedWeeks: Decimal; readonly hoursWorked: Decimal }, explain: Explainer): string {
  const { differential } = figure;
  if (differential.hoursPerWeek !== null) return `${explain.number(differential.hoursPerWeek)} h/week × ${explain.number(year.workedWeeks)} weeks`;
  if (differential.hoursPerYear !== null) return `${explain.number(differential.hoursPerYear)} h a year`;
  return `${explain.percent(differential.percentOfHours as Decimal)} of ${explain.number(year.hoursWorked)} h worked`;
}

/**
 * The total a differential counts in: guaranteed cash when it comes with the schedule (shift,
 * weekend, holiday, unless the offer says otherwise), variable cash for on-call and other pay.
 *
 * @example
 * ```ts
 * differentialCategory(night); // "guaranteed-cash"
 * ```
 */
export function differentialCategory(differential: Differential): LineCategory {
  return differential.guaranteed ? 'guaranteed-cash' : 'variable-cash';
}

/**
 * The `differential` line of one differential: guaranteed cash when it comes with the schedule
 * (shift, weekend, holiday, unless the offer says otherwise), variable cash for on-call and
 * other pay.
 *
 * @example
 * ```ts
 * differentialLine(figure, year, explain).explanation;
 * // "$2.00 an hour × 16 h/week × 47.8 weeks = $1,529.60 (shift differential)."
 * ```
 */
export function differentialLine(
  figure: DifferentialFigure,
  year: { readonly rate: Decimal; readonly workedWeeks: Decimal; readonly hoursWorked: Decimal },
  explain: Explainer,
): Line {
  const { differential, perHour, amount } = figure;
  const rateWords = () =>
    differential.percentOfRate === null
      ? `${explain.rate(perHour)} an hour`
      : `${explain.percent(differential.percentOfRate)} of the ${explain.rate(year.rate)} regular rate = ${explain.rate(perHour)} an hour`;
  const onCall = differential.kind === 'on-call' ? ': on-call hours are not hours worked, 29 CFR 785.17' : '';
  return line({
    component: 'differential',
    label: differential.label,
    amount,
    category: differentialCategory(differential),
    recurring: true,
    explanation: () => `${rateWords()} × ${hoursWords(figure, year, explain)} = ${explain.money(amount)} (${differential.kind} differential${onCall}).`,
  });
}
