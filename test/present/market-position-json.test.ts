import { expect, test } from 'vitest';
import { marketPosition, marketPositionToJSON } from '../../src/market.js';

test('a market position as JSON: two decimals for money, one for percents, null where a figure does not exist', () => {
  // $15 an hour × 2,080 = 31,200: below the May 2024 p10, so no percentile; no region, no state mean.
  expect(marketPositionToJSON(marketPosition({ label: 'Trainee', pay: { type: 'hourly', rate: 15 } }))).toMatchObject({
    hourly: '15.00',
    annualEquivalent: '31200.00',
    band: 'below p10',
    percentile: null,
    stateMean: null,
    release: 'May 2024',
  });
  // 68,000 a year in New Jersey: 75 + 3,930 / 16,880 × 15 = 78.49… → "78.5"; (68,000 − 62,900) / 62,900 = 8.108…% → "8.1".
  expect(marketPositionToJSON(marketPosition({ label: 'Coder', pay: { type: 'salary', amount: 68000 }, location: { region: 'US-NJ' } }))).toMatchObject({
    percentile: '78.5',
    stateMean: { region: 'US-NJ', release: 'May 2023', mean: '62900.00', differencePercent: '8.1' },
  });
});
