import { expect, test } from 'vitest';
import { Decimal as LibraryDecimal } from '../../src/decimal/decimal.js';
import { Decimal, evaluateOffer, evaluationToJSON, type OfferInput } from '../../src/index.js';

const offer: OfferInput = { label: 'Mercy', pay: { type: 'hourly', rate: '23.45' }, overtime: { hoursPerWeek: 4, weeksPerYear: 47 } };

test('the exported Decimal starts as the library\'s: 40 digits, half-up', () => {
  expect(Decimal.precision).toBe(40);
  expect(Decimal.rounding).toBe(Decimal.ROUND_HALF_UP);
  expect(new Decimal(1).div(3).toString()).toBe(`0.${'3'.repeat(40)}`);
});

test('configuring the exported Decimal (Decimal.set) changes no figure the library computes (issue 19, item 12)', () => {
  const before = evaluationToJSON(evaluateOffer(offer));
  const saved = { precision: Decimal.precision, rounding: Decimal.rounding, toExpPos: Decimal.toExpPos };
  try {
    Decimal.set({ precision: 2, rounding: Decimal.ROUND_FLOOR, toExpPos: 1 });
    expect(new Decimal(1).div(3).toString()).toBe('0.33');
    expect(evaluationToJSON(evaluateOffer(offer)).totals).toEqual(before.totals);
    expect(evaluationToJSON(evaluateOffer(offer))).toEqual(before);
    expect(LibraryDecimal.precision).toBe(40);
  } finally {
    Decimal.set(saved);
  }
});

test('the exported Decimal is not the constructor the library computes with, yet reads its results', () => {
  expect(Decimal).not.toBe(LibraryDecimal);
  const annual = evaluateOffer(offer).totals.annual;
  expect(new Decimal(annual).equals(annual)).toBe(true);
  expect(Decimal.isDecimal(annual)).toBe(true);
  // decimal.js clones share one prototype.
  expect(annual instanceof Decimal).toBe(true);
});
