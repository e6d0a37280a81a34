import { fc, test as fcTest } from '@fast-check/vitest';
import { describe, expect, test } from 'vitest';
import { allocate } from '../../src/decimal/allocate.js';
import { Decimal, sum } from '../../src/decimal/decimal.js';
import { roundHalfUp } from '../../src/decimal/round.js';

describe('allocate (largest remainder)', () => {
  test('three thirds of a dollar', () => {
    const third = new Decimal(1).div(3);
    expect(allocate(new Decimal('1.00'), [third, third, third], 2).map(String)).toEqual(['0.34', '0.33', '0.33']);
  });

  test('where rounding each line half-up would be a cent off', () => {
    // 100.005 × 3 = 300.015 → total 300.02, but each line half-up is 100.01 and 3 × 100.01 = 300.03.
    const part = new Decimal('100.005');
    const shown = allocate(roundHalfUp(part.times(3), 2), [part, part, part], 2);
    expect(shown.map(String)).toEqual(['100.01', '100.01', '100']);
  });

  test('costs count negative', () => {
    // 10.006 − 2.003 = 8.003 → 8.00; floors 10.00 and −2.01 = 7.99, one cent to the largest remainder (−2.003 → −2.00)
    expect(allocate(new Decimal('8.00'), [new Decimal('10.006'), new Decimal('-2.003')], 2).map(String)).toEqual(['10', '-2']);
  });

  fcTest.prop([fc.array(fc.integer({ min: -10_000_000, max: 10_000_000 }), { minLength: 1, maxLength: 12 }), fc.integer({ min: 1, max: 7 })])(
    'the shown parts add up exactly to the rounded total, each within one unit of its exact value',
    (numerators, denominator) => {
      const parts = numerators.map((numerator) => new Decimal(numerator).div(1000 * denominator));
      const total = roundHalfUp(sum(parts), 2);
      const shown = allocate(total, parts, 2);
      expect(sum(shown).equals(total)).toBe(true);
      shown.forEach((value, index) => {
        expect(value.minus(parts[index] ?? 0).abs().lessThan('0.01')).toBe(true);
        expect(value.decimalPlaces()).toBeLessThanOrEqual(2);
      });
    },
  );
});
