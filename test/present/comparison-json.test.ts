import { expect, test } from 'vitest';
import { compareOffers, comparisonToJSON, evaluateOffer, evaluationToJSON } from '../../src/index.js';
import { hospitalCoder, remoteCpc } from '../fixtures/seed-offers.js';

test('each entry is evaluationToJSON(evaluation) plus rank, deltaToBest and breakEvenBase (docs/semantics.md §18)', () => {
  const json = comparisonToJSON(compareOffers([remoteCpc, hospitalCoder]));
  expect(json.currency).toBe('USD');
  expect(json.metric).toBe('annual');
  expect(json.ranking).toEqual(['mercy-ccs', 'remote-cpc-oklahoma']);
  const { rank, deltaToBest, breakEvenBase, ...entry } = json.offers[0] ?? { rank: 0, deltaToBest: '', breakEvenBase: null };
  expect(entry).toEqual(evaluationToJSON(evaluateOffer(remoteCpc)));
  // 63,598.9536 − 74,430.50 = −10,831.5464 → −10,831.55
  expect([rank, deltaToBest]).toEqual([2, '-10831.55']);
  // annual = base + 5 % bonus + 4 % match on (base + bonus) = base × (1 + 0.05 + 0.04 × 1.05) = 1.092 × base
  // → base ≥ 74,430.50 / 1.092 = 68,159.7985… → 68,159.80 (1.092 × 68,159.79 = 74,430.49 falls short)
  expect(breakEvenBase).toBe('68159.80');
  expect(json.offers[1]).toMatchObject({ rank: 1, deltaToBest: '0.00' });
});

test('break-even figures use the currency minor unit: whole yen in a JPY comparison', () => {
  const comparison = compareOffers([
    { id: 'tokyo', label: 'Tokyo', currency: 'JPY', pay: { type: 'salary', amount: 6000000 } },
    // metric = base + 10 % bonus = 1.1 × base ≥ 6,000,000 → base ≥ 5,454,545.45… → 5,454,546 yen
    // (1.1 × 5,454,545 = 5,999,999.5 falls short; in cents the answer would be 5,454,545.46).
    {
      id: 'osaka',
      label: 'Osaka',
      currency: 'JPY',
      pay: { type: 'salary', amount: 5000000 },
      bonuses: [{ label: 'Annual', kind: 'performance', percentOfBase: 10 }],
    },
    // 2,000 yen an hour × 2,080 h = 4,160,000; break-even 6,000,000 → rate ≥ 2,884.615… → 2,885 yen an hour.
    { id: 'kobe', label: 'Kobe', currency: 'JPY', pay: { type: 'hourly', rate: 2000 } },
  ]);
  const json = comparisonToJSON(comparison);
  expect(json.offers.map((offer) => offer.breakEvenBase)).toEqual(['6000000', '5454546', '6000000']);
  expect(json.offers.map((offer) => offer.deltaToBest)).toEqual(['0', '-500000', '-1840000']);
  expect(comparison.offers[2]?.breakEvenRate?.toString()).toBe('2885');
});
