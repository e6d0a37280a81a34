import { expect, test } from 'vitest';
import { Decimal } from '../../src/decimal/decimal.js';
import { numberFormats } from '../../src/present/number-format.js';

test('money is rounded half-up to the minor unit from the exact decimal, then written for the locale', () => {
  const { money, negativeMoney, percent } = numberFormats('USD', 'en-US');
  // 1,234.565 → 1,234.57 (half-up; as a float 1234.565 is 1234.56499…, and would round down)
  expect(money(new Decimal('1234.565'))).toBe('$1,234.57');
  expect(negativeMoney(new Decimal('600'))).toBe('-$600.00');
  expect(negativeMoney(new Decimal('0'))).toBe('$0.00');
  expect(percent(new Decimal('-4.7619'))).toBe('-4.8');
  expect(percent(new Decimal('8.917'))).toBe('+8.9');
  expect(percent(new Decimal('0'))).toBe('0');
});

test('the locale and currency decide the writing, and the minor unit the rounding', () => {
  // JPY has no minor unit: 1,234.5 → 1,235.
  expect(numberFormats('JPY', 'ja-JP').money(new Decimal('1234.5'))).toBe('￥1,235');
  expect(numberFormats('EUR', 'de-DE').money(new Decimal('1234.5'))).toBe('1.234,50\u00a0€');
});
