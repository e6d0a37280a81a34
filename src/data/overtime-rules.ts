/** Overtime rules: the FLSA's weekly rule, or a state's daily rules (docs/semantics.md §5.2). */
export type OvertimeRuleName = 'federal' | 'daily-8' | 'daily-12' | 'california' | '8-and-80';

/**
 * An overtime rule as data: the daily thresholds a state adds to the FLSA's weekly one, and
 * where they come from. The engine reads these fields and nothing else, so a state is added
 * here without touching the arithmetic (docs/semantics.md §5.2).
 */
export interface OvertimeRule {
  readonly name: OvertimeRuleName;
  readonly title: string;
  /** Hours a day after which hours are overtime at the multiplier, or `null` for a weekly rule only. */
  readonly dailyThreshold: number | null;
  /** Hours a day after which hours are double time, or `null` for none. */
  readonly dailyDoubleTimeAfter: number | null;
  /** A seventh consecutive day worked: its first 8 hours at the multiplier, the rest at double time. */
  readonly seventhDay: boolean;
  /** What an adopted alternative workweek does: raise the daily threshold to the scheduled day (up to 12 h), mean the federal rule, or nothing. */
  readonly alternativeWorkweek: 'scheduled-day' | 'federal' | 'none';
  /** Whether the FLSA itself makes these hours overtime (§7(a)(1) weekly, or §7(j) over 14 days), rather than state law alone. */
  readonly flsa: boolean;
  readonly source: string;
}

const rule = (fields: OvertimeRule): OvertimeRule => Object.freeze(fields);

/**
 * The overtime rules the library knows, by name.
 *
 * @example
 * ```ts
 * OVERTIME_RULES.california.dailyDoubleTimeAfter; // 12
 * ```
 */
export const OVERTIME_RULES: Readonly<Record<OvertimeRuleName, OvertimeRule>> = Object.freeze({
  federal: rule({
    name: 'federal',
    title: 'FLSA weekly rule',
    dailyThreshold: null,
    dailyDoubleTimeAfter: null,
    seventhDay: false,
    alternativeWorkweek: 'none',
    flsa: true,
    source: 'FLSA §7(a)(1), 29 U.S.C. 207(a)(1); 29 CFR 778.101',
  }),
  'daily-8': rule({
    name: 'daily-8',
    title: 'over 8 hours a day or 40 a week',
    dailyThreshold: 8,
    dailyDoubleTimeAfter: null,
    seventhDay: false,
    alternativeWorkweek: 'federal',
    flsa: false,
    source: 'Alaska Stat. §23.10.060(b) (over 8 hours a day or 40 a week; a voluntary flexible-hour plan, §23.10.060(c)(9), waives the daily rule)',
  }),
  'daily-12': rule({
    name: 'daily-12',
    title: 'over 12 hours a day or 40 a week',
    dailyThreshold: 12,
    dailyDoubleTimeAfter: null,
    seventhDay: false,
    alternativeWorkweek: 'none',
    flsa: false,
    source: 'Colorado Overtime and Minimum Pay Standards Order (COMPS Order) #39, 7 CCR 1103-1, Rule 4.1.1',
  }),
  california: rule({
    name: 'california',
    title: 'California daily, weekly and seventh-day rules',
    dailyThreshold: 8,
    dailyDoubleTimeAfter: 12,
    seventhDay: true,
    alternativeWorkweek: 'scheduled-day',
    flsa: false,
    source:
      'California Labor Code §510(a) (over 8 a day or 40 a week at 1.5; over 12 a day, and over 8 on the seventh consecutive day, at 2); §511 and IWC Wage Order 5 §3(B)(8) (alternative workweeks, health-care 12-hour shifts)',
  }),
  '8-and-80': rule({
    name: '8-and-80',
    title: '8 hours a day and 80 in 14 days (hospitals)',
    dailyThreshold: 8,
    dailyDoubleTimeAfter: null,
    seventhDay: false,
    alternativeWorkweek: 'none',
    flsa: true,
    source: 'FLSA §7(j), 29 U.S.C. 207(j); 29 CFR 778.601 (hospitals and residential care, by prior agreement)',
  }),
});

/**
 * The overtime rule an offer follows when it names none, by its `location.region`: California,
 * Alaska and Colorado have daily rules of their own; everywhere else the FLSA's weekly rule.
 *
 * @example
 * ```ts
 * defaultOvertimeRule('US-CA'); // "california"
 * defaultOvertimeRule(null);    // "federal"
 * ```
 */
export function defaultOvertimeRule(region: string | null): OvertimeRuleName {
  return REGION_RULES[region ?? ''] ?? 'federal';
}

const REGION_RULES: Readonly<Record<string, OvertimeRuleName>> = Object.freeze({
  'US-CA': 'california',
  'US-AK': 'daily-8',
  'US-CO': 'daily-12',
});
