import { describe, expect, test } from 'vitest';
import { costLines } from '../../src/engine/costs.js';
import { Decimal } from '../../src/decimal/decimal.js';
import { evaluateOffer } from '../../src/index.js';
import { lineOf, offer, usd } from '../helpers.js';

describe('costLines (docs/semantics.md §12)', () => {
  test('commute is days a week × cost a day × weeks worked; other costs as stated', () => {
    // 3 days × $15.50 × 46.4 weeks = $2,157.60
    const { costs } = offer({
      pay: { type: 'salary', amount: 50000 },
      costs: { commute: { daysPerWeek: 3, costPerDay: '15.50' }, other: [{ label: 'Parking permit', annualAmount: 600 }] },
    });
    expect(costLines(costs, new Decimal('46.4'), usd).map((entry) => [entry.component, entry.amount.toString(), entry.explanation])).toEqual([
      ['commute', '2157.6', '3 days/week × $15.50 a day × 46.4 weeks worked = $2,157.60.'],
      ['cost', '600', '$600.00 a year, subtracted from the total.'],
    ]);
  });

  test('costs are positive amounts subtracted from the total', () => {
    const evaluation = evaluateOffer({
      label: 'C',
      pay: { type: 'salary', amount: 50000 },
      costs: { other: [{ label: 'Uniforms', annualAmount: 250 }] },
    });
    expect(evaluation.lines[1]?.amount.toString()).toBe('250');
    expect(evaluation.totals.costs.toString()).toBe('250');
    expect(evaluation.totals.annual.toString()).toBe('49750');
  });

  test('time off shortens the commute: weeks worked, not 52', () => {
    // Ww = 52 − 20 days / 5 = 48; 5 × $10 × 48 = $2,400
    const evaluation = evaluateOffer({
      label: 'C',
      pay: { type: 'salary', amount: 50000 },
      benefits: { timeOff: { vacationDays: 20 } },
      costs: { commute: { daysPerWeek: 5, costPerDay: 10 } },
    });
    expect(lineOf(evaluation.lines, 'commute')?.amount.toString()).toBe('2400');
  });
});
