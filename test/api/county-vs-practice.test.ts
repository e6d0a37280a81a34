import { readFileSync } from 'node:fs';
import { expect, test } from 'vitest';
import { compareOffers, type OfferInput, projectOffer } from '../../src/index.js';

// The example of docs/semantics.md §8, §9 and §21: examples/county-vs-practice.json.
const { offers } = JSON.parse(readFileSync(new URL('../../examples/county-vs-practice.json', import.meta.url), 'utf8')) as { offers: OfferInput[] };
const [county] = offers as [OfferInput, OfferInput];
const figures = (lines: readonly { component: string; label: string; amount: { toString(): string } }[]) => lines.map((entry) => `${entry.component} ${entry.label} ${entry.amount}`);

test('the county hospital, by hand', () => {
  const evaluation = compareOffers([county]).offers[0]?.evaluation;
  expect(figures(evaluation?.lines ?? [])).toEqual([
    'base Base salary 68000',
    'insurance Medical insurance 18000',
    'employee-premium Medical insurance premium 3600',
    // 3,400 deductible + 20 % × (5,000 − 3,400) = 3,400 + 320 = 3,720 (within the 7,000 maximum)
    'out-of-pocket Medical insurance out-of-pocket 3720',
    // Normal cost 10 % × 68,000 = 6,800 (the employee's 6 % = 4,080 is pre-tax, not a line)
    'pension Pension (employer normal cost) 6800',
    // 457(b): deferral 5 % = 3,400; 50 % of the first 2 % (1,360) = 680
    'retirement-match 457(b) match 680',
    // HSA: 1,500 + 3,000 = 4,500 ≤ the 2026 family limit of 8,750: not cut
    'hsa HSA employer contribution 1500',
    'education CEU stipend 500',
    'education Certification fees covered 400',
    // Union dues 1.5 % × 68,000 = 1,020; parking $40 × 12 = 480
    'cost Union dues 1020',
    'cost Parking 480',
    // 90-day waits: 18,000 × 3/12 = 4,500; 1,500 × 3/12 = 375
    'waiting-period Medical insurance: waiting period 4500',
    'waiting-period HSA employer contribution: waiting period 375',
  ]);
  // Benefits 18,000 + 6,800 + 680 + 1,500 + 900 = 27,880; costs 3,600 + 3,720 + 1,020 + 480 = 8,820
  // annual = 68,000 + 27,880 − 8,820 = 87,060; firstYear = 87,060 − 4,500 − 375 = 82,185
  const totals = evaluation?.totals;
  expect([totals?.benefits, totals?.costs, totals?.annual, totals?.firstYear].map(String)).toEqual(['27880', '8820', '87060', '82185']);
  const own = evaluation?.employeeContributions;
  expect([own?.deferredCompensation, own?.pension, own?.hsa, own?.premiums].map(String)).toEqual(['3400', '4080', '3000', '3600']);
  expect(evaluation?.warnings).toEqual([]);
});

test('the private practice, by hand, and the comparison', () => {
  const comparison = compareOffers(offers);
  const evaluation = comparison.offers.find((entry) => entry.id === 'private-practice')?.evaluation;
  expect(figures(evaluation?.lines ?? [])).toEqual([
    'base Base salary 72000',
    'insurance Medical insurance 20100',
    'employee-premium Medical insurance premium 6850',
    // 1,000 deductible + 10 % × (5,000 − 1,000) = 1,400
    'out-of-pocket Medical insurance out-of-pocket 1400',
    // 401(k): deferral 6 % = 4,320; 100 % of the first 4 % = 2,880
    'retirement-match 401(k) match 2880',
    'education CEU stipend 300',
    // A year's wait: 2,880 × 12/12
    'waiting-period 401(k): waiting period 2880',
  ]);
  // annual = 72,000 + 20,100 + 2,880 + 300 − 6,850 − 1,400 = 87,030; firstYear = 87,030 − 2,880 = 84,150
  expect([evaluation?.totals.annual, evaluation?.totals.firstYear].map(String)).toEqual(['87030', '84150']);
  // County first by $30 on a steady year: a close call. The practice needs Δ × 1.04 = 30 more (its match
  // follows base): Δ = 28.846…, base 72,028.85.
  expect(comparison.ranking).toEqual(['county-hospital', 'private-practice']);
  const second = comparison.offers.find((entry) => entry.rank === 2);
  expect([second?.deltaToBest.amount.toString(), second?.closeToBest, second?.breakEvenBase?.toFixed(2)]).toEqual(['-30', true, '72028.85']);
  // On the first year the practice leads: 84,150 against 82,185.
  expect(compareOffers(offers, { metric: 'firstYear' }).ranking).toEqual(['private-practice', 'county-hospital']);
});

test('leaving early: the pension is forfeited before its 5-year cliff, the 401(k) by its graded schedule', () => {
  const cumulative = (tenure: number) => offers.map((offer) => projectOffer(offer, { years: tenure, expectedTenureYears: tenure }).total.toString());
  // 1 year: county 82,185 − 6,800 pension = 75,385; practice 84,150 (no employer money yet after the wait).
  expect(cumulative(1)).toEqual(['75385', '84150']);
  // 3 years: county 82,185 + 2 × 87,060 − 3 × 6,800 = 235,905; practice 84,150 + 2 × 87,030 = 258,210, less 60 % of
  // the 2 × 2,880 = 5,760 received (40 % vested after 3 years) = 3,456 → 254,754.
  expect(cumulative(3)).toEqual(['235905', '254754']);
  // 5 years: county 82,185 + 4 × 87,060 = 430,425, vested; practice 84,150 + 4 × 87,030 = 432,270 − 20 % × 11,520 = 429,966.
  expect(cumulative(5)).toEqual(['430425', '429966']);
});
