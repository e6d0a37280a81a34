import { test as fcTest } from '@fast-check/vitest';
import { describe, expect, test } from 'vitest';
import { Decimal, sum } from '../../src/decimal/decimal.js';
import { evaluateOffer } from '../../src/index.js';
import { line } from '../../src/engine/line.js';
import { signedAmount, totalLines } from '../../src/engine/totals.js';
import { offerInput } from '../arbitraries.js';

const entry = (category: 'guaranteed-cash' | 'variable-cash' | 'benefits' | 'costs', amount: number, recurring = true) =>
  line({ component: 'cost', label: 'x', amount: new Decimal(amount), category, recurring, explanation: () => 'x.' });

describe('totalLines', () => {
  test('sums by category; costs subtract; one-time lines count only in firstYear', () => {
    const totals = totalLines([
      entry('guaranteed-cash', 50000),
      entry('variable-cash', 3000),
      entry('variable-cash', 2000, false),
      entry('benefits', 8000),
      entry('costs', 1500),
    ]);
    // annual = 50,000 + 3,000 + 8,000 − 1,500 = 59,500; firstYear = 59,500 + 2,000 = 61,500
    expect([totals.guaranteedCash, totals.variableCash, totals.benefits, totals.costs, totals.annual, totals.firstYear].map(String)).toEqual([
      '50000',
      '3000',
      '8000',
      '1500',
      '59500',
      '61500',
    ]);
    expect(signedAmount(entry('costs', 5)).toString()).toBe('-5');
    expect(signedAmount(entry('benefits', 5)).toString()).toBe('5');
  });
});

describe('properties', () => {
  fcTest.prop([offerInput], { numRuns: 300 })('every total equals the sum of its lines', (input) => {
    const { lines, totals } = evaluateOffer(input);
    const of = (category: string, recurring = true) =>
      sum(lines.filter((item) => item.category === category && item.recurring === recurring).map((item) => item.amount));
    expect(totals.guaranteedCash.equals(of('guaranteed-cash'))).toBe(true);
    expect(totals.variableCash.equals(of('variable-cash'))).toBe(true);
    expect(totals.benefits.equals(of('benefits'))).toBe(true);
    expect(totals.costs.equals(of('costs'))).toBe(true);
    // Summed in another order, the 40-significant-digit sums may differ in their last digit only.
    const close = (a: Decimal, b: Decimal) => expect(a.minus(b).abs().lessThan('1e-20')).toBe(true);
    close(totals.annual, sum(lines.filter((item) => item.recurring).map(signedAmount)));
    close(totals.firstYear, sum(lines.map(signedAmount)));
    // firstYear = annual + one-time bonuses − one-time costs (waiting periods).
    close(totals.firstYear.minus(totals.annual), sum(lines.filter((item) => !item.recurring).map(signedAmount)));
    // One-time lines: bonuses paid once, the overtime premium on those with a clawback, and waiting periods (costs).
    for (const item of lines) {
      if (item.recurring) continue;
      expect(['bonus', 'overtime-on-bonuses', 'waiting-period']).toContain(item.component);
      expect(item.category === 'costs').toBe(item.component === 'waiting-period');
    }
  });
});
