import { type Decimal, ONE, ZERO } from '../decimal/decimal.js';
import type { Explainer } from './explain.js';
import { line, type Line } from './line.js';
import type { Overtime } from '../offer/types.js';
import type { Scenario } from './scenario.js';

/** `O` and how it was found. */
export interface OvertimeSchedule {
  /** `O`: overtime hours a year. */
  readonly hours: Decimal;
  /** Hours a week used, or `null` when the offer states hours a year. */
  readonly hoursPerWeek: Decimal | null;
  /** Weeks with overtime, or `null` when the offer states hours a year. */
  readonly weeks: Decimal | null;
}

/**
 * `O`: overtime hours a year (docs/semantics.md §5): `hoursPerYear`, else hours a week ×
 * (`weeksPerYear` ?? weeks worked). The `low` / `high` scenarios use `minHoursPerWeek` /
 * `maxHoursPerWeek` when given.
 *
 * @example
 * ```ts
 * overtimeSchedule(overtime, new Decimal('46.4'), 'expected').hours.toString(); // "188" for 4 h × 47 weeks
 * ```
 */
export function overtimeSchedule(overtime: Overtime | null, workedWeeks: Decimal, scenario: Scenario): OvertimeSchedule {
  if (overtime === null) return { hours: ZERO, hoursPerWeek: null, weeks: null };
  if (overtime.hoursPerYear !== null) return { hours: overtime.hoursPerYear, hoursPerWeek: null, weeks: null };
  const weekly =
    (scenario === 'low' ? overtime.minHoursPerWeek : scenario === 'high' ? overtime.maxHoursPerWeek : null) ??
    overtime.hoursPerWeek ??
    ZERO;
  const weeks = overtime.weeksPerYear ?? workedWeeks;
  return { hours: weekly.times(weeks), hoursPerWeek: weekly, weeks };
}

/**
 * Overtime pay: `O × R × multiplier` (docs/semantics.md §5).
 *
 * @example
 * ```ts
 * overtimePay(new Decimal(188), new Decimal('23.45'), new Decimal('1.5')).toString(); // "6612.9"
 * ```
 */
export function overtimePay(hours: Decimal, rate: Decimal, multiplier: Decimal): Decimal {
  return hours.times(rate).times(multiplier);
}

/**
 * The `overtime` line, for the amount {@link overtimePay} computed.
 *
 * @example
 * ```ts
 * overtimeLine(overtime, schedule, new Decimal('23.45'), new Decimal('6612.9'), explain).explanation;
 * // "4 h/week × 47 weeks × $23.45 regular rate × 1.5 = $6,612.90."
 * ```
 */
export function overtimeLine(overtime: Overtime, schedule: OvertimeSchedule, rate: Decimal, amount: Decimal, explain: Explainer): Line {
  const hoursWords = () =>
    schedule.hoursPerWeek === null || schedule.weeks === null
      ? `${explain.number(schedule.hours)} h a year`
      : `${explain.number(schedule.hoursPerWeek)} h/week × ${explain.number(schedule.weeks)} weeks`;
  return line({
    component: 'overtime',
    label: 'Overtime',
    amount,
    category: 'variable-cash',
    recurring: true,
    explanation: () => `${hoursWords()} × ${explain.rate(rate)} regular rate × ${explain.number(overtime.multiplier)} = ${explain.money(amount)}.`,
  });
}

/**
 * Overtime due on non-discretionary bonuses (docs/semantics.md §7, 29 CFR 778.209): the bonuses spread
 * evenly over every hour worked raise the regular rate, so each overtime hour is owed
 * `(multiplier − 1)` times that share again: `ΣE × (multiplier − 1) × O / (Hs − Hoff + O)`.
 *
 * @example
 * ```ts
 * overtimeOnBonuses(new Decimal(960), new Decimal('1.5'), new Decimal(188), new Decimal(1856)).toString();
 * ```
 */
export function overtimeOnBonuses(
  bonusTotal: Decimal,
  multiplier: Decimal,
  hours: Decimal,
  straightTimeHours: Decimal,
): Decimal {
  const worked = straightTimeHours.plus(hours);
  return bonusTotal.times(multiplier.minus(ONE)).times(hours).div(worked);
}

/**
 * The `overtime-on-bonuses` line, for the amount {@link overtimeOnBonuses} computed.
 *
 * @example
 * ```ts
 * overtimeOnBonusesLine(bonusTotal, overtime, hours, straightTimeHours, amount, explain).component;
 * // "overtime-on-bonuses"
 * ```
 */
export function overtimeOnBonusesLine(
  bonusTotal: Decimal,
  overtime: Overtime,
  hours: Decimal,
  straightTimeHours: Decimal,
  amount: Decimal,
  explain: Explainer,
): Line {
  return line({
    component: 'overtime-on-bonuses',
    label: 'Overtime on bonuses',
    amount,
    category: 'variable-cash',
    recurring: true,
    explanation: () =>
      `${explain.money(bonusTotal)} of non-discretionary bonuses × (${explain.number(overtime.multiplier)} − 1)` +
      ` × ${explain.number(hours)} overtime h ÷ ${explain.number(straightTimeHours.plus(hours))} h worked` +
      ` = ${explain.money(amount)} (FLSA regular rate, 29 CFR 778.209).`,
  });
}
