import { fc, test as fcTest } from '@fast-check/vitest';
import { Decimal as GlobalDecimal } from 'decimal.js';
import { expect, test } from 'vitest';
import { add, Decimal, fraction, HUNDRED, max, min, ONE, sum, ZERO } from '../../src/decimal/decimal.js';

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
  const half = new Decimal('0.5');
  expect(add(ZERO, half)).toBe(half);
  expect(add(half, ZERO)).toBe(half);
  expect(add(half, half).toString()).toBe('1');
});

/** Decimals of up to 40 digits, either sign, zeros of both signs among them. */
const decimal = fc.oneof(
  fc.constantFrom(ZERO, new Decimal(-0), ONE, new Decimal(-1)),
  fc.tuple(fc.bigInt({ min: -(10n ** 40n) + 1n, max: 10n ** 40n - 1n }), fc.integer({ min: -45, max: 20 })).map(
    ([digits, exponent]) => new Decimal(`${digits}e${exponent}`),
  ),
);

fcTest.prop([fc.array(decimal, { maxLength: 8 })])(
  'sum, which leaves out additions of a zero and to a zero, has the value and sign of adding one by one',
  (values) => {
    // valueOf keeps the sign of a zero ("-0"), which toString drops.
    const oneByOne = values.reduce((total, value) => total.plus(value), ZERO);
    expect(sum(values).valueOf()).toBe(oneByOne.valueOf());
  },
);
