import type { Decimal } from '../decimal/decimal.js';
import type { OfferEvaluation } from '../engine/evaluation.js';
import type { LineCategory, LineComponent } from '../engine/line.js';
import type { WarningCode } from '../engine/warnings.js';
import { shownEvaluation } from './shown-evaluation.js';

/** A line as JSON (docs/semantics.md §18): the amount a string rounded to the minor unit. */
export interface LineJson {
  readonly component: LineComponent;
  /** The block of the table the line is shown in; costs are subtracted. */
  readonly category: LineCategory;
  readonly label: string;
  readonly amount: string;
  readonly recurring: boolean;
  readonly explanation: string;
}

/** Totals as JSON (docs/semantics.md §18): strings rounded to the minor unit, `adjusted` null when unknown. */
export interface TotalsJson {
  readonly guaranteedCash: string;
  readonly variableCash: string;
  readonly benefits: string;
  readonly costs: string;
  readonly annual: string;
  readonly firstYear: string;
  readonly adjusted: string | null;
  readonly low: string;
  readonly high: string;
  readonly hoursWorked: string;
  readonly effectiveHourly: string;
}

/** A warning as JSON: what it is about, where, and in plain words (docs/semantics.md §20). */
export interface WarningJson {
  readonly code: WarningCode;
  readonly path: string;
  readonly message: string;
}

/**
 * Paid time off as JSON (docs/semantics.md §13): shown, never added. `days` and `hours` with two
 * decimals, `value` the minor-unit string the table shows.
 */
export interface PaidTimeOffJson {
  readonly days: string;
  readonly hours: string;
  readonly value: string;
  readonly explanation: string;
}

/** One evaluation as plain JSON: exactly one entry of the CLI's `offers` (docs/semantics.md §18) without the comparison fields. */
export interface EvaluationJson {
  readonly id: string;
  readonly label: string;
  readonly totals: TotalsJson;
  readonly lines: readonly LineJson[];
  readonly paidTimeOff: PaidTimeOffJson;
  readonly warnings: readonly WarningJson[];
}

function fixed(value: Decimal, digits: number): string {
  return value.toFixed(digits);
}

/**
 * An evaluation as plain JSON, exactly the shape of docs/semantics.md §18: amounts as strings rounded half-up
 * to the minor unit, the shown lines adding up exactly to the shown totals (see
 * {@link shownEvaluation}), each line with its category, the value of paid time off (shown,
 * never added) and the warnings. Every value is a string, a boolean, `null`, or a list or object
 * of them: the result survives `structuredClone` and `postMessage` as it is.
 *
 * @example
 * ```ts
 * JSON.stringify(evaluationToJSON(evaluateOffer(offer)).totals.annual); // '"55388.90"'
 * ```
 */
export function evaluationToJSON(evaluation: OfferEvaluation): EvaluationJson {
  const shown = shownEvaluation(evaluation);
  const money = (value: Decimal) => fixed(value, shown.digits);
  const { totals } = shown;
  return {
    id: evaluation.id,
    label: evaluation.label,
    totals: {
      guaranteedCash: money(totals.guaranteedCash),
      variableCash: money(totals.variableCash),
      benefits: money(totals.benefits),
      costs: money(totals.costs),
      annual: money(totals.annual),
      firstYear: money(totals.firstYear),
      adjusted: totals.adjusted === null ? null : money(totals.adjusted),
      low: money(totals.low),
      high: money(totals.high),
      hoursWorked: fixed(totals.hoursWorked, 2),
      effectiveHourly: money(totals.effectiveHourly),
    },
    lines: shown.lines.map(({ line: entry, amount }) => ({
      component: entry.component,
      category: entry.category,
      label: entry.label,
      amount: money(amount),
      recurring: entry.recurring,
      explanation: entry.explanation,
    })),
    paidTimeOff: {
      // The library's decimals round half-up in toFixed.
      days: fixed(evaluation.paidTimeOff.days, 2),
      hours: fixed(evaluation.paidTimeOff.hours, 2),
      value: money(shown.paidTimeOff),
      explanation: evaluation.paidTimeOff.explanation,
    },
    warnings: evaluation.warnings.map((warning) => ({ code: warning.code, path: warning.path, message: warning.message })),
  };
}

/**
 * The former name of {@link evaluationToJSON}, kept for the 0.x releases.
 *
 * @deprecated Use {@link evaluationToJSON}, named to match `comparisonToJSON`.
 *
 * @example
 * ```ts
 * toJSON(evaluation); // the same as evaluationToJSON(evaluation)
 * ```
 */
export const toJSON: (evaluation: OfferEvaluation) => EvaluationJson = evaluationToJSON;
