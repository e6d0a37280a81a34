import { type Decimal, Decimal as DecimalOf, ZERO, sum } from '../../decimal/decimal.js';
import { annualBase, regularRate } from '../base-pay.js';
import { entersRegularRate } from '../bonuses.js';
import type { EvaluationContext } from '../context.js';
import { variablePay } from '../offer-lines.js';
import { overtimeHours } from '../overtime.js';
import type { Offer } from '../../offer/types.js';

/** The overtime the FLSA itself requires, and the premium part of its pay (IRC §225(c)). */
export interface QualifiedOvertime {
  /** Hours a year that the FLSA makes overtime: over 40 in a week, or over 8 a day and 80 in 14 days under §7(j). */
  readonly hours: Decimal;
  /** The FLSA regular rate: `R` plus the bonuses and differentials that enter it, spread over the hours worked. */
  readonly regularRate: Decimal;
  /** `0.5 × regularRate × hours`: the premium beyond straight time the FLSA requires. */
  readonly premium: Decimal;
}

const HALF = new DecimalOf('0.5');
const FORTY = new DecimalOf(40);

/**
 * The FLSA-required overtime premium of an offer's steady year at an annual base `B`
 * (docs/semantics.md §22): what IRC
 * §225 lets a return deduct as qualified overtime compensation. Only the hours the FLSA itself
 * makes overtime count — over 40 a week (§7(a)(1)), or the 8-and-80 hours of a hospital under
 * §7(j) — never a state's daily hours, overtime by policy below 40 hours, or an exempt
 * employee's overtime; and only half the regular rate, never a multiplier beyond 1.5 (IRS Notice
 * 2025-69). The regular rate is `R` plus the recurring bonuses and differentials that enter it,
 * spread over the hours worked (29 CFR 778.109); a one-time bonus with a clawback does not enter
 * it (the steady year has none).
 *
 * @example
 * ```ts
 * // $25 an hour, 45 h a week, 52 weeks: 260 h × 0.5 × 25 = 3,250
 * qualifiedOvertime(context).premium.toString(); // "3250"
 * ```
 */
export function qualifiedOvertime(context: EvaluationContext, base: Decimal = annualBase(context.offer)): QualifiedOvertime {
  const offer = context.offer;
  const rate = regularRate(base, context.hours.scheduledHours);
  if (offer.pay.exempt) return { hours: ZERO, regularRate: rate, premium: ZERO };
  const flsa: Offer = {
    ...offer,
    pay: { ...offer.pay, overtimeRule: offer.pay.overtimeRule === '8-and-80' ? '8-and-80' : 'federal', overtimeAfterHoursPerWeek: FORTY, alternativeWorkweek: false },
  };
  const hours = overtimeHours(flsa, context.hours.workedWeeks, 'expected').total;
  if (hours.isZero()) return { hours, regularRate: rate, premium: ZERO };
  const pay = variablePay(context, base, 'expected', rate);
  const extras = sum([
    ...pay.bonuses.filter((figure) => entersRegularRate(figure.bonus)).map((figure) => figure.amount),
    ...pay.differentials.map((figure) => figure.amount),
  ]);
  const flsaRate = rate.plus(extras.div(pay.hoursWorked));
  return { hours, regularRate: flsaRate, premium: HALF.times(flsaRate).times(hours) };
}
