import { expect, test } from 'vitest';
import { Decimal } from '../src/decimal.js';
import { money, percent, quantity, wholeNumber } from '../src/schema-numbers.js';

test('field builders turn valid input into Decimals and refuse the rest', () => {
  expect(money().parse('23.45')).toEqual(new Decimal('23.45'));
  expect(money().parse(23.45).toString()).toBe('23.45');
  expect(money().parse('1.5e3').toString()).toBe('1500');
  expect(money().parse('.5').toString()).toBe('0.5');
  expect(percent().parse(5).toString()).toBe('5');
  expect(quantity({ min: new Decimal(0), max: new Decimal(168) }).parse(37.5).toString()).toBe('37.5');
  expect(wholeNumber(1, 50).parse(3)).toBe(3);
  expect(money().safeParse('12.').success).toBe(true);
  expect(money().safeParse('+5').success).toBe(false);
  expect(percent().safeParse(1000.5).success).toBe(false);
  expect(wholeNumber(1, 50).safeParse(51).success).toBe(false);
});
