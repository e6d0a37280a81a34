import { Decimal as GlobalDecimal } from 'decimal.js';
import { expect, test } from 'vitest';
import { Decimal, fraction, HUNDRED, max, min, ONE, sum, ZERO } from '../src/decimal.js';

test('the library\'s Decimal is its own clone: 40 digits, half-up', () => {
  expect(Decimal).not.toBe(GlobalDecimal);
  expect(Decimal.precision).toBe(40);
  expect(Decimal.rounding).toBe(Decimal.ROUND_HALF_UP);
  expect(new Decimal(1).div(3).toString()).toBe(`0.${'3'.repeat(40)}`);
  expect(new Decimal('0.1').plus('0.2').toString()).toBe('0.3');
});

test('helpers', () => {
  expect([ZERO, ONE, HUNDRED].map(String)).toEqual(['0', '1', '100']);
  expect(fraction(new Decimal(5)).toString()).toBe('0.05');
  expect(sum([]).toString()).toBe('0');
  expect(sum([new Decimal(1), new Decimal('2.5')]).toString()).toBe('3.5');
  expect(min(ONE, HUNDRED)).toBe(ONE);
  expect(max(ONE, HUNDRED)).toBe(HUNDRED);
});
