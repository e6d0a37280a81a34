import { describe, expect, test } from 'vitest';
import { Decimal } from '../../src/decimal/decimal.js';
import { minorUnit, roundDown, roundHalfUp, roundUp } from '../../src/decimal/round.js';

describe('roundHalfUp', () => {
  test('rounds exact decimals half-up, where floats fail', () => {
    // (35.175).toFixed(2) is "35.17" because 35.175 is 35.17499999… as a float.
    expect((35.175).toFixed(2)).toBe('35.17');
    expect(roundHalfUp(new Decimal('35.175'), 2).toFixed(2)).toBe('35.18');
    expect(roundHalfUp(new Decimal('-35.175'), 2).toFixed(2)).toBe('-35.18');
    expect(roundHalfUp(new Decimal('1.005'), 2).toFixed(2)).toBe('1.01');
  });

  test('never returns negative zero', () => {
    const rounded = roundHalfUp(new Decimal('-0.004'), 2);
    expect(rounded.isNegative()).toBe(false);
    expect(rounded.toFixed(2)).toBe('0.00');
  });
});

describe('roundUp / roundDown', () => {
  test('round toward +∞ and −∞, to any number of digits, never to negative zero', () => {
    expect(roundUp(new Decimal('24.171'), 2).toString()).toBe('24.18');
    expect(roundUp(new Decimal('-24.179'), 2).toString()).toBe('-24.17');
    expect(roundDown(new Decimal('24.179'), 2).toString()).toBe('24.17');
    expect(roundDown(new Decimal('-24.171'), 2).toString()).toBe('-24.18');
    // JPY has no minor unit: 5,999,999.01 yen rounds up to 6,000,000.
    expect(roundUp(new Decimal('5999999.01'), 0).toString()).toBe('6000000');
    expect(roundUp(new Decimal('-0.004'), 2).isNegative()).toBe(false);
    expect(roundDown(new Decimal('0.004'), 2).toString()).toBe('0');
  });

  test('minorUnit is one unit of the last digit', () => {
    expect([minorUnit(0), minorUnit(2), minorUnit(3)].map(String)).toEqual(['1', '0.01', '0.001']);
  });
});
