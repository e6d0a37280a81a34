import { fc, test as fcTest } from '@fast-check/vitest';
import { describe, expect, test } from 'vitest';
import { Decimal } from '../../src/decimal/decimal.js';
import { evaluateOffer } from '../../src/index.js';
import { overtimeLine, overtimeOnBonuses, overtimePay, overtimeSchedule } from '../../src/engine/overtime.js';
import { lineOf, offer, usd } from '../helpers.js';

const nonExempt = { type: 'salary', amount: 52000, exempt: false } as const;

describe('overtimeSchedule (docs/semantics.md §5)', () => {
  test('hours a week × weeks worked by default', () => {
    // Ww = 52 − (10 + 5) days × 8 h / 40 h = 49; O = 3 × 49 = 147
    const parsed = offer({ pay: nonExempt, overtime: { hoursPerWeek: 3 }, benefits: { timeOff: { vacationDays: 10, sickDays: 5 } } });
    expect(overtimeSchedule(parsed.overtime, new Decimal(49), 'expected').hours.toString()).toBe('147');
  });

  test('hours a year win over any weekly figure', () => {
    const parsed = offer({ pay: nonExempt, overtime: { hoursPerYear: 120, weeksPerYear: 40 } });
    expect(overtimeSchedule(parsed.overtime, new Decimal(49), 'high')).toEqual({
      hours: new Decimal(120),
      hoursPerWeek: null,
      weeks: null,
    });
  });

  test('low and high use the fewest and most hours a week', () => {
    // 2 × 47 = 94 (low), 4 × 47 = 188 (expected), 10 × 47 = 470 (high)
    const parsed = offer({
      pay: nonExempt,
      overtime: { hoursPerWeek: 4, weeksPerYear: 47, minHoursPerWeek: 2, maxHoursPerWeek: 10 },
    });
    const hours = (scenario: 'low' | 'expected' | 'high') =>
      overtimeSchedule(parsed.overtime, new Decimal(52), scenario).hours.toString();
    expect([hours('low'), hours('expected'), hours('high')]).toEqual(['94', '188', '470']);
  });

  test('no overtime, no hours', () => {
    expect(overtimeSchedule(null, new Decimal(52), 'expected').hours.toString()).toBe('0');
  });
});

describe('overtime pay', () => {
  test('a salaried non-exempt offer: O × (B / (hpw × 52)) × multiplier', () => {
    // R = 52,000 / 2,080 = $25; 2 h × 50 weeks = 100 h; 100 × 25 × 2 = $5,000
    const parsed = offer({ pay: nonExempt, overtime: { hoursPerWeek: 2, weeksPerYear: 50, multiplier: 2 } });
    const schedule = overtimeSchedule(parsed.overtime, new Decimal(52), 'expected');
    const pay = parsed.overtime && overtimePay(schedule.hours, new Decimal(25), parsed.overtime.multiplier);
    const entry = parsed.overtime && pay && overtimeLine(parsed.overtime, schedule, new Decimal(25), pay, usd);
    expect(entry?.amount.toString()).toBe('5000');
    expect(entry?.explanation).toBe('2 h/week × 50 weeks × $25.00 regular rate × 2 = $5,000.00.');
  });

  test('the worked example of docs/semantics.md §5: 4 h/week × 47 weeks × $23.45 × 1.5', () => {
    const evaluation = evaluateOffer({
      label: 'Biller',
      pay: { type: 'hourly', rate: 23.45 },
      overtime: { hoursPerWeek: 4, weeksPerYear: 47 },
    });
    // 188 × 23.45 × 1.5 = 6,612.90 (a float gives 6612.900000000001)
    expect(evaluation.lines[1]?.amount.toString()).toBe('6612.9');
    expect(evaluation.lines[1]?.explanation).toBe('4 h/week × 47 weeks × $23.45 regular rate × 1.5 = $6,612.90.');
  });

  test('hours given for the year are explained as such, and so is overtime on a bonus', () => {
    const evaluation = evaluateOffer({
      label: 'Hourly with a team bonus',
      pay: { type: 'hourly', rate: 30 },
      overtime: { hoursPerYear: 100 },
      bonuses: [{ label: 'Team', kind: 'team', amount: 2080 }],
    });
    const explanationOf = (component: string) => lineOf(evaluation.lines, component)?.explanation;
    // 100 × 30 × 1.5 = 4,500
    expect(explanationOf('overtime')).toBe('100 h a year × $30.00 regular rate × 1.5 = $4,500.00.');
    // 2,080 × (1.5 − 1) × 100 ÷ (2,080 + 100) = 104,000 ÷ 2,180 = 47.7064… → $47.71
    expect(explanationOf('overtime-on-bonuses')).toBe(
      '$2,080.00 of non-discretionary bonuses × (1.5 − 1) × 100 overtime h ÷ 2,180 h worked = $47.71 (FLSA regular rate, 29 CFR 778.209).',
    );
  });
});

describe('overtime on bonuses (docs/semantics.md §7, 29 CFR 778.209)', () => {
  test('ΣE × (m − 1) × O / (Hs − Hoff + O)', () => {
    // $2,000 × 0.5 × 100 / (1,900 + 100) = $50
    expect(overtimeOnBonuses(new Decimal(2000), new Decimal('1.5'), new Decimal(100), new Decimal(1900)).toString()).toBe('50');
  });

  test('discretionary, profit-sharing and one-time bonuses stay out of the regular rate', () => {
    const base = { label: 'B', pay: { type: 'hourly', rate: 20 }, overtime: { hoursPerYear: 100 } } as const;
    const withBonuses = (bonuses: object[]) =>
      lineOf(evaluateOffer({ ...base, bonuses: bonuses as never }).lines, 'overtime-on-bonuses');
    expect(withBonuses([{ label: 'Gift', kind: 'other', amount: 1000, discretionary: true }])).toBeUndefined();
    expect(withBonuses([{ label: 'Profit share', kind: 'profit-sharing', amount: 1000 }])).toBeUndefined();
    expect(withBonuses([{ label: 'Sign-on', kind: 'signing', amount: 1000 }])).toBeUndefined();
    // Non-discretionary $1,000: 1,000 × 0.5 × 100 / (2,080 + 100) = 22.9357…
    expect(withBonuses([{ label: 'Accuracy', kind: 'accuracy', amount: 1000 }])?.amount.toFixed(4)).toBe('22.9358');
  });

  test('an exempt offer has no overtime at all', () => {
    const evaluation = evaluateOffer({
      label: 'E',
      pay: { type: 'salary', amount: 90000 },
      bonuses: [{ label: 'Annual', kind: 'performance', amount: 5000 }],
    });
    expect(evaluation.lines.map((entry) => entry.component)).toEqual(['base', 'bonus']);
    expect(evaluation.hours.overtimeHours.toString()).toBe('0');
  });
});

describe('properties', () => {
  fcTest.prop([
    fc.integer({ min: 0, max: 10_000_000 }),
    fc.constantFrom('1.5', '2'),
    fc.integer({ min: 0, max: 2000 }),
    fc.integer({ min: 1, max: 3000 }),
  ])('overtime on bonuses is never more than (m − 1) × the bonuses, and zero without overtime hours', (cents, multiplier, hours, straight) => {
    const bonuses = new Decimal(cents).div(100);
    const amount = overtimeOnBonuses(bonuses, new Decimal(multiplier), new Decimal(hours), new Decimal(straight));
    expect(amount.isNegative()).toBe(false);
    expect(amount.lessThanOrEqualTo(bonuses.times(new Decimal(multiplier).minus(1)))).toBe(true);
    if (hours === 0) expect(amount.isZero()).toBe(true);
  });

  fcTest.prop([fc.integer({ min: 0, max: 20 }), fc.integer({ min: 0, max: 20 })])(
    'more overtime hours never lower the total',
    (first, second) => {
      const annual = (hoursPerWeek: number) =>
        evaluateOffer({
          label: 'OT',
          pay: { type: 'hourly', rate: 21 },
          overtime: { hoursPerWeek },
          bonuses: [{ label: 'Team', kind: 'team', amount: 1500 }],
        }).totals.annual;
      const [fewer, more] = first <= second ? [first, second] : [second, first];
      expect(annual(more).greaterThanOrEqualTo(annual(fewer))).toBe(true);
    },
  );
});

test('low and high fall back to the expected hours a week when no range is given', () => {
  const parsed = offer({ pay: nonExempt, overtime: { hoursPerWeek: 3, weeksPerYear: 40 } });
  expect(overtimeSchedule(parsed.overtime, new Decimal(52), 'low').hours.toString()).toBe('120');
  expect(overtimeSchedule(parsed.overtime, new Decimal(52), 'high').hours.toString()).toBe('120');
});
