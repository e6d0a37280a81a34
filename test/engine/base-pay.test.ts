import { fc, test as fcTest } from '@fast-check/vitest';
import { describe, expect, test } from 'vitest';
import { annualBase, baseLine, hourlyRateForBase, PERIODS_PER_YEAR, regularRate } from '../../src/engine/base-pay.js';
import { Decimal } from '../../src/decimal/decimal.js';
import { scheduledHours } from '../../src/offer/hours.js';
import { evaluateOffer } from '../../src/index.js';
import { offer, usd } from '../helpers.js';

describe('annualBase (docs/semantics.md §2)', () => {
  test.each([
    // amount × periods: 52,000 × 1; 4,500 × 12 = 54,000; 2,250 × 24 = 54,000; 2,000 × 26 = 52,000; 1,000 × 52 = 52,000
    ['year', 52000, '52000'],
    ['month', 4500, '54000'],
    ['semimonth', 2250, '54000'],
    ['biweek', 2000, '52000'],
    ['week', 1000, '52000'],
  ] as const)('a salary paid per %s', (per, amount, expected) => {
    expect(annualBase(offer({ pay: { type: 'salary', amount, per } })).toString()).toBe(expected);
  });

  test('an hourly rate × hours a week × paid weeks', () => {
    // $23.45 × 37.5 h × 50 weeks = $43,968.75
    const base = annualBase(offer({ pay: { type: 'hourly', rate: '23.45', hoursPerWeek: 37.5, paidWeeksPerYear: 50 } }));
    expect(base.toString()).toBe('43968.75');
  });

  test('the location pay adjustment multiplies the base: -10 % and +5 %', () => {
    // 60,000 × 0.90 = 54,000; 60,000 × 1.05 = 63,000
    expect(annualBase(offer({ pay: { type: 'salary', amount: 60000 }, location: { payAdjustmentPercent: -10 } })).toString()).toBe('54000');
    expect(annualBase(offer({ pay: { type: 'salary', amount: 60000 }, location: { payAdjustmentPercent: '5' } })).toString()).toBe('63000');
  });

  test('the periods are those of docs/semantics.md §2', () => {
    expect(PERIODS_PER_YEAR).toEqual({ year: 1, month: 12, semimonth: 24, biweek: 26, week: 52 });
  });
});

describe('hourlyRateForBase (the rate of a break-even base)', () => {
  test('base ÷ (hours a week × paid weeks × (1 + p)), rounded up to the cent', () => {
    // 50,000 / (37.5 × 50 × 0.90) = 50,000 / 1,687.5 = 29.6296… → 29.63 (29.62 × 1,687.5 = 49,983.75 falls short)
    const hourly = offer({
      pay: { type: 'hourly', rate: 1, hoursPerWeek: 37.5, paidWeeksPerYear: 50 },
      location: { payAdjustmentPercent: -10 },
    });
    expect(hourlyRateForBase(hourly, new Decimal(50000), 2)?.toString()).toBe('29.63');
    expect(hourlyRateForBase(offer({ pay: { type: 'salary', amount: 50000 } }), new Decimal(50000), 2)).toBeNull();
  });

  fcTest.prop([
    fc.integer({ min: 1, max: 100_000 }),
    fc.integer({ min: 1, max: 80 }),
    fc.integer({ min: 1, max: 52 }),
    fc.integer({ min: -99, max: 100 }),
  ])('undoes annualBase for any rate in cents', (rateCents, hoursPerWeek, paidWeeksPerYear, payAdjustmentPercent) => {
    const rate = new Decimal(rateCents).div(100);
    const hourly = offer({ pay: { type: 'hourly', rate: rate.toString(), hoursPerWeek, paidWeeksPerYear }, location: { payAdjustmentPercent } });
    expect(hourlyRateForBase(hourly, annualBase(hourly), 2)?.toString()).toBe(rate.toString());
  });
});

describe('regularRate (docs/semantics.md §3)', () => {
  test('salary: B / (hoursPerWeek × 52)', () => {
    // 52,000 / (40 × 52) = 25; 52,000 / (37.5 × 52) = 26.666…
    const full = offer({ pay: { type: 'salary', amount: 52000 } });
    expect(regularRate(annualBase(full), scheduledHours(full.pay)).toString()).toBe('25');
    const short = offer({ pay: { type: 'salary', amount: 52000, hoursPerWeek: 37.5 } });
    expect(regularRate(annualBase(short), scheduledHours(short.pay)).toFixed(4)).toBe('26.6667');
  });

  test('hourly: rate × (1 + p), whatever the paid weeks', () => {
    // 20 × (1 − 0.15) = 17, exactly
    const hourly = offer({
      pay: { type: 'hourly', rate: 20, paidWeeksPerYear: 48 },
      location: { payAdjustmentPercent: -15 },
    });
    expect(regularRate(annualBase(hourly), scheduledHours(hourly.pay)).toString()).toBe('17');
  });
});

describe('baseLine', () => {
  test('explains the arithmetic', () => {
    const monthly = offer({ pay: { type: 'salary', amount: 4500, per: 'month' } });
    expect(baseLine(monthly, annualBase(monthly), usd).explanation).toBe('$4,500.00 a month × 12 pay periods = $54,000.00.');
    const yearly = offer({ pay: { type: 'salary', amount: 52000 } });
    expect(baseLine(yearly, annualBase(yearly), usd)).toMatchObject({
      component: 'base',
      label: 'Base salary',
      category: 'guaranteed-cash',
      recurring: true,
      explanation: '$52,000.00 a year.',
    });
    const raised = offer({ pay: { type: 'hourly', rate: 20 }, location: { payAdjustmentPercent: 5 } });
    expect(baseLine(raised, annualBase(raised), usd).explanation).toBe(
      '$20.00 an hour × 40 h/week × 52 paid weeks × (1 + 5%) location pay adjustment = $43,680.00.',
    );
  });
});

describe('properties', () => {
  fcTest.prop([fc.integer({ min: 725, max: 50_000 })])(
    'an hourly rate × 2,080 h gives the same evaluation as the same salary',
    (cents) => {
      const rate = new Decimal(cents).div(100);
      const extras = {
        bonuses: [{ label: 'Annual', kind: 'performance' as const, percentOfBase: 5 }],
        benefits: {
          retirement: { plan: '401k' as const, match: [{ matchPercent: 50, upToPercentOfPay: 6 }] },
          timeOff: { vacationDays: 10, holidays: 8 },
        },
        costs: { commute: { daysPerWeek: 5, costPerDay: 9 } },
      };
      const hourly = evaluateOffer({ label: 'H', pay: { type: 'hourly', rate: rate.toString() }, ...extras });
      const salaried = evaluateOffer({ label: 'S', pay: { type: 'salary', amount: rate.times(2080).toString() }, ...extras });
      expect(hourly.regularRate.equals(salaried.regularRate)).toBe(true);
      expect(hourly.hours.scheduledHours.toString()).toBe('2080');
      expect(salaried.hours.scheduledHours.toString()).toBe('2080');
      for (const key of ['annual', 'firstYear', 'low', 'high', 'hoursWorked', 'effectiveHourly'] as const) {
        expect(hourly.totals[key].equals(salaried.totals[key])).toBe(true);
      }
      expect(hourly.paidTimeOff.value.equals(salaried.paidTimeOff.value)).toBe(true);
    },
  );

  fcTest.prop([fc.integer({ min: 1, max: 100_000_000 }), fc.constantFrom('year', 'month', 'semimonth', 'biweek', 'week')])(
    'regular rate × scheduled hours gives back the base',
    (cents, per) => {
      const parsed = offer({ pay: { type: 'salary', amount: new Decimal(cents).div(100).toString(), per } });
      const base = annualBase(parsed);
      const rate = regularRate(base, scheduledHours(parsed.pay));
      expect(rate.times(scheduledHours(parsed.pay)).minus(base).abs().lessThan('1e-30')).toBe(true);
    },
  );
});
