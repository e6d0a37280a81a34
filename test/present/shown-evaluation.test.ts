import { fc, test as fcTest } from '@fast-check/vitest';
import { describe, expect, test } from 'vitest';
import { Decimal, sum } from '../../src/decimal/decimal.js';
import { evaluateOffer } from '../../src/index.js';
import { allocate, minorUnitDigits, roundHalfUp, shownEvaluation } from '../../src/present/shown-evaluation.js';
import { numberFormatsMadeBy } from '../helpers.js';
import { offerInput } from '../arbitraries.js';

describe('roundHalfUp', () => {
  test('rounds exact decimals half-up, where floats fail', () => {
    // (35.175).toFixed(2) is "35.17" because 35.175 is 35.17499999… as a float.
    expect((35.175).toFixed(2)).toBe('35.17');
    expect(roundHalfUp(new Decimal('35.175'), 2).toFixed(2)).toBe('35.18');
    expect(roundHalfUp(new Decimal('-35.175'), 2).toFixed(2)).toBe('-35.18');
    expect(roundHalfUp(new Decimal('1.005'), 2).toFixed(2)).toBe('1.01');
  });

  test('never returns negative zero', () => {
    const rounded = roundHalfUp(new Decimal('-0.004'), 2);
    expect(rounded.isNegative()).toBe(false);
    expect(rounded.toFixed(2)).toBe('0.00');
  });
});

describe('minorUnitDigits', () => {
  test('follows ISO 4217', () => {
    expect([minorUnitDigits('USD'), minorUnitDigits('JPY'), minorUnitDigits('BHD')]).toEqual([2, 0, 3]);
  });

  test('reads a currency format it is given instead of making one', () => {
    const format = new Intl.NumberFormat('en-US', { style: 'currency', currency: 'BHD' });
    let digits = 0;
    expect(numberFormatsMadeBy(() => (digits = minorUnitDigits('BHD', format)))).toBe(0);
    expect(digits).toBe(3);
  });
});

describe('allocate (largest remainder)', () => {
  test('three thirds of a dollar', () => {
    const third = new Decimal(1).div(3);
    expect(allocate(new Decimal('1.00'), [third, third, third], 2).map(String)).toEqual(['0.34', '0.33', '0.33']);
  });

  test('where rounding each line half-up would be a cent off', () => {
    // 100.005 × 3 = 300.015 → total 300.02, but each line half-up is 100.01 and 3 × 100.01 = 300.03.
    const part = new Decimal('100.005');
    const shown = allocate(roundHalfUp(part.times(3), 2), [part, part, part], 2);
    expect(shown.map(String)).toEqual(['100.01', '100.01', '100']);
  });

  test('costs count negative', () => {
    // 10.006 − 2.003 = 8.003 → 8.00; floors 10.00 and −2.01 = 7.99, one cent to the largest remainder (−2.003 → −2.00)
    expect(allocate(new Decimal('8.00'), [new Decimal('10.006'), new Decimal('-2.003')], 2).map(String)).toEqual(['10', '-2']);
  });

  fcTest.prop([fc.array(fc.integer({ min: -10_000_000, max: 10_000_000 }), { minLength: 1, maxLength: 12 }), fc.integer({ min: 1, max: 7 })])(
    'the shown parts add up exactly to the rounded total, each within one unit of its exact value',
    (numerators, denominator) => {
      const parts = numerators.map((numerator) => new Decimal(numerator).div(1000 * denominator));
      const total = roundHalfUp(sum(parts), 2);
      const shown = allocate(total, parts, 2);
      expect(sum(shown).equals(total)).toBe(true);
      shown.forEach((value, index) => {
        expect(value.minus(parts[index] ?? 0).abs().lessThan('0.01')).toBe(true);
        expect(value.decimalPlaces()).toBeLessThanOrEqual(2);
      });
    },
  );
});

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
    const oneTime = sum(shown.lines.filter(({ line }) => !line.recurring).map(({ amount }) => amount));
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
