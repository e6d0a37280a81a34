import { test as fcTest } from '@fast-check/vitest';
import { describe, expect, test } from 'vitest';
import { sum } from '../../src/decimal/decimal.js';
import { evaluateOffer } from '../../src/index.js';
import { roundHalfUp } from '../../src/decimal/round.js';
import { shownEvaluation } from '../../src/present/shown-evaluation.js';
import { signedAmount } from '../../src/engine/totals.js';
import { offerInput } from '../arbitraries.js';

describe('shownEvaluation', () => {
  test('the shown lines under each total add up to it, and the totals add up to annual', () => {
    const evaluation = evaluateOffer({
      label: 'Cents',
      pay: { type: 'salary', amount: 50000 },
      benefits: {
        other: [
          { label: 'A', annualValue: '100.005' },
          { label: 'B', annualValue: '100.005' },
          { label: 'C', annualValue: '100.005' },
        ],
      },
    });
    const shown = shownEvaluation(evaluation);
    // Benefits 300.015 → the total shows 50,300.02 (half-up of 50,300.015); lines 100.01 + 100.01 + 100.00.
    expect(shown.totals.annual.toString()).toBe('50300.02');
    expect(shown.lines.map((entry) => entry.amount.toString())).toEqual(['50000', '100.01', '100.01', '100']);
  });

  fcTest.prop([offerInput], { numRuns: 300 })('shown lines add up to the shown totals, to the cent', (input) => {
    const evaluation = evaluateOffer(input);
    const shown = shownEvaluation(evaluation);
    const byCategory = (category: string) =>
      sum(shown.lines.filter(({ line }) => line.recurring && line.category === category).map(({ amount }) => amount));
    expect(byCategory('guaranteed-cash').equals(shown.totals.guaranteedCash)).toBe(true);
    expect(byCategory('variable-cash').equals(shown.totals.variableCash)).toBe(true);
    expect(byCategory('benefits').equals(shown.totals.benefits)).toBe(true);
    expect(byCategory('costs').equals(shown.totals.costs)).toBe(true);
    const { totals } = shown;
    expect(totals.guaranteedCash.plus(totals.variableCash).plus(totals.benefits).minus(totals.costs).equals(totals.annual)).toBe(true);
    // One-time bonuses add, one-time costs (waiting periods) subtract.
    const oneTime = sum(shown.lines.filter(({ line }) => !line.recurring).map(({ line, amount }) => signedAmount({ category: line.category, amount })));
    expect(totals.annual.plus(oneTime).equals(totals.firstYear)).toBe(true);
    expect(totals.annual.equals(roundHalfUp(evaluation.totals.annual, 2))).toBe(true);
    for (const { amount } of shown.lines) expect(amount.decimalPlaces()).toBeLessThanOrEqual(2);
    expect(shown.lines.map(({ line }) => line)).toEqual(evaluation.lines);
  });
});

test('showing an evaluation never writes an explanation', () => {
  const evaluation = evaluateOffer({
    label: 'Sign-on',
    pay: { type: 'salary', amount: 50000 },
    bonuses: [{ label: 'Sign-on', kind: 'signing', amount: 2000 }],
  });
  const silent = evaluation.lines.map((entry) =>
    Object.freeze({
      component: entry.component,
      label: entry.label,
      amount: entry.amount,
      category: entry.category,
      recurring: entry.recurring,
      get explanation(): string {
        throw new Error('explanation written');
      },
    }),
  );
  const shown = shownEvaluation({ ...evaluation, lines: silent });
  // 50,000 + 2,000 one-time
  expect(shown.totals.firstYear.toString()).toBe('52000');
});
