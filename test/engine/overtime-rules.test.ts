import { fc, test as fcTest } from '@fast-check/vitest';
import { describe, expect, test } from 'vitest';
import { compareOffers, evaluateOffer, type OfferInput } from '../../src/index.js';
import { lineOf } from '../helpers.js';

/** $30 an hour, no time off, a schedule of `hoursPerWeek` over `days`, under a rule. */
const shifts = (hoursPerWeek: number, days: number, fields: object = {}): OfferInput => ({
  label: `${days} days of ${hoursPerWeek / days} h`,
  pay: { type: 'hourly', rate: 30, hoursPerWeek, daysPerWeek: days, ...fields },
});
const overtimeOf = (input: OfferInput) => lineOf(evaluateOffer(input).lines, 'overtime')?.amount.toString();
const hoursOf = (input: OfferInput) => {
  const { hours } = evaluateOffer(input);
  return [hours.overtimeHoursAtMultiplier.toString(), hours.doubleTimeHours.toString()];
};

describe('California (Lab. Code §510): over 8 a day, over 12 at double time, the seventh day', () => {
  const california = { overtimeRule: 'california' } as const;

  test('4 days of 10 h: 2 h a day at 1.5; 3 days of 12 h: 4 h a day; 5 days of 8 h: none', () => {
    // 4 × 10: 4 × 2 = 8 h a week × 52 = 416 h; premium 0.5 × 30 × 416 = 6,240
    expect(hoursOf(shifts(40, 4, california))).toEqual(['416', '0']);
    expect(overtimeOf(shifts(40, 4, california))).toBe('6240');
    // 3 × 12: 3 × 4 = 12 h a week × 52 = 624 h; 0.5 × 30 × 624 = 9,360
    expect(overtimeOf(shifts(36, 3, california))).toBe('9360');
    expect(overtimeOf(shifts(40, 5, california))).toBeUndefined();
  });

  test('the region sets the rule: US-CA is California, elsewhere the FLSA week', () => {
    expect(overtimeOf({ ...shifts(40, 4), location: { region: 'US-CA' } })).toBe('6240');
    expect(evaluateOffer({ ...shifts(40, 4), location: { region: 'US-CA' } }).offer.pay.overtimeRule).toBe('california');
    expect(overtimeOf({ ...shifts(40, 4), location: { region: 'US-NV' } })).toBeUndefined();
  });

  test('over 12 h a day is double time', () => {
    // 3 days of 14 h = 42 h: a day 4 h at 1.5 and 2 h at 2; 24 straight h ≤ 40.
    // A week: 12 h at 1.5, 6 h at 2; a year ×52: 624 and 312. Premium 30 × (0.5 × 624 + 1 × 312) = 18,720;
    // extra hours none (the schedule is 42 h), so overtime = 18,720.
    expect(hoursOf(shifts(42, 3, california))).toEqual(['624', '312']);
    expect(overtimeOf(shifts(42, 3, california))).toBe('18720');
    expect(lineOf(evaluateOffer(shifts(42, 3, california)).lines, 'overtime')?.explanation).toBe(
      'The 0.5 × $30.00 premium on 624 overtime h and 312 double-time h (18 h of overtime a week (california rule: over 8 h a day, over 12 at double time, and over 40 a week) × 52 weeks) = $18,720.00.',
    );
  });

  test('a seventh day: its first 8 h at 1.5, then the week over 40', () => {
    // 7 days of 8 h = 56 h: day 7 is 8 h at 1.5; of the 48 straight h, 8 are over 40 → 16 h a week at 1.5.
    // 16 × 52 = 832 h; 0.5 × 30 × 832 = 12,480.
    expect(hoursOf(shifts(56, 7, california))).toEqual(['832', '0']);
    expect(overtimeOf(shifts(56, 7, california))).toBe('12480');
  });

  test('an alternative workweek raises the daily threshold to the scheduled day, up to 12 h', () => {
    expect(overtimeOf(shifts(40, 4, { ...california, alternativeWorkweek: true }))).toBeUndefined();
    expect(overtimeOf(shifts(36, 3, { ...california, alternativeWorkweek: true }))).toBeUndefined();
    // 3 days of 13 h under a 12 h alternative workweek: 1 h a day over 12 is double time: 3 × 52 = 156 h × 30 = 4,680
    expect(overtimeOf(shifts(39, 3, { ...california, alternativeWorkweek: true }))).toBe('4680');
  });

  test('a flat-sum bonus: the whole rate over straight-time hours (Alvarado v. Dart), with a warning', () => {
    // 4 × 10 at $30: O15 = 416, HW = 2,080. Flat $1,000: 1,000 × 1.5 × 416 / (2,080 − 416) = 375.
    // The same bonus not flat: 1,000 × 0.5 × 416 / 2,080 = 100.
    const bonus = { label: 'Attendance', kind: 'other', amount: 1000 } as const;
    const flat = evaluateOffer({ ...shifts(40, 4, california), bonuses: [{ ...bonus, flatSum: true }] });
    expect(lineOf(flat.lines, 'overtime-on-bonuses')?.amount.toString()).toBe('375');
    expect(flat.warnings.map((warning) => warning.code)).toEqual(['california-flat-bonus']);
    expect(lineOf(flat.lines, 'overtime-on-bonuses')?.explanation).toBe(
      '$1,000.00 of flat-sum non-discretionary bonuses × 1.5 × 416 overtime h ÷ 1,664 straight-time h = $375.00 (California, Alvarado v. Dart).',
    );
    // Beside a $500 target bonus, each by its own rule: 375 + 500 × 0.5 × 416 / 2,080 (= 50) = 425.
    const mixed = evaluateOffer({ ...shifts(40, 4, california), bonuses: [{ ...bonus, flatSum: true }, { label: 'Target', kind: 'team', amount: 500 }] });
    expect(lineOf(mixed.lines, 'overtime-on-bonuses')?.amount.toString()).toBe('425');
    expect(lineOf(mixed.lines, 'overtime-on-bonuses')?.explanation).toBe(
      '$1,000.00 of flat-sum non-discretionary bonuses × 1.5 × 416 overtime h ÷ 1,664 straight-time h = $375.00 (California, Alvarado v. Dart), ' +
        'plus $500.00 of other non-discretionary bonuses × (1.5 − 1) × 416 overtime h ÷ 2,080 h worked = $50.00 (FLSA regular rate, 29 CFR 778.209): $425.00.',
    );
    // Double time too: 3 days of 14 h, O15 = 624, O20 = 312, HW = 42 × 52 = 2,184, straight-time h 2,184 − 936 = 1,248;
    // 1,000 × (1.5 × 624 + 2 × 312) / 1,248 = 1,000 × 1,560 / 1,248 = 1,250.
    const long = evaluateOffer({ ...shifts(42, 3, california), bonuses: [{ ...bonus, flatSum: true }] });
    expect(lineOf(long.lines, 'overtime-on-bonuses')?.explanation).toBe(
      '$1,000.00 of flat-sum non-discretionary bonuses × 1.5 × 624 overtime h + 312 double-time h × 2 ÷ 1,248 straight-time h = $1,250.00 (California, Alvarado v. Dart).',
    );
    const target = evaluateOffer({ ...shifts(40, 4, california), bonuses: [bonus] });
    expect(lineOf(target.lines, 'overtime-on-bonuses')?.amount.toString()).toBe('100');
    expect(target.warnings).toEqual([]);
    // Outside California a flat sum is an ordinary bonus.
    expect(lineOf(evaluateOffer({ ...shifts(40, 4, { overtimeRule: 'daily-8' }), bonuses: [{ ...bonus, flatSum: true }] }).lines, 'overtime-on-bonuses')?.amount.toString()).toBe('100');
  });

  test('a flat-sum bonus paid once with a clawback: the same rule, the same warning, its own arithmetic shown', () => {
    // docs/semantics.md §7. $25 an hour, 45 h over 5 days = 9 h a day: 1 h a day over 8 → 5 h a week at 1.5; 40 straight h, none over 40.
    // O15 = 5 × 52 = 260, O20 = 0, HW = 45 × 52 = 2,340; straight-time hours 2,340 − 260 = 2,080.
    // Flat $3,000 sign-on: 3,000 × 1.5 × 260 / 2,080 = 1,170,000 / 2,080 = 562.50 (the FLSA formula would give
    // 3,000 × 0.5 × 260 / 2,340 = 166.67). firstYear = 58,500 + 0.5 × 25 × 260 (3,250) + 3,000 + 562.50 = 65,312.50.
    const signOn = { label: 'Sign-on', kind: 'signing', amount: 3000, flatSum: true } as const;
    const offer = (months: number) => ({ label: 'CA sign-on', pay: { type: 'hourly', rate: 25, hoursPerWeek: 45, overtimeRule: 'california' }, bonuses: [{ ...signOn, clawback: { months } }] }) as const;
    const evaluation = evaluateOffer(offer(12));
    const line = lineOf(evaluation.lines, 'overtime-on-bonuses');
    expect([line?.amount.toString(), line?.recurring]).toEqual(['562.5', false]);
    expect(evaluation.totals.firstYear.toString()).toBe('65312.5');
    expect(evaluation.warnings.map((warning) => warning.code)).toEqual(['california-flat-bonus']);
    expect(line?.explanation).toBe(
      '$3,000.00 of flat-sum bonuses paid once that must be repaid on leaving (29 CFR 778.211(c)) × 1.5 × 260 overtime h ÷ 2,080 straight-time h = $562.50 (California, Alvarado v. Dart).',
    );
    // An 18-month clawback spreads the same $562.50: year 1 takes 12/18 = $375.00, year 2 6/18 = $187.50.
    const spread = compareOffers([offer(18)], { metric: 'horizon', years: 2 }).offers[0]?.projection ?? [];
    const premium = (year: number) => lineOf(spread[year - 1]?.lines, 'overtime-on-bonuses');
    expect([premium(1)?.amount.toString(), premium(2)?.amount.toString()]).toEqual(['375', '187.5']);
    expect(premium(2)?.explanation).toBe(
      '$3,000.00 of flat-sum bonuses paid once that must be repaid on leaving (29 CFR 778.211(c)) × 1.5 × 260 overtime h ÷ 2,080 straight-time h = $562.50 (California, Alvarado v. Dart); the share of year 2 of the clawback period (29 CFR 778.209(a)) = $187.50.',
    );
  });
});

describe('other daily rules', () => {
  test('Alaska, over 8 a day (AS 23.10.060); an alternative workweek means the federal rule', () => {
    expect(overtimeOf({ ...shifts(40, 4), location: { region: 'US-AK' } })).toBe('6240');
    expect(overtimeOf(shifts(40, 4, { overtimeRule: 'daily-8', alternativeWorkweek: true }))).toBeUndefined();
  });

  test('Colorado, over 12 a day (COMPS Order #39)', () => {
    // 3 days of 14 h: 2 h a day over 12 = 6 h a week; the 36 straight h are under 40. 6 × 52 = 312; 0.5 × 30 × 312 = 4,680
    expect(overtimeOf({ ...shifts(42, 3), location: { region: 'US-CO' } })).toBe('4680');
    expect(overtimeOf({ ...shifts(40, 4), location: { region: 'US-CO' } })).toBeUndefined();
  });

  test('8 and 80 (FLSA §7(j), 29 CFR 778.601): over 8 a day and 80 in 14 days', () => {
    // 4 × 10, two weeks: 16 daily hours; 80 − 16 = 64 straight h under 80 → 8 h a week, as daily-8.
    expect(overtimeOf(shifts(40, 4, { overtimeRule: '8-and-80' }))).toBe('6240');
    // 5 × 9 = 45 h: 5 daily hours a week; the other 40 reach no 80 in two weeks → 5 h a week × 52 × 15 = 3,900
    expect(overtimeOf(shifts(45, 5, { overtimeRule: '8-and-80' }))).toBe('3900');
    // In the model's like weeks the 80-hour fortnight is two 40-hour weeks, so 8-and-80 pays daily-8's hours
    // (docs/semantics.md §5.2). They part only beside an adopted alternative workweek, which makes daily-8 the
    // federal week (Alaska's flexible-hour plans) and leaves a §7(j) agreement's daily 8 in place: 4 × 10 pays
    // nothing under daily-8 and 416 h × 0.5 × 30 = 6,240 under 8-and-80.
    expect(overtimeOf(shifts(40, 4, { overtimeRule: 'daily-8', alternativeWorkweek: true }))).toBeUndefined();
    expect(overtimeOf(shifts(40, 4, { overtimeRule: '8-and-80', alternativeWorkweek: true }))).toBe('6240');
  });
});

describe('properties', () => {
  const week = fc.record({
    days: fc.integer({ min: 1, max: 7 }),
    hoursPerWeek: fc.integer({ min: 8, max: 70 }),
    extra: fc.integer({ min: 0, max: 20 }),
    rate: fc.integer({ min: 1000, max: 5000 }).map((cents) => cents / 100),
    alternative: fc.boolean(),
  });
  const annual = (fields: { days: number; hoursPerWeek: number; extra: number; rate: number; alternative: boolean }, rule: string, exempt = false) =>
    evaluateOffer({
      label: 'P',
      pay: exempt
        ? { type: 'salary', amount: fields.rate * 2080, hoursPerWeek: fields.hoursPerWeek, daysPerWeek: fields.days, overtimeRule: rule as never }
        : { type: 'hourly', rate: fields.rate, hoursPerWeek: fields.hoursPerWeek, daysPerWeek: fields.days, overtimeRule: rule as never, alternativeWorkweek: fields.alternative },
      ...(fields.extra === 0 || exempt ? {} : { overtime: { hoursPerWeek: fields.extra } }),
    });

  fcTest.prop([week])('under California, pay is never below the federal rule for the same hours', (fields) => {
    expect(annual(fields, 'california').totals.annual.greaterThanOrEqualTo(annual(fields, 'federal').totals.annual)).toBe(true);
  });

  fcTest.prop([week])('8-and-80 pays the daily-8 premium exactly, and more only beside an alternative workweek; every daily rule at least the federal one', (fields) => {
    // docs/semantics.md §5.2: over 14 days, dly₁₄ = 2 × dly and o15 = (2 × dly + max(0, 2 × (hpw + x) − 2 × dly − 2t)) / 2
    // = dly + max(0, hpw + x − dly − t), daily-8's week: the model's weeks are alike, so the 80-hour fortnight
    // never pays more than two 40-hour weeks. The rules differ only in what an alternative workweek does.
    const plain = { ...fields, alternative: false };
    expect(annual(plain, '8-and-80').totals.annual.toString()).toBe(annual(plain, 'daily-8').totals.annual.toString());
    expect(annual(fields, '8-and-80').totals.annual.greaterThanOrEqualTo(annual(fields, 'daily-8').totals.annual)).toBe(true);
    for (const rule of ['daily-8', 'daily-12']) expect(annual(plain, rule).totals.annual.greaterThanOrEqualTo(annual(plain, 'federal').totals.annual)).toBe(true);
  });

  const extras = fc.record({
    bonus: fc.integer({ min: 1, max: 500_000 }).map((cents) => cents / 100),
    flatSum: fc.boolean(),
    unitsPerHour: fc.integer({ min: 1, max: 60 }).map((tenths) => tenths / 10),
    differential: fc.integer({ min: 1, max: 1000 }).map((cents) => cents / 100),
    differentialHours: fc.integer({ min: 1, max: 40 }),
  });

  fcTest.prop([week, extras, fc.constantFrom('federal', 'daily-8', 'daily-12', 'california', '8-and-80')])(
    'an exempt offer gets no premium under any rule, on its hours, bonuses or differentials',
    (fields, extra, rule) => {
      // Everything that enters a non-exempt offer's regular rate (docs/semantics.md §7): a recurring bonus, production
      // pay, a one-time bonus with a clawback (flat sums too, under California), a differential. None owes a premium.
      const input: OfferInput = {
        label: 'Exempt',
        pay: {
          type: 'salary',
          amount: fields.rate * 2080,
          hoursPerWeek: fields.hoursPerWeek,
          daysPerWeek: fields.days,
          overtimeRule: rule as never,
          alternativeWorkweek: fields.alternative,
          differentials: [{ label: 'Night', kind: 'shift', amountPerHour: extra.differential, hoursPerWeek: extra.differentialHours }],
        },
        bonuses: [
          { label: 'Attendance', kind: 'other', amount: extra.bonus, flatSum: extra.flatSum },
          { label: 'Charts', kind: 'productivity', perUnit: { unit: 'chart', unitsPerHour: extra.unitsPerHour, tiers: [{ fromUnitsPerHour: 0, ratePerUnit: 1.5 }] } },
          { label: 'Sign-on', kind: 'signing', amount: extra.bonus, flatSum: extra.flatSum, clawback: { months: 18 } },
        ],
      };
      const evaluation = evaluateOffer(input);
      for (const component of ['overtime', 'overtime-on-bonuses', 'overtime-on-differentials']) expect(lineOf(evaluation.lines, component)).toBeUndefined();
      expect(evaluation.hours.overtimeHours.toString()).toBe('0');
      expect(evaluation.warnings.map((warning) => warning.code)).not.toContain('california-flat-bonus');
      // The items themselves are still there: a premium could have been owed on each.
      expect(evaluation.lines.filter((entry) => entry.component === 'bonus')).toHaveLength(3);
      expect(lineOf(evaluation.lines, 'differential')?.amount.isZero()).toBe(false);
    },
  );
});
