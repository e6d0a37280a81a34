import { expect, test } from 'vitest';
import { Decimal } from '../src/decimal.js';
import { createExplainer } from '../src/explain.js';

test('explanation numbers: money to the cent half-up, rates to four places, plain numbers, percents', () => {
  const explain = createExplainer('USD');
  expect(explain.money(new Decimal('35.175'))).toBe('$35.18');
  expect(explain.money(new Decimal('1234567.891'))).toBe('$1,234,567.89');
  expect(explain.rate(new Decimal(68000).div(2080))).toBe('$32.6923');
  expect(explain.rate(new Decimal('23.45'))).toBe('$23.45');
  expect(explain.number(new Decimal('46.4'))).toBe('46.4');
  expect(explain.number(new Decimal(2100))).toBe('2,100');
  expect(explain.percent(new Decimal('7.5'))).toBe('7.5%');
  expect(createExplainer('EUR').money(new Decimal(10))).toBe('€10.00');
});
