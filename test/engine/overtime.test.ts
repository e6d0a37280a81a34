import { fc, test as fcTest } from '@fast-check/vitest';
import { describe, expect, test } from 'vitest';
import { Decimal } from '../../src/decimal/decimal.js';
import { overtimeHours, overtimePay, regularRatePremium } from '../../src/engine/overtime.js';
import { compareOffers, evaluateOffer, type OfferInput } from '../../src/index.js';
import { lineOf, offer } from '../helpers.js';

const nonExempt = { type: 'salary', amount: 52000, exempt: false } as const;
const amountOf = (input: OfferInput, component: string) => lineOf(evaluateOffer(input).lines, component)?.amount;

describe('workweek overtime (docs/semantics.md §5: FLSA §7(a)(1), 29 CFR 778.101, 778.113)', () => {
  test('$25 an hour at 45 h a week: scheduled hours over 40 earn the premium', () => {
    // Base 25 × 45 × 52 = 58,500; overtime 0.5 × 25 × 5 × 52 = 3,250; annual 61,750.
    const evaluation = evaluateOffer({ label: 'Biller', pay: { type: 'hourly', rate: 25, hoursPerWeek: 45 } });
    expect(lineOf(evaluation.lines, 'base')?.amount.toString()).toBe('58500');
    expect(lineOf(evaluation.lines, 'overtime')?.amount.toString()).toBe('3250');
    expect(evaluation.totals.annual.toString()).toBe('61750');
    expect(evaluation.hours.overtimeHours.toString()).toBe('260');
    expect(evaluation.hours.extraHours.toString()).toBe('0');
    // HW = 45 × 52 = 2,340
    expect(evaluation.totals.hoursWorked.toString()).toBe('2340');
    expect(lineOf(evaluation.lines, 'overtime')?.explanation).toBe(
      'The 0.5 × $25.00 premium on 260 overtime h (5 h over 40 a week × 52 weeks) = $3,250.00.',
    );
  });

  test('a non-exempt salary for 45 h: the salary pays 45 h at straight time, the premium is owed on 5', () => {
    // R = 52,000 / (45 × 52) = 22.2222…; overtime 0.5 × R × 5 × 52 = 2,888.888… → annual 54,888.89
    const evaluation = evaluateOffer({ label: 'Coder', pay: { ...nonExempt, hoursPerWeek: 45 } });
    expect(evaluation.regularRate.toFixed(4)).toBe('22.2222');
    expect(lineOf(evaluation.lines, 'overtime')?.amount.toFixed(2)).toBe('2888.89');
    expect(evaluation.totals.annual.toFixed(2)).toBe('54888.89');
  });

  test('below the threshold extra hours are straight time (gap time); an earlier threshold makes them overtime', () => {
    // 37.5 h + 2.5 extra a week, 52 weeks at $25: 2.5 × 52 × 25 = 3,250 straight, no premium.
    const input = { label: 'Part', pay: { type: 'hourly', rate: 25, hoursPerWeek: 37.5 }, overtime: { hoursPerWeek: 2.5 } } as const;
    expect(amountOf(input, 'overtime')?.toString()).toBe('3250');
    expect(evaluateOffer(input).hours.overtimeHours.toString()).toBe('0');
    // Overtime after 37.5 h: the same 130 hours also earn 0.5 × 25 = 12.50 → + 1,625 = 4,875.
    const early = { ...input, pay: { ...input.pay, overtimeAfterHoursPerWeek: 37.5 } };
    expect(amountOf(early, 'overtime')?.toString()).toBe('4875');
  });

  test('extra hours in some weeks: the others still owe the premium on a schedule over 40', () => {
    // 42 h scheduled, 3 extra in 20 of 52 weeks, $20: straight 3 × 20 × 20 = 1,200;
    // overtime hours 5 × 20 + 2 × 32 = 164, premium 0.5 × 20 × 164 = 1,640 → 2,840.
    const input = { label: 'Mixed', pay: { type: 'hourly', rate: 20, hoursPerWeek: 42 }, overtime: { hoursPerWeek: 3, weeksPerYear: 20 } } as const;
    expect(amountOf(input, 'overtime')?.toString()).toBe('2840');
    expect(evaluateOffer(input).hours.overtimeHours.toString()).toBe('164');
    expect(lineOf(evaluateOffer(input).lines, 'overtime')?.explanation).toBe(
      '3 extra h/week × 20 weeks × $20.00 straight time = $1,200.00, plus the 0.5 × $20.00 premium on 164 overtime h (5 h over 40 a week × 20 weeks + 2 h over 40 a week × 32 weeks) = $1,640.00: $2,840.00.',
    );
  });

  test('hours stated for the year fall evenly in the worked weeks', () => {
    // 100 h a year, 40 h schedule, 52 weeks: 100 straight + 100 at the premium: 100 × 30 × 1.5 = 4,500
    const input = { label: 'Y', pay: { type: 'hourly', rate: 30 }, overtime: { hoursPerYear: 100 } } as const;
    expect(amountOf(input, 'overtime')?.toString()).toBe('4500');
    expect(lineOf(evaluateOffer(input).lines, 'overtime')?.explanation).toBe(
      '100 extra h a year × $30.00 straight time = $3,000.00, plus the 0.5 × $30.00 premium on 100 overtime h (1.9231 h over 40 a week × 52 weeks) = $1,500.00: $4,500.00.',
    );
  });

  test('the worked example of docs/semantics.md §5: 4 h/week × 47 weeks at $23.45 on a 40 h week', () => {
    // 4 × 47 × 23.45 = 4,408.60 straight + 0.5 × 23.45 × 188 = 2,204.30 premium = 6,612.90
    const evaluation = evaluateOffer({ label: 'Biller', pay: { type: 'hourly', rate: 23.45 }, overtime: { hoursPerWeek: 4, weeksPerYear: 47 } });
    expect(lineOf(evaluation.lines, 'overtime')?.amount.toString()).toBe('6612.9');
  });

  test('weeks with extra hours cannot outnumber the weeks worked', () => {
    // 52 − 28 / 5 = 46.4 weeks worked; 47 weeks of extra hours is refused.
    expect(() =>
      evaluateOffer({
        label: 'W',
        pay: { type: 'hourly', rate: 20 },
        overtime: { hoursPerWeek: 4, weeksPerYear: 47 },
        benefits: { timeOff: { vacationDays: 15, sickDays: 5, holidays: 8 } },
      }),
    ).toThrow('overtime.weeksPerYear: must not exceed the 46.4 weeks actually worked (paid weeks less days off ÷ days a week), got 47');
  });

  test('an exempt salary has no overtime at any schedule', () => {
    const evaluation = evaluateOffer({ label: 'E', pay: { type: 'salary', amount: 90000, hoursPerWeek: 50 } });
    expect(lineOf(evaluation.lines, 'overtime')).toBeUndefined();
    expect(evaluation.hours.overtimeHours.toString()).toBe('0');
    expect(overtimeHours(offer({ pay: { type: 'salary', amount: 90000, hoursPerWeek: 50 } }), new Decimal(52), 'expected').groups).toEqual([]);
  });
});

describe('overtime on bonuses and other extras (docs/semantics.md §7: 29 CFR 778.207–778.211)', () => {
  test('E × (m − 1) × O15 / HW', () => {
    // $2,000 × 0.5 × 100 / 2,000 = $50 with O15 = 100 and HW = 2,000
    const hours = overtimeHours(offer({ pay: { type: 'hourly', rate: 20 }, overtime: { hoursPerYear: 100 } }), new Decimal(52), 'expected');
    expect(regularRatePremium(new Decimal(2000), hours, new Decimal('1.5'), new Decimal(2000)).toString()).toBe('50');
  });

  test('discretionary, profit-sharing and one-time bonuses without a clawback stay out of the regular rate', () => {
    const base = { label: 'B', pay: { type: 'hourly', rate: 20 }, overtime: { hoursPerYear: 100 } } as const;
    const withBonuses = (bonuses: object[]) => lineOf(evaluateOffer({ ...base, bonuses: bonuses as never }).lines, 'overtime-on-bonuses');
    expect(withBonuses([{ label: 'Gift', kind: 'other', amount: 1000, discretionary: true }])).toBeUndefined();
    expect(withBonuses([{ label: 'Profit share', kind: 'profit-sharing', amount: 1000 }])).toBeUndefined();
    expect(withBonuses([{ label: 'Sign-on', kind: 'signing', amount: 1000 }])).toBeUndefined();
    // Non-discretionary $1,000: 1,000 × 0.5 × 100 / (2,080 + 100) = 22.9357…
    expect(withBonuses([{ label: 'Accuracy', kind: 'accuracy', amount: 1000 }])?.amount.toFixed(4)).toBe('22.9358');
  });

  test('a scheduled overtime hour raises the premium on a bonus too', () => {
    // 45 h at $25, $2,340 bonus: premium 2,340 × 0.5 × 260 / 2,340 = 130
    const input = { label: 'B', pay: { type: 'hourly', rate: 25, hoursPerWeek: 45 }, bonuses: [{ label: 'Team', kind: 'team', amount: 2340 }] } as const;
    expect(amountOf(input, 'overtime-on-bonuses')?.toString()).toBe('130');
  });

  test('a sign-on bonus that must be repaid enters the regular rate, in the first year only (29 CFR 778.211(c))', () => {
    // $3,000 sign-on, 12-month clawback, 45 h at $25: 3,000 × 0.5 × 260 / 2,340 = 166.666…
    const input = {
      label: 'S',
      pay: { type: 'hourly', rate: 25, hoursPerWeek: 45 },
      bonuses: [{ label: 'Sign-on', kind: 'signing', amount: 3000, clawback: { months: 12 } }],
    } as const;
    const evaluation = evaluateOffer(input);
    const line = evaluation.lines.find((entry) => entry.component === 'overtime-on-bonuses');
    expect(line?.recurring).toBe(false);
    expect(line?.label).toBe('Overtime on one-time bonuses');
    expect(line?.amount.toFixed(2)).toBe('166.67');
    // annual 58,500 + 3,250; first year + 3,000 + 166.67
    expect(evaluation.totals.annual.toString()).toBe('61750');
    expect(evaluation.totals.firstYear.toFixed(2)).toBe('64916.67');
    // Two sign-ons of $500 and $1,000, each premium taken whole: 1,500 × 0.5 × 260 / 2,340 = 83.33, and no share of a
    // clawback period said — though 500 × 130 / 2,340 + 1,000 × 130 / 2,340 and 1,500 × 130 / 2,340 part in the 40th digit.
    const split = evaluateOffer({ ...input, bonuses: [{ ...input.bonuses[0], amount: 500 }, { ...input.bonuses[0], amount: 1000 }] });
    expect(lineOf(split.lines, 'overtime-on-bonuses')?.explanation).toBe(
      '$1,500.00 of bonuses paid once that must be repaid on leaving (29 CFR 778.211(c)) × (1.5 − 1) × 260 overtime h ÷ 2,340 h worked = $83.33 (FLSA regular rate, 29 CFR 778.209).',
    );
  });

  test('a clawback longer than a year spreads the premium: 12/18 in year 1, 6/18 in year 2', () => {
    const input = {
      label: 'S',
      pay: { type: 'hourly', rate: 25, hoursPerWeek: 45 },
      bonuses: [{ label: 'Sign-on', kind: 'signing', amount: 3000, clawback: { months: 18, prorated: true } }],
    } as const;
    // 166.666… × 12/18 = 111.11; × 6/18 = 55.56
    expect(lineOf(evaluateOffer(input).lines, 'overtime-on-bonuses')?.amount.toFixed(2)).toBe('111.11');
    const years = compareOffers([input], { metric: 'horizon', years: 3 }).offers[0]?.projection ?? [];
    const premium = (year: number) => lineOf(years[year - 1]?.lines, 'overtime-on-bonuses');
    expect(premium(1)?.amount.toFixed(2)).toBe('111.11');
    expect(premium(2)?.amount.toFixed(2)).toBe('55.56');
    expect(premium(1)?.explanation).toBe(
      '$3,000.00 of bonuses paid once that must be repaid on leaving (29 CFR 778.211(c)) × (1.5 − 1) × 260 overtime h ÷ 2,340 h worked = $166.67 (FLSA regular rate, 29 CFR 778.209); the share of year 1 of the clawback period (29 CFR 778.209(a)) = $111.11.',
    );
    expect(premium(2)?.explanation).toBe(
      '$3,000.00 of bonuses paid once that must be repaid on leaving (29 CFR 778.211(c)) × (1.5 − 1) × 260 overtime h ÷ 2,340 h worked = $166.67 (FLSA regular rate, 29 CFR 778.209); the share of year 2 of the clawback period (29 CFR 778.209(a)) = $55.56.',
    );
    expect(premium(3)).toBeUndefined();
  });
});

describe('properties', () => {
  const weekly = fc.record({
    rate: fc.integer({ min: 1000, max: 10000 }).map((cents) => cents / 100),
    hoursPerWeek: fc.integer({ min: 1, max: 60 }),
    extra: fc.integer({ min: 1, max: 20 }),
    threshold: fc.integer({ min: 1, max: 40 }),
  });

  fcTest.prop([weekly])('overtime is never negative', ({ rate, hoursPerWeek, extra, threshold }) => {
    const amount = amountOf({ label: 'P', pay: { type: 'hourly', rate, hoursPerWeek, overtimeAfterHoursPerWeek: threshold }, overtime: { hoursPerWeek: extra } }, 'overtime');
    expect(amount?.isNegative()).toBe(false);
  });

  fcTest.prop([weekly])('a 40 h schedule with x extra hours gives exactly x × R × m', ({ rate, extra }) => {
    // Every extra hour passes 40: straight time plus the half is the whole multiplier.
    const amount = amountOf({ label: 'P', pay: { type: 'hourly', rate }, overtime: { hoursPerWeek: extra, multiplier: 1.5 } }, 'overtime');
    expect(amount?.toString()).toBe(new Decimal(extra).times(52).times(rate).times('1.5').toString());
  });

  fcTest.prop([weekly, fc.integer({ min: 1, max: 40 })])('raising the threshold never raises pay', ({ rate, hoursPerWeek, extra, threshold }, other) => {
    const annual = (t: number) =>
      evaluateOffer({ label: 'P', pay: { type: 'hourly', rate, hoursPerWeek, overtimeAfterHoursPerWeek: t }, overtime: { hoursPerWeek: extra } }).totals.annual;
    const [lower, higher] = threshold <= other ? [threshold, other] : [other, threshold];
    expect(annual(higher).lessThanOrEqualTo(annual(lower))).toBe(true);
  });

  fcTest.prop([
    fc.integer({ min: 1, max: 40 }),
    fc.integer({ min: 1, max: 160 }).map((quarters) => quarters / 4),
    fc.constantFrom('hourly', 'non-exempt salary', 'exempt salary'),
  ])('scheduled hours over the threshold t earn a premium exactly when the offer is non-exempt (hourly offers never are)', (threshold, over, kind) => {
    // A schedule of t + d hours (d > 0, so often under 40) with no extra hours: (hpw − t) × 52 overtime hours a
    // year at (m − 1) × R, for any t from 1 to 40 (docs/semantics.md §5.1); an exempt salary has none.
    const hoursPerWeek = threshold + over;
    const schedule = { hoursPerWeek, overtimeAfterHoursPerWeek: threshold };
    const pay = kind === 'hourly' ? { type: 'hourly', rate: 25, ...schedule } : { type: 'salary', amount: 60000, exempt: kind === 'exempt salary', ...schedule };
    const evaluation = evaluateOffer({ label: 'P', pay } as OfferInput);
    const line = lineOf(evaluation.lines, 'overtime');
    if (kind === 'exempt salary') {
      expect(line).toBeUndefined();
      expect(evaluation.hours.overtimeHours.toString()).toBe('0');
    } else {
      const hours = new Decimal(over).times(52);
      expect(evaluation.hours.overtimeHours.toString()).toBe(hours.toString());
      expect(line?.amount.toFixed(6)).toBe(evaluation.regularRate.times('0.5').times(hours).toFixed(6));
      expect(line?.amount.greaterThan(0)).toBe(true);
    }
  });

  fcTest.prop([fc.integer({ min: 0, max: 10_000_000 }), fc.integer({ min: 1, max: 30 })])(
    'the premium on a bonus is never more than (m − 1) × the bonus, and zero without overtime hours',
    (cents, extra) => {
      const bonus = new Decimal(cents).div(100);
      const input = (extraHours: number | null) => ({
        label: 'P',
        pay: { type: 'hourly', rate: 20, hoursPerWeek: 40 },
        ...(extraHours === null ? {} : { overtime: { hoursPerWeek: extraHours } }),
        bonuses: [{ label: 'Team', kind: 'team', amount: bonus.toString() }],
      }) as OfferInput;
      const premium = amountOf(input(extra), 'overtime-on-bonuses');
      expect(premium === undefined || premium.lessThanOrEqualTo(bonus.times('0.5'))).toBe(true);
      expect(amountOf(input(null), 'overtime-on-bonuses')).toBeUndefined();
    },
  );

  fcTest.prop([fc.integer({ min: 0, max: 20 }), fc.integer({ min: 0, max: 20 })])('more overtime hours never lower the total', (first, second) => {
    const annual = (hoursPerWeek: number) =>
      evaluateOffer({
        label: 'OT',
        pay: { type: 'hourly', rate: 21 },
        ...(hoursPerWeek === 0 ? {} : { overtime: { hoursPerWeek } }),
        bonuses: [{ label: 'Team', kind: 'team', amount: 1500 }],
      }).totals.annual;
    const [fewer, more] = first <= second ? [first, second] : [second, first];
    expect(annual(more).greaterThanOrEqualTo(annual(fewer))).toBe(true);
  });
});

test('overtimePay is straight time on the extra hours plus the premium on the overtime hours', () => {
  const hours = overtimeHours(offer({ pay: { type: 'hourly', rate: 20, hoursPerWeek: 42 }, overtime: { hoursPerWeek: 3, weeksPerYear: 20 } }), new Decimal(52), 'expected');
  // 20 × 60 + 20 × 0.5 × 164 = 1,200 + 1,640
  expect(overtimePay(hours, new Decimal(20), new Decimal('1.5')).toString()).toBe('2840');
});
