import { fc, test as fcTest } from '@fast-check/vitest';
import { describe, expect, test } from 'vitest';
import { Decimal } from '../../src/decimal/decimal.js';
import { money, percent, quantity, wholeNumber } from '../../src/offer/numbers.js';

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

describe('a JSON number is judged as the decimal it becomes', () => {
  // The quick accept on numbers must agree with the decimal comparison that strings go through,
  // at the bounds and next to them (the doubles either side of each bound), and for fractions.
  const bounds = [
    { min: new Decimal(0), max: new Decimal(168), minExclusive: true },
    { min: new Decimal(-100), max: new Decimal(1000), minExclusive: true },
    { min: new Decimal(0), max: new Decimal('1e12') },
    { min: new Decimal(1), max: new Decimal(50), integer: true },
  ];
  const nearBound = fc
    .tuple(fc.constantFrom(0, 1, 50, 168, -100, 1000, 1e12), fc.integer({ min: -3, max: 3 }))
    .map(([bound, steps]) => {
      let value: number = bound;
      for (let step = 0; step < Math.abs(steps); step += 1) value = nextDouble(value, Math.sign(steps));
      return value;
    });
  const numbers = fc.oneof(nearBound, fc.double({ noNaN: true, noDefaultInfinity: true }), fc.integer({ min: -200, max: 2000 }).map((n) => n / 4));

  fcTest.prop([numbers, fc.constantFrom(...bounds)], { numRuns: 2000 })('accepts a number exactly when it accepts its decimal string', (value, bound) => {
    const asNumber = percent(bound).safeParse(value);
    const asString = percent(bound).safeParse(String(value));
    expect(asNumber.success).toBe(asString.success);
    if (asNumber.success && asString.success) expect(asNumber.data.equals(asString.data)).toBe(true);
    else expect(asNumber.error?.issues[0]?.message).toBe(asString.error?.issues[0]?.message);
  });

  test('the doubles either side of a bound are refused and accepted as decimals would be', () => {
    const hours = percent(bounds[0]!);
    expect(hours.safeParse(nextDouble(168, 1)).success).toBe(false);
    expect(hours.safeParse(168).success).toBe(true);
    expect(hours.safeParse(Number.MIN_VALUE).success).toBe(true);
    expect(hours.safeParse(0).success).toBe(false);
    expect(hours.safeParse(-0).success).toBe(false);
    expect(percent().parse(-0).isNegative()).toBe(false);
    expect(percent(bounds[3]!).safeParse(1 + Number.EPSILON).success).toBe(false);
  });
});

/** The next double up (`direction` 1) or down (-1) from a finite value. */
function nextDouble(value: number, direction: number): number {
  if (value === 0) return direction * Number.MIN_VALUE;
  const view = new DataView(new ArrayBuffer(8));
  view.setFloat64(0, value);
  const bits = view.getBigUint64(0);
  const away = (value > 0) === (direction > 0);
  view.setBigUint64(0, away ? bits + 1n : bits - 1n);
  return view.getFloat64(0);
}
