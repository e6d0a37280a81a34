import { test as fcTest } from '@fast-check/vitest';
import { expect, test } from 'vitest';
import { resolveOptions } from '../../src/api/evaluation-options.js';
import { annualBase } from '../../src/engine/base-pay.js';
import { evaluationContext } from '../../src/engine/context.js';
import { createExplainer } from '../../src/engine/explain.js';
import { offerLines, scenarioAnnual, sharedLines } from '../../src/engine/offer-lines.js';
import { totalLines } from '../../src/engine/totals.js';
import { evaluateOffer, parseOffer } from '../../src/index.js';
import { offerInput } from '../arbitraries.js';

fcTest.prop([offerInput], { numRuns: 300 })(
  'a scenario summed from amounts equals its lines summed, to the last digit (low, high and expected)',
  (input) => {
    const offer = parseOffer(input);
    const context = evaluationContext(offer, resolveOptions({}));
    const base = annualBase(offer);
    const shared = sharedLines(context, base, createExplainer(offer.currency));
    for (const scenario of ['low', 'high', 'expected'] as const) {
      const eager = totalLines(offerLines(context, base, scenario).lines).annual;
      expect(scenarioAnnual(context, base, scenario, shared).toString()).toBe(eager.toString());
    }
  },
);

test('low and high are computed when first read, then kept; the totals stay frozen and serialise whole', () => {
  const evaluation = evaluateOffer({
    label: 'Biller',
    pay: { type: 'hourly', rate: 23.45 },
    overtime: { hoursPerWeek: 4, minHoursPerWeek: 0, maxHoursPerWeek: 8 },
    bonuses: [{ label: 'Productivity', kind: 'productivity', amount: 1200, expectedPayoutPercent: 80, maxPayoutPercent: 120 }],
  });
  const { totals } = evaluation;
  expect(Object.isFrozen(totals)).toBe(true);
  // Not own data: a spread or Object.keys do not run them.
  expect(Object.keys(totals)).not.toContain('low');
  const low = totals.low;
  expect(totals.low).toBe(low);
  expect(totals.high).toBe(totals.high);
  // 48,776 base; low: no overtime, bonus at 0 → 48,776. High: 8 h × 52 × 23.45 × 1.5 = 14,632.80,
  // bonus 1,440, overtime on it 1,440 × 0.5 × 416 / 2,496 = 120 → 64,968.80.
  expect(low.toString()).toBe('48776');
  expect(totals.high.toString()).toBe('64968.8');
  const json = JSON.parse(JSON.stringify(totals)) as Record<string, string>;
  expect(json.low).toBe('48776');
  expect(json.high).toBe('64968.8');
  expect(Object.keys(json)).toEqual(['guaranteedCash', 'variableCash', 'benefits', 'costs', 'annual', 'firstYear', 'hoursWorked', 'effectiveHourly', 'adjusted', 'low', 'high']);
});
