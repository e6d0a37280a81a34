import { fc, test as fcTest } from '@fast-check/vitest';
import { expect, test } from 'vitest';
import { STATE_TAXES } from '../../src/data/tax/tax-tables.js';
import { sum } from '../../src/decimal/decimal.js';
import { evaluateOffer } from '../../src/index.js';
import { shownEvaluation } from '../../src/present/shown-evaluation.js';
import { shownTaxes } from '../../src/present/shown-taxes.js';
import { estimateTaxes } from '../../src/tax.js';
import { offerInput } from '../arbitraries.js';

test('shown taxes add up: the lines to the taxes, the taxes off the annual total (a worked example)', () => {
  // Oregon, 2026 single, $63,000: 5,380 + 3,906 + 913.50 + 4,954.4375 + 378 = 15,531.9375 → 15,531.94;
  // Oregon's 4,954.4375 is shown 4,954.44 (the largest remainder takes the cent); after tax 63,000 − 15,531.94.
  const evaluation = evaluateOffer({ label: 'Portland', pay: { type: 'salary', amount: 63000 }, location: { region: 'US-OR' } });
  const shown = shownTaxes(estimateTaxes(evaluation, { filingStatus: 'single', taxYear: 2026 }), shownEvaluation(evaluation).totals.annual, 2);
  expect(shown.lines.map((entry) => entry.amount.toFixed(2))).toEqual(['5380.00', '3906.00', '913.50', '4954.44', '378.00']);
  expect([shown.taxes, shown.afterTaxAnnual, shown.takeHomePay].map((value) => value.toFixed(2))).toEqual(['15531.94', '47468.06', '47468.06']);
  // 15,531.9375 / 63,000 = 24.65 % → 24.7.
  expect(shown.effectiveRatePercent.toFixed(1)).toBe('24.7');
});

const regions = STATE_TAXES.map((state) => state.code);

fcTest.prop(
  [offerInput, fc.constantFrom(...regions), fc.constantFrom('single', 'married-joint', 'head-of-household' as const), fc.constantFrom(2024, 2025, 2026)],
  { numRuns: 150 },
)('shown tax lines add up to the shown taxes, and the after-tax total is the shown annual less them, within a cent of exact', (input, region, filingStatus, taxYear) => {
  const evaluation = evaluateOffer({ ...input, currency: 'USD', location: { ...input.location, region } });
  const estimate = estimateTaxes(evaluation, { filingStatus, taxYear });
  const annual = shownEvaluation(evaluation).totals.annual;
  const shown = shownTaxes(estimate, annual, 2);
  expect(sum(shown.lines.filter((entry) => entry.line.tax).map((entry) => entry.amount)).equals(shown.taxes)).toBe(true);
  expect(shown.afterTaxAnnual.equals(annual.minus(shown.taxes))).toBe(true);
  expect(shown.afterTaxAnnual.minus(estimate.afterTaxAnnual).abs().lessThanOrEqualTo('0.01')).toBe(true);
  for (const entry of shown.lines) expect(entry.amount.minus(entry.line.amount).abs().lessThan('0.01')).toBe(true);
});
