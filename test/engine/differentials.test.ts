import { fc, test as fcTest } from '@fast-check/vitest';
import { describe, expect, test } from 'vitest';
import { evaluateOffer, type OfferInput } from '../../src/index.js';
import { lineOf } from '../helpers.js';

const coder = {
  label: 'Night coder',
  pay: { type: 'hourly', rate: 23.45 },
  benefits: { timeOff: { vacationDays: 10, sickDays: 5, holidays: 6 } },
} as const;

describe('differentials (docs/semantics.md §5.3: 29 CFR 778.207(b), 778.223, 785.17)', () => {
  test('an amount an hour for hours a week, in the weeks worked', () => {
    // 21 days off: Ww = 52 − 21 / 5 = 47.8; $2.00 × 16 × 47.8 = $1,529.60, guaranteed cash (a shift differential).
    const evaluation = evaluateOffer({ ...coder, pay: { ...coder.pay, differentials: [{ label: 'Night shift', kind: 'shift', amountPerHour: 2, hoursPerWeek: 16 }] } });
    const line = lineOf(evaluation.lines, 'differential');
    expect(line?.amount.toString()).toBe('1529.6');
    expect(line?.category).toBe('guaranteed-cash');
    expect(line?.explanation).toBe('$2.00 an hour × 16 h/week × 47.8 weeks = $1,529.60 (shift differential).');
    // No overtime hour, no premium on it.
    expect(lineOf(evaluation.lines, 'overtime-on-differentials')).toBeUndefined();
    expect(evaluation.totals.guaranteedCash.toString()).toBe('50305.6');
  });

  test('a differential enters the regular rate: the premium on it for every overtime hour', () => {
    // 4 h/week in 47 weeks: O15 = 188, HW = 2,080 − 168 + 188 = 2,100;
    // premium = 1,529.60 × 0.5 × 188 / 2,100 = 68.4678… → $68.47
    const evaluation = evaluateOffer({
      ...coder,
      pay: { ...coder.pay, differentials: [{ label: 'Night shift', kind: 'shift', amountPerHour: 2, hoursPerWeek: 16 }] },
      overtime: { hoursPerWeek: 4, weeksPerYear: 47 },
    });
    const line = lineOf(evaluation.lines, 'overtime-on-differentials');
    expect(line?.amount.toFixed(2)).toBe('68.47');
    expect(line?.explanation).toBe(
      '$1,529.60 of differentials × (1.5 − 1) × 188 overtime h ÷ 2,100 h worked = $68.47 (FLSA regular rate, 29 CFR 778.207(b), 778.223).',
    );
  });

  test('a percent of the regular rate for a share of the hours worked', () => {
    // 10 % of $25 = $2.50 an hour × 25 % of 2,080 h = 520 h → $1,300
    const evaluation = evaluateOffer({
      label: 'Weekend',
      pay: { type: 'hourly', rate: 25, differentials: [{ label: 'Weekend', kind: 'weekend', percentOfRate: 10, percentOfHours: 25 }] },
    });
    expect(lineOf(evaluation.lines, 'differential')?.amount.toString()).toBe('1300');
    expect(lineOf(evaluation.lines, 'differential')?.explanation).toBe(
      '10% of the $25.00 regular rate = $2.50 an hour × 25% of 2,080 h worked = $1,300.00 (weekend differential).',
    );
  });

  test('on-call pay is variable cash and its hours are not hours worked', () => {
    // $3.00 × 300 h a year = $900; hours worked stay 2,080.
    const evaluation = evaluateOffer({
      label: 'On call',
      pay: { type: 'hourly', rate: 25, differentials: [{ label: 'On call', kind: 'on-call', amountPerHour: 3, hoursPerYear: 300 }] },
    });
    const line = lineOf(evaluation.lines, 'differential');
    expect([line?.amount.toString(), line?.category]).toEqual(['900', 'variable-cash']);
    expect(line?.explanation).toBe('$3.00 an hour × 300 h a year = $900.00 (on-call differential: on-call hours are not hours worked, 29 CFR 785.17).');
    expect(evaluation.totals.hoursWorked.toString()).toBe('2080');
  });

  test('an exempt offer still gets the line, never a premium', () => {
    const evaluation = evaluateOffer({
      label: 'Exempt',
      pay: { type: 'salary', amount: 70000, hoursPerWeek: 50, differentials: [{ label: 'Holiday', kind: 'holiday', amountPerHour: 10, hoursPerYear: 80 }] },
    });
    expect(lineOf(evaluation.lines, 'differential')?.amount.toString()).toBe('800');
    expect(lineOf(evaluation.lines, 'overtime-on-differentials')).toBeUndefined();
  });

  test('exactly one rate and one measure of hours', () => {
    expect(() => evaluateOffer({ label: 'X', pay: { type: 'hourly', rate: 20, differentials: [{ label: 'A', kind: 'shift', hoursPerWeek: 1 }] } })).toThrow(
      'pay.differentials[0]: must have exactly one of amountPerHour or percentOfRate',
    );
    expect(() =>
      evaluateOffer({ label: 'X', pay: { type: 'hourly', rate: 20, differentials: [{ label: 'A', kind: 'shift', amountPerHour: 1, hoursPerWeek: 1, hoursPerYear: 2 }] } }),
    ).toThrow('pay.differentials[0]: must have exactly one of hoursPerWeek, hoursPerYear or percentOfHours');
  });
});

describe('properties', () => {
  const offer = fc.record({
    rate: fc.integer({ min: 1000, max: 6000 }).map((cents) => cents / 100),
    hoursPerWeek: fc.integer({ min: 20, max: 50 }),
    extra: fc.integer({ min: 0, max: 10 }),
    differential: fc.integer({ min: 0, max: 500 }).map((cents) => cents / 100),
    hours: fc.integer({ min: 0, max: 40 }),
    kind: fc.constantFrom('shift', 'weekend', 'holiday', 'on-call', 'other'),
  });
  const input = (fields: { rate: number; hoursPerWeek: number; extra: number }, differentials: object[]): OfferInput => ({
    label: 'P',
    pay: { type: 'hourly', rate: fields.rate, hoursPerWeek: fields.hoursPerWeek, differentials: differentials as never },
    ...(fields.extra === 0 ? {} : { overtime: { hoursPerWeek: fields.extra } }),
  });

  fcTest.prop([offer])('a differential of 0 changes no total and no line but its own', (fields) => {
    // A zero-valued item changes nothing (docs/semantics.md §7: no premium line when no amount enters the regular rate).
    const before = evaluateOffer(input(fields, []));
    const after = evaluateOffer(input(fields, [{ label: 'Zero', kind: fields.kind, amountPerHour: 0, hoursPerWeek: fields.hours }]));
    for (const key of ['annual', 'firstYear', 'guaranteedCash', 'variableCash', 'hoursWorked', 'low', 'high'] as const) {
      expect(after.totals[key].toString()).toBe(before.totals[key].toString());
    }
    const shown = (lines: typeof before.lines) =>
      lines.map((entry) => [entry.component, entry.label, entry.category, entry.recurring, entry.amount.toString(), entry.explanation]);
    expect(shown(after.lines.filter((entry) => entry.component !== 'differential'))).toEqual(shown(before.lines));
    expect(lineOf(after.lines, 'differential')?.amount.isZero()).toBe(true);
    expect(after.warnings).toEqual(before.warnings);
  });

  fcTest.prop([offer])('hours worked never include differential or on-call hours', (fields) => {
    const without = evaluateOffer(input(fields, [])).totals.hoursWorked;
    const withDifferential = evaluateOffer(input(fields, [{ label: 'D', kind: fields.kind, amountPerHour: fields.differential, hoursPerWeek: fields.hours }]));
    expect(withDifferential.totals.hoursWorked.toString()).toBe(without.toString());
  });

  fcTest.prop([offer])('a differential never lowers the total', (fields) => {
    const without = evaluateOffer(input(fields, [])).totals.annual;
    const withDifferential = evaluateOffer(input(fields, [{ label: 'D', kind: fields.kind, amountPerHour: fields.differential, hoursPerWeek: fields.hours }])).totals.annual;
    expect(withDifferential.greaterThanOrEqualTo(without)).toBe(true);
  });
});

test('a retirement plan may count differentials as eligible pay', () => {
  // Base 52,000 + night differential 2 × 20 × 52 = 2,080; 4 % non-elective on both = 2,163.20, on base alone 2,080.
  const input = (eligiblePay: ('base' | 'differentials')[]) =>
    evaluateOffer({
      label: 'R',
      pay: { type: 'hourly', rate: 25, differentials: [{ label: 'Night', kind: 'shift', amountPerHour: 2, hoursPerWeek: 20 }] },
      benefits: { retirement: { plan: '403b', nonElectivePercent: 4, eligiblePay } },
    });
  expect(lineOf(input(['base', 'differentials']).lines, 'retirement-nonelective')?.amount.toString()).toBe('2163.2');
  expect(lineOf(input(['base']).lines, 'retirement-nonelective')?.amount.toString()).toBe('2080');
});
