import { fc, test as fcTest } from '@fast-check/vitest';
import { Decimal as GlobalDecimal } from 'decimal.js';
import { describe, expect, test } from 'vitest';
import { add, Decimal, fraction, freezeDecimal, HUNDRED, max, min, ONE, sum, ZERO } from '../../src/decimal/decimal.js';

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

describe('freezeDecimal', () => {
  test('freezes a decimal and its digits, and leaves a frozen one as it is', () => {
    const value = new Decimal('1234567.891');
    expect(freezeDecimal(value)).toBe(value);
    expect(Object.isFrozen(value) && Object.isFrozen(value.d)).toBe(true);
    expect(() => {
      value.d[0] = 20;
    }).toThrow(TypeError);
    expect(value.toString()).toBe('1234567.891');
    expect(freezeDecimal(value)).toBe(value);
    for (const constant of [ZERO, ONE, HUNDRED]) expect(Object.isFrozen(constant.d)).toBe(true);
    // Digits are still an array, read as one.
    expect(Array.isArray(value.d)).toBe(true);
    expect(value).toEqual(new Decimal('1234567.891'));
  });

  fcTest.prop([fc.array(fc.integer(), { maxLength: 6 }), fc.option(fc.integer({ min: -8, max: 8 })), fc.option(fc.integer({ min: -8, max: 8 }))])(
    'a frozen decimal\'s digits slice as an array does',
    (digits, start, end) => {
      const value = freezeDecimal(new Decimal(1));
      const frozen = Object.setPrototypeOf([...digits], Object.getPrototypeOf(value.d) as object) as number[];
      const args = [start ?? undefined, end ?? undefined] as const;
      expect(frozen.slice(...args)).toEqual(digits.slice(...args));
      expect(Object.getPrototypeOf(frozen.slice())).toBe(Array.prototype);
    },
  );

  fcTest.prop([decimal, decimal])('arithmetic on frozen decimals gives what it gives on the same decimals unfrozen', (a, b) => {
    const [x, y] = [new Decimal(a), new Decimal(b)];
    const [fx, fy] = [freezeDecimal(new Decimal(a)), freezeDecimal(new Decimal(b))];
    const results = (p: Decimal, q: Decimal) => [
      p.plus(q).valueOf(),
      p.minus(q).valueOf(),
      p.times(q).valueOf(),
      q.isZero() ? 'none' : p.div(q).valueOf(),
      p.pow(3).valueOf(),
      p.negated().valueOf(),
      p.abs().valueOf(),
      p.floor().valueOf(),
      p.round().valueOf(),
      p.toDecimalPlaces(2).valueOf(),
      p.toFixed(2),
      p.comparedTo(q),
      p.equals(q),
      p.isInteger(),
    ];
    expect(results(fx, fy)).toEqual(results(x, y));
    expect(results(fx, y)).toEqual(results(x, y));
    expect(results(x, fy)).toEqual(results(x, y));
    expect(fx.valueOf()).toBe(x.valueOf());
  });
});
