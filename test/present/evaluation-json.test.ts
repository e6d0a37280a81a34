import { test as fcTest } from '@fast-check/vitest';
import { describe, expect, test } from 'vitest';
import { evaluateOffer, evaluationToJSON } from '../../src/index.js';
import { offerInput } from '../arbitraries.js';
import { hospitalCoder } from '../fixtures/seed-offers.js';

describe('evaluationToJSON', () => {
  test('an evaluation as plain JSON, amounts as cent strings (docs/semantics.md §18)', () => {
    const json = evaluationToJSON(evaluateOffer(hospitalCoder));
    expect(Object.keys(json)).toEqual(['id', 'label', 'totals', 'lines', 'paidTimeOff', 'warnings']);
    expect(json.warnings).toEqual([]);
    expect(json.totals).toEqual({
      guaranteedCash: '68000.00',
      variableCash: '0.00',
      benefits: '11614.50',
      costs: '5184.00',
      annual: '74430.50',
      firstYear: '76430.50',
      adjusted: '68407.24',
      low: '74430.50',
      high: '74430.50',
      hoursWorked: '1856.00',
      effectiveHourly: '40.10',
    });
    expect(json.lines[1]).toEqual({
      component: 'bonus',
      category: 'variable-cash',
      label: 'Sign-on',
      amount: '2000.00',
      recurring: false,
      explanation: '$2,000.00 target; paid once, in the first year only.',
    });
    // 28 days of 8 h = 224 h at 68,000 / 2,080 = 32.6923… an hour: 7,323.0769… → 7,323.08, shown, never added.
    expect(json.paidTimeOff).toMatchObject({ days: '28.00', hours: '224.00', value: '7323.08' });
    expect(json.paidTimeOff.explanation).toMatch(/^28 days off = 224 h × .*= \$7,323\.08; already paid inside base pay/);
    expect(JSON.parse(JSON.stringify(json))).toEqual(json);
  });

  test('is structured-clone safe, where the evaluation itself is not (docs/semantics.md §18)', () => {
    const evaluation = evaluateOffer(hospitalCoder);
    const json = evaluationToJSON(evaluation);
    expect(structuredClone(json)).toEqual(json);
    expect(() => structuredClone(evaluation)).toThrow(/could not be cloned/);
  });

  test('a currency without cents is shown without cents', () => {
    const json = evaluationToJSON(evaluateOffer({ label: 'Tokyo', currency: 'JPY', pay: { type: 'salary', amount: '5000000.4' } }));
    expect(json.totals.annual).toBe('5000000');
    expect(json.lines[0]?.explanation).toBe('¥5,000,000 a year.');
  });

  test('a negative total is shown with its sign, never as -0.00', () => {
    const json = evaluationToJSON(evaluateOffer({ label: 'Costly', pay: { type: 'salary', amount: 0 }, costs: { other: [{ label: 'Fees', annualAmount: '0.001' }] } }));
    expect(json.totals.annual).toBe('0.00');
    expect(json.totals.costs).toBe('0.00');
    const negative = evaluationToJSON(evaluateOffer({ label: 'Costly', pay: { type: 'salary', amount: 100 }, costs: { other: [{ label: 'Fees', annualAmount: 250 }] } }));
    expect(negative.totals.annual).toBe('-150.00');
  });

  fcTest.prop([offerInput], { numRuns: 200 })('every amount is a plain cent string, never NaN, Infinity or -0.00', (input) => {
    const text = JSON.stringify(evaluationToJSON(evaluateOffer(input)));
    expect(text).not.toMatch(/NaN|Infinity|"-0\.00"/);
    const json = evaluationToJSON(evaluateOffer(input));
    for (const value of [...Object.values(json.totals), ...json.lines.map((entry) => entry.amount)]) {
      if (value !== null) expect(value).toMatch(/^-?\d+\.\d{2}$/);
    }
  });
});

test('toJSON is the deprecated former name of evaluationToJSON, the same function', async () => {
  const index = await import('../../src/index.js');
  expect(index.toJSON).toBe(index.evaluationToJSON);
});

test('warnings are in the JSON: code, path and message', () => {
  const json = evaluationToJSON(evaluateOffer({ label: 'Low salary', pay: { type: 'salary', amount: 30000 } }));
  expect(json.warnings).toEqual([
    {
      code: 'exempt-below-salary-level',
      path: 'pay.exempt',
      message:
        'an exempt salary of $30,000.00 a year ($576.92 a week) is below the FLSA salary level of $684.00 a week ($35,568.00 a year, 29 CFR 541.600): overtime would likely be owed',
    },
  ]);
});
