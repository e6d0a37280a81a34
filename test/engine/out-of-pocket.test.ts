import { fc, test as fcTest } from '@fast-check/vitest';
import { describe, expect, test } from 'vitest';
import { Decimal } from '../../src/decimal/decimal.js';
import { outOfPocketShare } from '../../src/engine/out-of-pocket.js';
import type { OutOfPocket } from '../../src/index.js';

const plan = (deductible: number, coinsurancePercent: number, outOfPocketMax: number, expectedClaims: number): OutOfPocket => ({
  deductible: new Decimal(deductible),
  coinsurancePercent: new Decimal(coinsurancePercent),
  outOfPocketMax: new Decimal(outOfPocketMax),
  expectedClaims: new Decimal(expectedClaims),
});

describe('outOfPocketShare (docs/semantics.md §8)', () => {
  test('claims within the deductible: you pay them all', () => {
    // min(800, 1,500) = 800; nothing above the deductible
    expect(outOfPocketShare(plan(1500, 20, 4000, 800))).toMatchObject({ amount: new Decimal(800), capped: false });
  });

  test('claims above the deductible: the deductible, then your coinsurance share', () => {
    // 1,500 + 20 % × (6,000 − 1,500) = 1,500 + 900 = 2,400
    const share = outOfPocketShare(plan(1500, 20, 4000, 6000));
    expect([share.deductible, share.beyondDeductible, share.coinsurance, share.amount].map(String)).toEqual(['1500', '4500', '900', '2400']);
    expect(share.capped).toBe(false);
  });

  test('a large claim year stops at the out-of-pocket maximum', () => {
    // 3,000 + 30 % × (40,000 − 3,000) = 3,000 + 11,100 = 14,100 → capped at 7,500
    const share = outOfPocketShare(plan(3000, 30, 7500, 40000));
    expect([share.coinsurance.toString(), share.amount.toString(), share.capped]).toEqual(['11100', '7500', true]);
  });

  test('no claims, nothing to pay', () => {
    expect(outOfPocketShare(plan(3000, 30, 7500, 0)).amount.isZero()).toBe(true);
  });
});

describe('properties', () => {
  const cents = (max: number) => fc.integer({ min: 0, max }).map((value) => new Decimal(value).div(100));
  const cost = fc
    .record({ deductible: cents(1_000_000), extra: cents(1_500_000), coinsurance: fc.integer({ min: 0, max: 100 }) })
    .map(({ deductible, extra, coinsurance }) => ({ deductible, outOfPocketMax: deductible.plus(extra), coinsurancePercent: new Decimal(coinsurance) }));

  fcTest.prop([cost, cents(50_000_000), cents(50_000_000)])(
    'what you pay never exceeds the maximum nor the claims, and never falls when claims rise',
    (sharing, first, second) => {
      const [fewer, more] = first.lessThanOrEqualTo(second) ? [first, second] : [second, first];
      const low = outOfPocketShare({ ...sharing, expectedClaims: fewer }).amount;
      const high = outOfPocketShare({ ...sharing, expectedClaims: more }).amount;
      expect(high.lessThanOrEqualTo(sharing.outOfPocketMax)).toBe(true);
      expect(high.lessThanOrEqualTo(more)).toBe(true);
      expect(high.greaterThanOrEqualTo(low)).toBe(true);
    },
  );
});
