import { describe, expect, test } from 'vitest';
import { minorUnitDigits } from '../../src/decimal/minor-unit.js';
import { numberFormatsMadeBy } from '../helpers.js';

describe('minorUnitDigits', () => {
  test('follows ISO 4217', () => {
    expect([minorUnitDigits('USD'), minorUnitDigits('JPY'), minorUnitDigits('BHD')]).toEqual([2, 0, 3]);
  });

  test('reads a currency format it is given instead of making one', () => {
    const format = new Intl.NumberFormat('en-US', { style: 'currency', currency: 'BHD' });
    let digits = 0;
    expect(numberFormatsMadeBy(() => (digits = minorUnitDigits('BHD', format)))).toBe(0);
    expect(digits).toBe(3);
  });
});
