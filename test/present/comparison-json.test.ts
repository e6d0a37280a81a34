import { expect, test } from 'vitest';
import { compareOffers, comparisonToJSON, evaluateOffer, toJSON } from '../../src/index.js';
import { hospitalCoder, remoteCpc } from '../fixtures/seed-offers.js';

test('each entry is toJSON(evaluation) plus rank, deltaToBest and breakEvenBase (SPEC 6, 7)', () => {
  const json = comparisonToJSON(compareOffers([remoteCpc, hospitalCoder]));
  expect(json.currency).toBe('USD');
  expect(json.metric).toBe('annual');
  expect(json.ranking).toEqual(['mercy-ccs', 'remote-cpc-oklahoma']);
  const { rank, deltaToBest, breakEvenBase, ...entry } = json.offers[0] ?? { rank: 0, deltaToBest: '', breakEvenBase: null };
  expect(entry).toEqual(toJSON(evaluateOffer(remoteCpc)));
  // 63,598.9536 − 74,430.50 = −10,831.5464 → −10,831.55
  expect([rank, deltaToBest]).toEqual([2, '-10831.55']);
  // annual = base + 5 % bonus + 4 % match on (base + bonus) = base × (1 + 0.05 + 0.04 × 1.05) = 1.092 × base
  // → base ≥ 74,430.50 / 1.092 = 68,159.7985… → 68,159.80 (1.092 × 68,159.79 = 74,430.49 falls short)
  expect(breakEvenBase).toBe('68159.80');
  expect(json.offers[1]).toMatchObject({ rank: 1, deltaToBest: '0.00' });
});
