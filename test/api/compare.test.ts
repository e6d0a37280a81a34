import { fc, test as fcTest } from '@fast-check/vitest';
import { beforeEach, describe, expect, test, vi } from 'vitest';
import { annualBase } from '../../src/engine/base-pay.js';
import { breakEvenBase } from '../../src/engine/break-even.js';
import { Decimal } from '../../src/decimal/decimal.js';
import { resolveOptions } from '../../src/api/evaluation-options.js';
import { evaluationContext } from '../../src/engine/context.js';
import { DEFAULT_PLAN_YEAR } from '../../src/data/irs-limits.js';
import { compareOffers, ISSUES_MAX, type Metric, type OfferComparison, OfferValidationError, parseOffer, type OfferInput } from '../../src/index.js';
import { metricAt } from '../../src/engine/metrics.js';
import { resolveProjectionOptions } from '../../src/api/project.js';
import { offerInput } from '../arbitraries.js';

// The break-even search, counted: it runs when a break-even is first read, and only then.
vi.mock('../../src/engine/break-even.js', async (importOriginal) => {
  const original = await importOriginal<typeof import('../../src/engine/break-even.js')>();
  return { ...original, breakEvenBase: vi.fn(original.breakEvenBase) };
});

// A: 60,000 + 5 % bonus 3,000 + 4 % match 2,400 = 65,400 (= 1.09 × base)
const offerA: OfferInput = {
  id: 'a',
  label: 'A',
  pay: { type: 'salary', amount: 60000 },
  bonuses: [{ label: 'Annual', kind: 'performance', percentOfBase: 5 }],
  benefits: { retirement: { plan: '401k', match: [{ matchPercent: 100, upToPercentOfPay: 4 }] } },
};
// B: 62,000
const offerB: OfferInput = { id: 'b', label: 'B', pay: { type: 'salary', amount: 62000 } };
// C: $30 × 2,080 = 62,400 + overtime 100 h × $30 × 1.5 = 4,500 → 66,900 (= base × 2,230 / 2,080)
const offerC: OfferInput = { id: 'c', label: 'C', pay: { type: 'hourly', rate: 30 }, overtime: { hoursPerYear: 100 } };

function issuesOf(run: () => unknown) {
  try {
    run();
  } catch (error) {
    if (error instanceof OfferValidationError) return error.issues;
    throw error;
  }
  throw new Error('expected a validation error');
}

describe('compareOffers on annual (worked by hand)', () => {
  // Made in each test, not once when the file is collected: a result made outside every test
  // is made before Stryker switches a mutant on, and no test here could see the mutant.
  let comparison: OfferComparison;
  beforeEach(() => {
    comparison = compareOffers([offerA, offerB, offerC]);
  });
  const byId = (id: string) => comparison.offers.find((offer) => offer.id === id);

  test('ranks descending, keeps input order in the offers list', () => {
    expect(comparison.ranking).toEqual(['c', 'a', 'b']);
    expect(comparison.offers.map((offer) => [offer.id, offer.rank, offer.value.toString()])).toEqual([
      ['a', 2, '65400'],
      ['b', 3, '62000'],
      ['c', 1, '66900'],
    ]);
  });

  test('delta to best, in amount and percent', () => {
    // A: 65,400 − 66,900 = −1,500 = −2.2422 % of 66,900; B: −4,900 = −7.3244 %
    expect(byId('a')?.deltaToBest.amount.toString()).toBe('-1500');
    expect(byId('a')?.deltaToBest.percent?.toFixed(4)).toBe('-2.2422');
    expect(byId('b')?.deltaToBest.percent?.toFixed(4)).toBe('-7.3244');
    expect(byId('c')?.deltaToBest.amount.isZero()).toBe(true);
  });

  test('per-category differences against the best', () => {
    // A vs C: cash 63,000 − 66,900 = −3,900; benefits 2,400 − 0; costs 0
    expect(byId('a')?.categoryDeltas).toEqual({ cash: new Decimal(-3900), benefits: new Decimal(2400), costs: new Decimal(0) });
  });

  test('break-even bases, to the cent', () => {
    // A: 1.09 × base ≥ 66,900 → base ≥ 61,376.1467… → 61,376.15 (1.09 × 61,376.14 = 66,899.99 falls short)
    expect(byId('a')?.breakEvenBase?.toString()).toBe('61376.15');
    // B: base ≥ 66,900
    expect(byId('b')?.breakEvenBase?.toString()).toBe('66900');
    // C itself: base × 2,230 / 2,080 ≥ 66,900 → 62,400, i.e. $30.00 an hour
    expect(byId('c')?.breakEvenBase?.toString()).toBe('62400');
    expect(byId('c')?.breakEvenRate?.toString()).toBe('30');
    expect(byId('a')?.breakEvenRate).toBeNull();
  });

  test('close calls', () => {
    // 2 % of 66,900 = 1,338 < 1,500: A is not close; at 3 % (2,007) it is.
    expect(comparison.closeCall).toBe(false);
    expect(byId('a')?.closeToBest).toBe(false);
    const looser = compareOffers([offerA, offerB, offerC], { closePercent: 3 });
    expect(looser.closeCall).toBe(true);
    expect(looser.offers.map((offer) => offer.closeToBest)).toEqual([true, false, true]);
  });
});

describe('compareOffers on other metrics', () => {
  test('effective hourly', () => {
    // A 65,400 / 2,080 = 31.4423; C 66,900 / 2,180 = 30.6881; B 62,000 / 2,080 = 29.8077
    const comparison = compareOffers([offerA, offerB, offerC], { metric: 'effectiveHourly' });
    expect(comparison.ranking).toEqual(['a', 'c', 'b']);
    // C: base × 2,230 / 2,080 / 2,180 ≥ 65,400 / 2,080 → base ≥ 65,400 × 2,180 / 2,230 = 63,933.6322… → 63,933.64
    expect(comparison.offers[2]?.breakEvenBase?.toString()).toBe('63933.64');
    // B: base / 2,080 ≥ 65,400 / 2,080 → 65,400
    expect(comparison.offers[1]?.breakEvenBase?.toString()).toBe('65400');
  });

  test('first year counts a sign-on bonus; annual does not', () => {
    const signOn: OfferInput = { ...offerB, bonuses: [{ label: 'Sign-on', kind: 'signing', amount: 5000 }] };
    expect(compareOffers([offerA, signOn]).ranking).toEqual(['a', 'b']);
    // First year: B 62,000 + 5,000 = 67,000 > A 65,400
    expect(compareOffers([offerA, signOn], { metric: 'firstYear' }).ranking).toEqual(['b', 'a']);
  });

  test('adjusted uses the reference area', () => {
    const cheap = { ...offerB, location: { costIndex: 80 } };
    const dear = { ...offerC, location: { region: 'US-NJ' } };
    // B: 62,000 × 100 / 80 = 77,500; C: 66,900 × 100 / 108.805 = 61,486.14…
    const comparison = compareOffers([cheap, dear], { metric: 'adjusted' });
    expect(comparison.ranking).toEqual(['b', 'c']);
    expect(comparison.offers[0]?.value.toString()).toBe('77500');
    // With New Jersey as the reference: B 62,000 × 108.805 / 80 = 84,323.875
    const fromJersey = compareOffers([cheap, dear], { metric: 'adjusted', reference: { region: 'US-NJ' } });
    expect(fromJersey.offers[0]?.value.toString()).toBe('84323.875');
    expect(compareOffers([cheap, dear], { metric: 'adjusted', reference: { costIndex: 80 } }).offers[0]?.value.toString()).toBe('62000');
  });

  test('horizon ranks on the cumulative total over the years', () => {
    // A: 65,400 a year for 3 years = 196,200. D: 64,000 with 5 % raises: 64,000 + 67,200 + 70,560 = 201,760.
    const raising: OfferInput = { id: 'd', label: 'D', pay: { type: 'salary', amount: 64000 }, growth: { annualRaisePercent: 5 } };
    const comparison = compareOffers([offerA, raising], { metric: 'horizon', years: 3 });
    expect(comparison.ranking).toEqual(['d', 'a']);
    expect(comparison.offers.map((offer) => offer.value.toString())).toEqual(['196200', '201760']);
    // A break-even: 1.09 × base × 3 ≥ 201,760 → base ≥ 61,700.3058… → 61,700.31
    expect(comparison.offers[0]?.breakEvenBase?.toString()).toBe('61700.31');
  });

  test('ties keep input order', () => {
    const twin = { ...offerB, id: 'b2', label: 'B twin' };
    expect(compareOffers([twin, offerB]).ranking).toEqual(['b2', 'b']);
    expect(compareOffers([offerB, twin]).ranking).toEqual(['b', 'b2']);
  });
});

describe('compareOffers refuses what cannot be compared', () => {
  test('an empty list, or not a list', () => {
    expect(issuesOf(() => compareOffers([]))).toEqual([{ path: 'offers', message: 'must list at least one offer' }]);
    expect(issuesOf(() => compareOffers({ offers: [] } as never))).toEqual([{ path: 'offers', message: 'must be a list of offers' }]);
  });

  test('mixed currencies, naming both codes', () => {
    expect(issuesOf(() => compareOffers([offerA, { ...offerB, currency: 'EUR' }]))).toEqual([
      { path: 'offers[1].currency', message: 'is "EUR" but offers[0] is "USD": offers in one comparison must share a currency' },
    ]);
  });

  test('duplicate ids', () => {
    expect(issuesOf(() => compareOffers([offerA, { ...offerB, id: 'a' }]))).toEqual([
      { path: 'offers[1].id', message: 'duplicates the id of offers[0] ("a")' },
    ]);
  });

  test('ids left to their default never collide', () => {
    const same = { label: 'Clinic biller', pay: { type: 'salary', amount: 50000 } } as const;
    expect(compareOffers([same, same, { label: '—', pay: same.pay }]).ranking).toEqual(['clinic-biller', 'clinic-biller-2', 'offer-3']);
    // A third of the same name counts on from the suffixes taken.
    expect(compareOffers([same, same, same]).ranking).toEqual(['clinic-biller', 'clinic-biller-2', 'clinic-biller-3']);
  });

  test('metric adjusted without a cost index, naming the offers', () => {
    expect(issuesOf(() => compareOffers([{ ...offerA, location: { costIndex: 95 } }, offerB, offerC], { metric: 'adjusted' }))).toEqual([
      { path: 'offers[1].location', message: 'needs a costIndex or a region for metric "adjusted" (offer "b")' },
      { path: 'offers[2].location', message: 'needs a costIndex or a region for metric "adjusted" (offer "c")' },
    ]);
  });

  test('invalid offers are named by their place in the list', () => {
    expect(issuesOf(() => compareOffers([offerA, { label: 'X', pay: { type: 'salary', amount: 'lots' } }]))).toEqual([
      { path: 'offers[1].pay.amount', message: 'must be a number or a decimal string, got "lots"' },
    ]);
  });

  test('no options means the defaults, whatever an earlier comparison was given', () => {
    // Defaults (docs/semantics.md §16): metric annual, 5 years, close within 2 %, reference index 100, the
    // newest plan year. They are resolved once; a comparison with options must not leak into one without.
    const defaults = compareOffers([offerA, offerB]);
    compareOffers([offerA, offerB], { metric: 'guaranteedCash', years: 9, closePercent: 50, reference: { costIndex: 90 }, planYear: 2025, discountRatePercent: 7 });
    const after = compareOffers([offerA, offerB]);
    for (const comparison of [defaults, after]) {
      expect(comparison).toMatchObject({ metric: 'annual', years: 5, planYear: DEFAULT_PLAN_YEAR, closeCall: false });
      expect(comparison.closePercent.toString()).toBe('2');
      expect(comparison.referenceIndex.toString()).toBe('100');
      // A: 65,400 (see above); projected over 5 years undiscounted.
      expect(comparison.offers[0]?.projection).toHaveLength(5);
    }
    // Undiscounted: B's fifth year (62,000, no raise) is worth 62,000 today as at the end of it.
    const fifthYear = after.offers[1]?.projection[4];
    expect(fifthYear?.total.toString()).toBe('62000');
    expect(fifthYear?.presentValue.toString()).toBe('62000');
  });

  test('bad options', () => {
    expect(issuesOf(() => compareOffers([offerA], { metric: 'median' as Metric, years: 0 }))).toEqual([
      {
        path: 'options.metric',
        message: 'must be one of "annual", "firstYear", "adjusted", "effectiveHourly", "guaranteedCash", "low", "high", "horizon", got "median"',
      },
      { path: 'options.years', message: 'must be at least 1, got 0' },
    ]);
  });
});

const metrics: Metric[] = ['annual', 'firstYear', 'effectiveHourly', 'guaranteedCash', 'low', 'high', 'horizon'];
const offerList = fc
  .array(offerInput, { minLength: 1, maxLength: 4 })
  .map((offers) => offers.map((offer, index) => ({ ...offer, id: `offer-${index}` })));

describe('properties', () => {
  fcTest.prop([offerList, fc.constantFrom(...metrics), fc.func(fc.integer())], { numRuns: 60 })(
    'the ranking does not depend on the input order (but for ties)',
    (offers, metric, shuffleKey) => {
      const shuffled = [...offers].sort((a, b) => shuffleKey(a.id) - shuffleKey(b.id));
      const before = compareOffers(offers, { metric, years: 3 });
      const after = compareOffers(shuffled, { metric, years: 3 });
      const valuesInRankOrder = (comparison: typeof before) =>
        comparison.ranking.map((id) => comparison.offers.find((offer) => offer.id === id)?.value.toString());
      expect(valuesInRankOrder(after)).toEqual(valuesInRankOrder(before));
      for (const offer of before.offers) {
        const twin = after.offers.find((other) => other.id === offer.id);
        expect(twin?.deltaToBest.amount.equals(offer.deltaToBest.amount)).toBe(true);
        expect(String(twin?.breakEvenBase)).toBe(String(offer.breakEvenBase));
        const tied = before.offers.filter((other) => other.value.equals(offer.value)).length > 1;
        if (!tied) expect(twin?.rank).toBe(offer.rank);
      }
    },
  );

  fcTest.prop([offerList, fc.constantFrom(...metrics)], { numRuns: 60 })('the best offer\'s delta is zero and nobody beats it', (offers, metric) => {
    const comparison = compareOffers(offers, { metric, years: 2 });
    const best = comparison.offers.find((offer) => offer.rank === 1);
    expect(best?.deltaToBest.amount.isZero()).toBe(true);
    expect(best?.closeToBest).toBe(true);
    for (const offer of comparison.offers) expect(offer.deltaToBest.amount.isPositive() && !offer.deltaToBest.amount.isZero()).toBe(false);
  });

  fcTest.prop([offerList, fc.constantFrom(...metrics)], { numRuns: 60 })(
    'break-even is tight to the cent: at it the metric reaches the best, one cent less it does not',
    (offers, metric) => {
      const comparison = compareOffers(offers, { metric, years: 2 });
      const best = comparison.offers.find((offer) => offer.rank === 1);
      const projection = resolveProjectionOptions({ years: 2 });
      for (const [index, compared] of comparison.offers.entries()) {
        const breakEven = compared.breakEvenBase;
        expect(breakEven).not.toBeNull();
        if (breakEven === null || best === undefined) continue;
        expect(breakEven.decimalPlaces()).toBeLessThanOrEqual(2);
        const context = evaluationContext(parseOffer(offers[index]), resolveOptions({}));
        const at = (base: Decimal) => metricAt(metric, context, base, projection) ?? new Decimal(0);
        expect(at(breakEven).greaterThanOrEqualTo(best.value)).toBe(true);
        if (breakEven.greaterThan(0)) expect(at(breakEven.minus('0.01')).lessThan(best.value)).toBe(true);
        if (compared.rank === 1) expect(breakEven.lessThanOrEqualTo(annualBase(context.offer).toDecimalPlaces(2, Decimal.ROUND_CEIL))).toBe(true);
      }
    },
  );
});

test('break-evens are searched when first read, once, and kept', () => {
  const search = vi.mocked(breakEvenBase);
  search.mockClear();
  const comparison = compareOffers([offerA, offerC]);
  const [salaried, hourly] = comparison.offers;
  expect(Object.isFrozen(salaried)).toBe(true);
  expect(search).not.toHaveBeenCalled();
  // A reaches C's 66,900 at 66,900 / 1.09 = 61,376.146… → 61,376.15 (61,376.14 × 1.09 = 66,899.99)
  expect(salaried?.breakEvenBase?.toString()).toBe('61376.15');
  expect(salaried?.breakEvenRate).toBeNull();
  expect(salaried?.breakEvenBase).toBe(salaried?.breakEvenBase);
  expect(search).toHaveBeenCalledTimes(1);
  // C is the best: its own base, 62,400 = $30.00 × 2,080 h
  expect(hourly?.breakEvenRate?.toString()).toBe('30');
  expect(search).toHaveBeenCalledTimes(2);
  // JSON.stringify writes them, as it does every other field.
  expect(JSON.parse(JSON.stringify(hourly))).toMatchObject({ id: 'c', rank: 1, breakEvenBase: '62400', breakEvenRate: '30' });
  expect(JSON.parse(JSON.stringify(hourly)).projection).toHaveLength(5);
  expect(search).toHaveBeenCalledTimes(2);
});

test('each compared offer carries its projection, computed when read', () => {
  const comparison = compareOffers([offerA, offerB], { years: 3 });
  const projection = comparison.offers[0]?.projection ?? [];
  // A: 65,400 a year, flat
  expect(projection.map((row) => row.cumulative.toString())).toEqual(['65400', '130800', '196200']);
  expect(Object.isFrozen(projection)).toBe(true);
});

test('numeric options out of range are named in plain words', () => {
  expect(issuesOf(() => compareOffers([offerA], { closePercent: 101, reference: { costIndex: 0.5 } }))).toEqual([
    { path: 'options.reference.costIndex', message: 'must be at least 1, got 0.5' },
    { path: 'options.closePercent', message: 'must be at most 100, got 101' },
  ]);
});

test('more than 1,000 offers are refused before any is parsed; a discount rate reaches the horizon', () => {
  expect(issuesOf(() => compareOffers(Array.from({ length: 1001 }, () => ({}) as never)))).toEqual([{ path: 'offers', message: 'must list at most 1000 offers' }]);
  // A: 65,400 / 1.1 + 65,400 / 1.21 is the present value; the horizon ranks on the nominal cumulative total.
  const horizon = compareOffers([offerA, offerB], { metric: 'horizon', years: 2, discountRatePercent: 10 });
  expect(horizon.offers[0]?.projection[1]?.cumulativePresentValue.toFixed(2)).toBe('113504.13');
  expect(horizon.offers[0]?.value.toString()).toBe('130800');
});

test('the plan year reaches every offer; default ids that read "offer-1" are kept when the label has letters', () => {
  const executive: OfferInput = {
    id: 'x',
    label: 'X',
    pay: { type: 'salary', amount: 400000 },
    benefits: { retirement: { plan: '401k', nonElectivePercent: 10 } },
  };
  // 10 % of the 401(a)(17) limit: 34,500 in 2024, 36,000 in 2026.
  expect(compareOffers([executive], { planYear: 2024 }).offers[0]?.value.toString()).toBe('434500');
  expect(compareOffers([executive]).offers[0]?.value.toString()).toBe('436000');
  const named = { label: 'Offer 1', pay: { type: 'salary', amount: 1 } } as const;
  expect(compareOffers([named, named, { label: '—', pay: named.pay }]).ranking).toEqual(['offer-1', 'offer-1-2', 'offer-3']);
});

describe('many problems (issue 19, item 6)', () => {
  /** An offer with `count` unknown keys besides its valid fields. */
  const withUnknownKeys = (count: number) => {
    const input: Record<string, unknown> = { label: 'A', pay: { type: 'salary', amount: 1 } };
    for (let index = 0; index < count; index += 1) input[`k${index}`] = 1;
    return input;
  };
  const errorOf = (run: () => unknown) => {
    try {
      run();
    } catch (error) {
      return error as OfferValidationError;
    }
    throw new Error('expected a validation error');
  };

  test('130,000 unknown keys are a validation error that keeps the first 100 issues and counts them all', () => {
    const error = errorOf(() => compareOffers([withUnknownKeys(130_000) as never]));
    expect(error).toBeInstanceOf(OfferValidationError);
    expect(error.issues).toHaveLength(ISSUES_MAX);
    expect(error.issueCount).toBe(130_000);
    expect(error.issues[0]).toEqual({ path: 'offers[0].k0', message: 'is not a known field' });
    expect(error.issues[99]?.path).toBe('offers[0].k99');
    expect(error.message).toBe(
      'Invalid offers: offers[0].k0: is not a known field; offers[0].k1: is not a known field; offers[0].k2: is not a known field; and 129,997 more',
    );
  });

  test('problems across many offers are capped and counted too, on every path', () => {
    const offers = Array.from({ length: 1000 }, () => ({ label: '', pay: { type: 'salary', amount: -1 } }) as const);
    const many = errorOf(() => compareOffers(offers));
    expect([many.issues.length, many.issueCount]).toEqual([ISSUES_MAX, 2000]);
    expect(many.issues.at(-1)?.path).toBe('offers[49].pay.amount');
    const duplicates = errorOf(() => compareOffers(Array.from({ length: 1000 }, () => ({ id: 'same', label: 'A', pay: { type: 'salary', amount: 1 } }))));
    expect([duplicates.issues.length, duplicates.issueCount]).toEqual([ISSUES_MAX, 999]);
    const one = errorOf(() => parseOffer(withUnknownKeys(5000)));
    expect([one.issues.length, one.issueCount]).toEqual([ISSUES_MAX, 5000]);
  });
});
