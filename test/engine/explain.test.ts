import { expect, test } from 'vitest';
import { Decimal } from '../../src/decimal/decimal.js';
import { createExplainer } from '../../src/engine/explain.js';
import { numberFormatsMadeBy } from '../helpers.js';

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

test('an explainer makes its three number formats once, on first use, and no others', () => {
  let explain = createExplainer('JPY');
  expect(numberFormatsMadeBy(() => (explain = createExplainer('JPY')))).toBe(0);
  const made = numberFormatsMadeBy(() => {
    // JPY has no minor unit: the rate format keeps up to four decimals without forcing any.
    expect(explain.rate(new Decimal('1234.5'))).toBe('¥1,234.5');
    expect(explain.money(new Decimal('1234.5'))).toBe('¥1,235');
    expect(explain.number(new Decimal(2)) + explain.percent(new Decimal(5))).toBe('25%');
  });
  expect(made).toBe(3);
});
