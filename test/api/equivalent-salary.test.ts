import { fc, test as fcTest } from '@fast-check/vitest';
import { describe, expect, test } from 'vitest';
import { equivalentSalary } from '../../src/api/equivalent-salary.js';
import { compareOffers, evaluateOffer, OfferValidationError, type OfferInput, REGION_CODES } from '../../src/index.js';
import { offerInput } from '../arbitraries.js';

describe('equivalentSalary', () => {
  test('pay in one state buys what this buys in another (BEA 2024)', () => {
    // 60,000 × 108.805 (NJ) / 87.843 (OK) = 6,528,300 / 87.843 = 74,317.8170…
    expect(equivalentSalary(60000, { from: 'US-OK', to: 'US-NJ' }).toFixed(4)).toBe('74317.8170');
    // 74,430.50 in New Jersey buys what 74,430.50 × 88.823 / 108.805 = 60,761.3648… buys in Alabama
    expect(equivalentSalary('74430.50', { from: 'US-NJ', to: 'US-AL' }).toFixed(2)).toBe('60761.36');
    expect(equivalentSalary(50000, { from: { costIndex: 80 }, to: { costIndex: 100 } }).toString()).toBe('62500');
  });

  test('unknown areas and bad amounts are validation errors with paths', () => {
    try {
      equivalentSalary('lots', { from: 'US-XX', to: 'NJ' });
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(OfferValidationError);
      expect((error as OfferValidationError).issues.map((issue) => issue.path)).toEqual(['amount', 'from', 'to']);
    }
  });
});

describe('adjusted totals by hand, and properties', () => {
  test('an offer in the reference area is unchanged by adjustment', () => {
    // Reference New Jersey, offer in New Jersey: adjusted = annual × 108.805 / 108.805 = annual.
    const comparison = compareOffers([{ label: 'NJ', pay: { type: 'salary', amount: 70000 }, location: { region: 'US-NJ' } }], {
      metric: 'adjusted',
      reference: { region: 'US-NJ' },
    });
    expect(comparison.offers[0]?.value.toString()).toBe('70000');
    // Texas: 70,000 × 100 / 97.057 = 72,122.5671…
    expect(evaluateOffer({ label: 'TX', pay: { type: 'salary', amount: 70000 }, location: { region: 'US-TX' } }).totals.adjusted?.toFixed(2)).toBe('72122.57');
  });

  fcTest.prop([fc.integer({ min: 0, max: 100_000_000_00 }), fc.constantFrom(...REGION_CODES), fc.constantFrom(...REGION_CODES)])(
    'A → B → A returns the original to the cent',
    (cents, from, to) => {
      const amount = (cents / 100).toFixed(2);
      const there = equivalentSalary(amount, { from, to });
      const back = equivalentSalary(there.toSignificantDigits(30).toString(), { from: to, to: from });
      expect(back.toDecimalPlaces(2).toFixed(2)).toBe(amount);
    },
  );
});

fcTest.prop([offerInput, fc.constantFrom(...REGION_CODES)], { numRuns: 100 })('an offer in the reference area is unchanged by adjustment', (input, region) => {
  const located: OfferInput = { ...input, location: { ...input.location, costIndex: undefined, region } };
  const [compared] = compareOffers([located], { metric: 'adjusted', reference: { region } }).offers;
  // × RPP then ÷ the same RPP: equal to 40 significant digits, so always to the cent.
  expect(compared?.value.minus(compared.evaluation.totals.annual).abs().lessThan('1e-20')).toBe(true);
});
