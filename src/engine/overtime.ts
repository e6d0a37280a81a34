import { OVERTIME_RULES, type OvertimeRule } from '../data/overtime-rules.js';
import { type Decimal, Decimal as DecimalOf, ONE, ZERO, max, min, sum } from '../decimal/decimal.js';
import type { Offer } from '../offer/types.js';
import type { Explainer } from './explain.js';
import { line, type Line } from './line.js';
import type { Scenario } from './scenario.js';

/**
 * The FLSA overtime multiplier when an offer states none: one and a half times the regular rate
 * (FLSA §7(a)(1), 29 U.S.C. 207(a)(1)).
 *
 * @example
 * ```ts
 * OVERTIME_MULTIPLIER.toString(); // "1.5"
 * ```
 */
export const OVERTIME_MULTIPLIER = new DecimalOf('1.5');

/**
 * The double-time multiplier of the state rules that have one (California, Lab. Code §510(a)).
 *
 * @example
 * ```ts
 * DOUBLE_TIME_MULTIPLIER.toString(); // "2"
 * ```
 */
export const DOUBLE_TIME_MULTIPLIER = new DecimalOf(2);

/** Weeks of a worked year that are alike: how many, and the hours worked in them. */
export interface WeekGroup {
  /** How many such weeks the year has (may be fractional: 46.4). */
  readonly weeks: Decimal;
  /** `x`: hours worked in each beyond the scheduled `hpw`. */
  readonly extraHours: Decimal;
  /** `x × weeks`: the group's extra hours of the year (as stated, when stated for the year). */
  readonly yearlyExtraHours: Decimal;
  /** The group's hours of the year at the overtime multiplier. */
  readonly atMultiplier: Decimal;
  /** The group's hours of the year at double time. */
  readonly atDoubleTime: Decimal;
}

/** The hours of a worked year beyond straight time (docs/semantics.md §5). */
export interface OvertimeHours {
  /** The year's worked weeks, grouped; an empty list for an exempt offer. */
  readonly groups: readonly WeekGroup[];
  /** `Σx`: extra hours of the year, beyond the schedule. */
  readonly extraHours: Decimal;
  /** `O15`: the year's overtime hours at the multiplier. */
  readonly atMultiplier: Decimal;
  /** `O20`: the year's overtime hours at double time. */
  readonly atDoubleTime: Decimal;
  /** `O = O15 + O20`. */
  readonly total: Decimal;
  /** How the extra hours were stated, for the explanation. */
  readonly stated: 'per-week' | 'per-year' | 'none';
  /** The threshold `t`: hours a week after which every hour is overtime. */
  readonly threshold: Decimal;
  /** The daily rule's words ("over 8 a day, 12 at double time, and 40 a week"), `null` under the weekly rule. */
  readonly daily: string | null;
}

/**
 * A group of weeks split by the federal workweek rule (FLSA §7(a)(1), 29 CFR 778.101): every
 * hour worked in a week beyond the threshold `t` is overtime at the multiplier,
 * `o15 = max(0, hpw + x − t)` a week; for the group's `W` weeks, with `X = x × W` its extra hours,
 * `max(0, (hpw − t) × W + X)` — the same hours without dividing a year's extra hours by weeks.
 *
 * @example
 * ```ts
 * federalYear(new Decimal(45), new Decimal(40), new Decimal(52), ZERO).atMultiplier.toString(); // "260"
 * ```
 */
export function federalYear(
  hoursPerWeek: Decimal,
  threshold: Decimal,
  weeks: Decimal,
  yearlyExtraHours: Decimal,
): { atMultiplier: Decimal; atDoubleTime: Decimal } {
  return { atMultiplier: max(ZERO, hoursPerWeek.minus(threshold).times(weeks).plus(yearlyExtraHours)), atDoubleTime: ZERO };
}

/** The extra hours a week a scenario assumes, from `overtime.hoursPerWeek` and its range. */
function weeklyExtra(overtime: NonNullable<Offer['overtime']>, scenario: Scenario): Decimal {
  const ranged = scenario === 'low' ? overtime.minHoursPerWeek : scenario === 'high' ? overtime.maxHoursPerWeek : null;
  return ranged ?? overtime.hoursPerWeek ?? ZERO;
}

/** A week's overtime hours at the multiplier and at double time. */
export interface WeekSplit {
  readonly atMultiplier: Decimal;
  readonly atDoubleTime: Decimal;
}

/**
 * A week's hours split by a rule with daily thresholds (docs/semantics.md §5.2): the `hpw + x`
 * hours spread evenly over the days, `hd = (hpw + x) / days` a day. Each regular day owes the
 * multiplier on `min(hd, D) − L` and double time on `hd − D` (each at least 0; `L` the daily
 * threshold, `D` the double-time one); a seventh day (`days = 7` under a seventh-day rule) owes
 * the multiplier on `min(hd, 8)` and double time on `hd − 8`. The hours left at straight time
 * then owe the multiplier beyond the weekly threshold `t`. With an adopted alternative
 * workweek the daily threshold is the scheduled day, `max(L, min(hpw / days, 12))`.
 *
 * @example
 * ```ts
 * // California, 3 days of 12 h: 3 × (12 − 8) = 12 h at 1.5, no hour over 12, 24 straight h under 40
 * dailyWeek(OVERTIME_RULES.california, { hoursPerWeek: new Decimal(36), days: new Decimal(3), threshold: new Decimal(40), alternativeWorkweek: false }, ZERO).atMultiplier.toString(); // "12"
 * ```
 */
export function dailyWeek(
  rule: OvertimeRule,
  schedule: { readonly hoursPerWeek: Decimal; readonly days: Decimal; readonly threshold: Decimal; readonly alternativeWorkweek: boolean },
  extraHours: Decimal,
): WeekSplit {
  const { hoursPerWeek, days, threshold } = schedule;
  const week = hoursPerWeek.plus(extraHours);
  const perDay = week.div(days);
  const doubleAfter = rule.dailyDoubleTimeAfter === null ? null : new DecimalOf(rule.dailyDoubleTimeAfter);
  let daily = new DecimalOf(rule.dailyThreshold ?? 0);
  if (schedule.alternativeWorkweek && rule.alternativeWorkweek === 'scheduled-day') {
    daily = max(daily, min(hoursPerWeek.div(days), TWELVE));
  }
  const seventh = rule.seventhDay && days.equals(7);
  const regularDays = seventh ? days.minus(1) : days;
  const capped = doubleAfter === null ? perDay : min(perDay, doubleAfter);
  let atMultiplier = regularDays.times(max(ZERO, capped.minus(daily)));
  let atDoubleTime = doubleAfter === null ? ZERO : regularDays.times(max(ZERO, perDay.minus(doubleAfter)));
  if (seventh) {
    atMultiplier = atMultiplier.plus(min(perDay, EIGHT));
    atDoubleTime = atDoubleTime.plus(max(ZERO, perDay.minus(EIGHT)));
  }
  const straight = week.minus(atMultiplier).minus(atDoubleTime);
  return { atMultiplier: atMultiplier.plus(max(ZERO, straight.minus(threshold))), atDoubleTime };
}

const EIGHT = new DecimalOf(8);
const TWELVE = new DecimalOf(12);

/** How a daily rule is said in an explanation. */
function dailyWords(pay: Offer['pay']): string | null {
  const rule = dailyRule(pay);
  if (rule === null) return null;
  const doubleTime = rule.dailyDoubleTimeAfter === null ? '' : `, over ${rule.dailyDoubleTimeAfter} at double time`;
  const seventh = rule.seventhDay && pay.daysPerWeek.equals(7) ? ', the seventh day' : '';
  const alternative = pay.alternativeWorkweek && rule.alternativeWorkweek === 'scheduled-day' ? ' after the scheduled day' : '';
  return `${rule.name} rule: over ${rule.dailyThreshold} h a day${alternative}${doubleTime}${seventh}, and over ${pay.overtimeAfterHoursPerWeek.toString()} a week`;
}

/** Whether a pay's rule splits weeks by the day, or by the FLSA's week alone. */
function dailyRule(pay: Offer['pay']): OvertimeRule | null {
  const rule = OVERTIME_RULES[pay.overtimeRule];
  if (rule.dailyThreshold === null) return null;
  if (pay.alternativeWorkweek && rule.alternativeWorkweek === 'federal') return null;
  return rule;
}

/** One group of weeks: `weeks` weeks with `extra` hours a week (or `yearly` hours in all), split by the offer's rule. */
function weekGroup(pay: Offer['pay'], weeks: Decimal, extra: Decimal, yearly: Decimal): WeekGroup {
  const rule = dailyRule(pay);
  const threshold = pay.overtimeAfterHoursPerWeek;
  if (rule === null) return { weeks, extraHours: extra, yearlyExtraHours: yearly, ...federalYear(pay.hoursPerWeek, threshold, weeks, yearly) };
  const week = dailyWeek(rule, { hoursPerWeek: pay.hoursPerWeek, days: pay.daysPerWeek, threshold, alternativeWorkweek: pay.alternativeWorkweek }, extra);
  return { weeks, extraHours: extra, yearlyExtraHours: yearly, atMultiplier: week.atMultiplier.times(weeks), atDoubleTime: week.atDoubleTime.times(weeks) };
}

/**
 * The overtime hours of a non-exempt offer's year, week by week (docs/semantics.md §5): a worked
 * week has the scheduled `hpw` hours plus `x` extra. With `overtime.hoursPerWeek`, the extra
 * hours fall in `Wx = overtime.weeksPerYear ?? Ww` weeks and the other `Ww − Wx` worked weeks
 * have none; with `overtime.hoursPerYear`, `x = hoursPerYear / Ww` in every worked week. Each
 * week is split by the workweek rule; weeks of paid time off are not worked and owe nothing.
 * An exempt offer has no overtime hours.
 *
 * @example
 * ```ts
 * // $25 an hour at 45 h a week, no time off: 5 h over 40 in each of 52 weeks
 * overtimeHours(offer, new Decimal(52), 'expected').atMultiplier.toString(); // "260"
 * ```
 */
export function overtimeHours(offer: Offer, workedWeeks: Decimal, scenario: Scenario): OvertimeHours {
  const pay = offer.pay;
  const threshold = pay.overtimeAfterHoursPerWeek;
  const overtime = offer.overtime;
  if (pay.exempt) {
    return { groups: [], extraHours: ZERO, atMultiplier: ZERO, atDoubleTime: ZERO, total: ZERO, stated: 'none', threshold, daily: null };
  }
  const group = (weeks: Decimal, extra: Decimal, yearly: Decimal) => weekGroup(pay, weeks, extra, yearly);
  let groups: WeekGroup[];
  if (overtime === null) groups = [group(workedWeeks, ZERO, ZERO)];
  else if (overtime.hoursPerYear !== null) {
    groups = [group(workedWeeks, overtime.hoursPerYear.div(workedWeeks), overtime.hoursPerYear)];
  } else {
    const withExtra = overtime.weeksPerYear ?? workedWeeks;
    const extra = weeklyExtra(overtime, scenario);
    groups = [group(withExtra, extra, extra.times(withExtra)), group(workedWeeks.minus(withExtra), ZERO, ZERO)];
  }
  groups = groups.filter((entry) => !entry.weeks.isZero());
  const atMultiplier = sum(groups.map((entry) => entry.atMultiplier));
  const atDoubleTime = sum(groups.map((entry) => entry.atDoubleTime));
  return {
    groups,
    extraHours: sum(groups.map((entry) => entry.yearlyExtraHours)),
    atMultiplier,
    atDoubleTime,
    total: atMultiplier.plus(atDoubleTime),
    stated: overtime === null ? 'none' : overtime.hoursPerYear !== null ? 'per-year' : 'per-week',
    threshold,
    daily: dailyWords(pay),
  };
}

/**
 * The premium factor of an overtime year: `(m − 1) × O15 + (dt − 1) × O20`, the hours' worth of
 * extra rate owed beyond straight time.
 *
 * @example
 * ```ts
 * // 188 overtime h at 1.5, none at double time: 0.5 × 188 = 94
 * premiumHours(hours, new Decimal('1.5')).toString(); // "94"
 * ```
 */
export function premiumHours(hours: OvertimeHours, multiplier: Decimal): Decimal {
  return multiplier.minus(ONE).times(hours.atMultiplier).plus(DOUBLE_TIME_MULTIPLIER.minus(ONE).times(hours.atDoubleTime));
}

/**
 * Overtime pay beyond base (docs/semantics.md §5): the extra hours at straight time, plus the
 * premium on every overtime hour, scheduled or extra: `R × Σx + (m − 1) × R × O15 +
 * (dt − 1) × R × O20`. Base already pays the scheduled hours at straight time (29 CFR 778.113 for
 * a salary: it covers the scheduled hours, so only the half is owed on those over 40).
 *
 * @example
 * ```ts
 * // 45 h at $25, 52 weeks: 0.5 × 25 × 260 = 3,250
 * overtimePay(hours, new Decimal(25), new Decimal('1.5')).toString(); // "3250"
 * ```
 */
export function overtimePay(hours: OvertimeHours, rate: Decimal, multiplier: Decimal): Decimal {
  return rate.times(hours.extraHours).plus(rate.times(premiumHours(hours, multiplier)));
}

/**
 * The overtime premium that an amount entering the regular rate adds (docs/semantics.md §7; 29 CFR
 * 778.209–778.211, 778.207(b)): spread evenly over the hours worked `HW`, it raises the regular
 * rate of every overtime hour, which is owed the premium on that rise again:
 * `E × ((m − 1) × O15 + (dt − 1) × O20) / HW`. The one function every extra goes through:
 * recurring non-discretionary bonuses, and one-time bonuses with a clawback. `factor`, the year's
 * {@link premiumHours} when already worked out, saves working it out again for each bonus.
 *
 * @example
 * ```ts
 * // $960 of bonus, 188 overtime h at 1.5, 2,100 h worked: 960 × 0.5 × 188 / 2,100 = 42.97…
 * regularRatePremium(new Decimal(960), hours, new Decimal('1.5'), new Decimal(2100)).toFixed(2); // "42.97"
 * ```
 */
export function regularRatePremium(
  amount: Decimal,
  hours: OvertimeHours,
  multiplier: Decimal,
  hoursWorked: Decimal,
  factor: Decimal = premiumHours(hours, multiplier),
): Decimal {
  return amount.times(factor).div(hoursWorked);
}

/**
 * California's premium on a flat-sum bonus (Alvarado v. Dart Container Corp. of California, 4
 * Cal. 5th 542 (2018)): the bonus is divided by the straight-time hours only, and each overtime
 * hour is owed the whole multiplier on that rate, not its excess: `E × (m × O15 + dt × O20) /
 * (HW − O)`.
 *
 * @example
 * ```ts
 * // $1,000 flat sum, 100 overtime h at 1.5 of 2,100 worked: 1,000 × 150 / 2,000 = 75
 * flatSumRegularRatePremium(new Decimal(1000), hours, new Decimal('1.5'), new Decimal(2100)).toString(); // "75"
 * ```
 */
export function flatSumRegularRatePremium(amount: Decimal, hours: OvertimeHours, multiplier: Decimal, hoursWorked: Decimal): Decimal {
  const straight = hoursWorked.minus(hours.total);
  if (!straight.isPositive() || straight.isZero()) return ZERO;
  return amount.times(multiplier.times(hours.atMultiplier).plus(DOUBLE_TIME_MULTIPLIER.times(hours.atDoubleTime))).div(straight);
}

/** "4 h over 40 a week × 47 weeks" for each group of weeks with overtime hours. */
function overtimeHoursWords(hours: OvertimeHours, explain: Explainer): string {
  const over = hours.daily === null ? `over ${explain.number(hours.threshold)} a week` : `of overtime a week (${hours.daily})`;
  return hours.groups
    .filter((group) => !group.atMultiplier.isZero() || !group.atDoubleTime.isZero())
    .map((group) => `${explain.number(group.atMultiplier.plus(group.atDoubleTime).div(group.weeks))} h ${over} × ${explain.number(group.weeks)} weeks`)
    .join(' + ');
}

/** "4 extra h/week × 47 weeks" or "100 extra h a year", for the straight-time part. */
function extraHoursWords(hours: OvertimeHours, explain: Explainer): string {
  if (hours.stated === 'per-year') return `${explain.number(hours.extraHours)} extra h a year`;
  const group = hours.groups.find((entry) => !entry.extraHours.isZero());
  /* c8 ignore next -- called only when there are extra hours, which a group carries */
  if (group === undefined) return `${explain.number(hours.extraHours)} extra h`;
  return `${explain.number(group.extraHours)} extra h/week × ${explain.number(group.weeks)} weeks`;
}

/**
 * The `overtime` line, for the amount {@link overtimePay} computed: its explanation shows the
 * straight-time part and the premium part, each with its hours.
 *
 * @example
 * ```ts
 * overtimeLine(hours, new Decimal(25), new Decimal('1.5'), new Decimal(3250), explain).explanation;
 * // "The 0.5 × $25.00 premium on 260 overtime h (5 h over 40 a week × 52 weeks) = $3,250.00; the scheduled hours are in base."
 * ```
 */
export function overtimeLine(hours: OvertimeHours, rate: Decimal, multiplier: Decimal, amount: Decimal, explain: Explainer): Line {
  const words = () => {
    const parts: string[] = [];
    if (!hours.extraHours.isZero()) {
      parts.push(`${extraHoursWords(hours, explain)} × ${explain.rate(rate)} straight time = ${explain.money(rate.times(hours.extraHours))}`);
    }
    if (!hours.total.isZero()) {
      const premium = rate.times(premiumHours(hours, multiplier));
      const doubleTime = hours.atDoubleTime.isZero() ? '' : ` and ${explain.number(hours.atDoubleTime)} double-time h`;
      parts.push(
        `the ${explain.number(multiplier.minus(ONE))} × ${explain.rate(rate)} premium on ${explain.number(hours.atMultiplier)} overtime h` +
          `${doubleTime} (${overtimeHoursWords(hours, explain)}) = ${explain.money(premium)}`,
      );
    } else {
      parts.push(`no hour over ${explain.number(hours.threshold)} a week, so no premium`);
    }
    const sentence = parts.join(', plus ');
    return `${sentence.charAt(0).toUpperCase()}${sentence.slice(1)}${parts.length > 1 ? `: ${explain.money(amount)}` : ''}.`;
  };
  return line({ component: 'overtime', label: 'Overtime', amount, category: 'variable-cash', recurring: true, explanation: words });
}

/**
 * An `overtime-on-bonuses` line for the premium {@link regularRatePremium} computed: recurring
 * for the recurring bonuses, one-time (first year) for bonuses paid once with a clawback, whose
 * premium the first year takes `12 / months` of when the clawback runs longer than a year. Under
 * California's rule the flat-sum bonuses among them (`flatSum`, their `ΣE`) are shown with
 * {@link flatSumRegularRatePremium}'s arithmetic, the others with the FLSA's; an `amount` that
 * shows otherwise than the whole premium is said to be a year's share of it.
 *
 * @example
 * ```ts
 * overtimeOnBonusesLine({ bonuses, amount, hours, multiplier, hoursWorked, recurring: true }, explain).component;
 * // "overtime-on-bonuses"
 * ```
 */
export function overtimeOnBonusesLine(
  figures: {
    readonly bonuses: Decimal;
    readonly amount: Decimal;
    readonly hours: OvertimeHours;
    readonly multiplier: Decimal;
    readonly hoursWorked: Decimal;
    readonly recurring: boolean;
    /** The year of a projection whose share of a clawback bonus's premium this is (2 on). */
    readonly year?: number;
    /** `ΣE` of the flat-sum bonuses whose premium California's rule computed, `null` (or omitted) for none. */
    readonly flatSum?: Decimal | null;
  },
  explain: Explainer,
): Line {
  const { bonuses, amount, hours, multiplier, hoursWorked, recurring, year, flatSum = null } = figures;
  const words = () => {
    const what = recurring ? 'non-discretionary bonuses' : 'bonuses paid once that must be repaid on leaving (29 CFR 778.211(c))';
    const others = flatSum === null ? bonuses : bonuses.minus(flatSum);
    const otherPremium = regularRatePremium(others, hours, multiplier, hoursWorked);
    const flsa = (kind: string) => {
      const doubleTime = hours.atDoubleTime.isZero() ? '' : ` + ${explain.number(hours.atDoubleTime)} double-time h × (2 − 1)`;
      return (
        `${explain.money(others)} of ${kind} × (${explain.number(multiplier)} − 1) × ${explain.number(hours.atMultiplier)} overtime h${doubleTime}` +
        ` ÷ ${explain.number(hoursWorked)} h worked = ${explain.money(otherPremium)} (FLSA regular rate, 29 CFR 778.209)`
      );
    };
    let whole = otherPremium;
    const parts: string[] = [];
    if (flatSum === null) parts.push(flsa(what));
    else {
      const flatPremium = flatSumRegularRatePremium(flatSum, hours, multiplier, hoursWorked);
      whole = whole.plus(flatPremium);
      const doubleTime = hours.atDoubleTime.isZero() ? '' : ` + ${explain.number(hours.atDoubleTime)} double-time h × 2`;
      parts.push(
        `${explain.money(flatSum)} of flat-sum ${what} × ${explain.number(multiplier)} × ${explain.number(hours.atMultiplier)} overtime h${doubleTime}` +
          ` ÷ ${explain.number(hoursWorked.minus(hours.total))} straight-time h = ${explain.money(flatPremium)} (California, Alvarado v. Dart)`,
      );
      if (!others.isZero()) parts.push(flsa(`other ${what}`));
    }
    // Compared as shown: each bonus's premium, summed, may differ from the premium on their sum in the last digits.
    const shown = explain.money(amount);
    const share = shown === explain.money(whole) ? '' : `; the share of year ${year ?? 1} of the clawback period (29 CFR 778.209(a)) = ${shown}`;
    return `${parts.join(', plus ')}${parts.length > 1 ? `: ${explain.money(whole)}` : ''}${share}.`;
  };
  return line({
    component: 'overtime-on-bonuses',
    label: recurring ? 'Overtime on bonuses' : 'Overtime on one-time bonuses',
    amount,
    category: 'variable-cash',
    recurring,
    explanation: words,
  });
}

/**
 * The `overtime-on-differentials` line: the differentials enter the regular rate (29 CFR
 * 778.207(b), 778.223), so every overtime hour is owed the premium on them too, by
 * {@link regularRatePremium}.
 *
 * @example
 * ```ts
 * overtimeOnDifferentialsLine({ amount, total, hours, multiplier, hoursWorked }, explain).component;
 * // "overtime-on-differentials"
 * ```
 */
export function overtimeOnDifferentialsLine(
  figures: {
    readonly amount: Decimal;
    readonly total: Decimal;
    readonly hours: OvertimeHours;
    readonly multiplier: Decimal;
    readonly hoursWorked: Decimal;
  },
  explain: Explainer,
): Line {
  const { amount, total, hours, multiplier, hoursWorked } = figures;
  const doubleTime = hours.atDoubleTime.isZero() ? '' : ` + ${explain.number(hours.atDoubleTime)} double-time h × (2 − 1)`;
  return line({
    component: 'overtime-on-differentials',
    label: 'Overtime on differentials',
    amount,
    category: 'variable-cash',
    recurring: true,
    explanation: () =>
      `${explain.money(total)} of differentials × (${explain.number(multiplier)} − 1) × ${explain.number(hours.atMultiplier)} overtime h${doubleTime}` +
      ` ÷ ${explain.number(hoursWorked)} h worked = ${explain.money(amount)} (FLSA regular rate, 29 CFR 778.207(b), 778.223).`,
  });
}
