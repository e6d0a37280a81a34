import { fc, test as fcTest } from '@fast-check/vitest';
import { describe, expect, test } from 'vitest';
import { Decimal } from '../../src/decimal/decimal.js';
import { workload } from '../../src/offer/hours.js';
import { evaluateOffer } from '../../src/index.js';
import { paidTimeOff } from '../../src/engine/paid-time-off.js';
import { offer, usd } from '../helpers.js';

describe('paidTimeOff (docs/semantics.md §13)', () => {
  test('Hoff × R, explained', () => {
    // 28 days × 8 h = 224 h × $25 = $5,600
    const parsed = offer({ pay: { type: 'salary', amount: 52000 }, benefits: { timeOff: { vacationDays: 15, sickDays: 5, holidays: 8 } } });
    const value = paidTimeOff(workload(parsed), new Decimal(25), usd);
    expect(value.value.toString()).toBe('5600');
    expect(value.explanation).toBe(
      '28 days off = 224 h × $25.00 regular rate = $5,600.00; already paid inside base pay, so shown but not added.',
    );
    expect(Object.isFrozen(value)).toBe(true);
    expect(JSON.parse(JSON.stringify(value))).toEqual({ days: '28', hours: '224', value: '5600', explanation: value.explanation });
  });
});

describe('properties', () => {
  fcTest.prop([fc.integer({ min: 0, max: 40 }), fc.integer({ min: 0, max: 15 }), fc.integer({ min: 3000000, max: 15000000 })])(
    'paid time off is shown but never added on top of a salary that already pays it',
    (vacationDays, holidays, cents) => {
      const pay = { type: 'salary', amount: new Decimal(cents).div(100).toString() } as const;
      const without = evaluateOffer({ label: 'A', pay });
      const withTimeOff = evaluateOffer({ label: 'A', pay, benefits: { timeOff: { vacationDays, holidays } } });
      expect(withTimeOff.totals.annual.equals(without.totals.annual)).toBe(true);
      // Hoff × R with Hoff = days × 40 h / 5
      expect(withTimeOff.paidTimeOff.value.equals(new Decimal((vacationDays + holidays) * 8).times(withTimeOff.regularRate))).toBe(true);
    },
  );
});
