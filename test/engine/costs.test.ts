import { describe, expect, test } from 'vitest';
import { costFigures, costLines } from '../../src/engine/costs.js';
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
    expect(costLines(costs, new Decimal(50000), new Decimal('46.4'), usd).map((entry) => [entry.component, entry.amount.toString(), entry.explanation])).toEqual([
      ['commute', '2157.6', '3 days/week × $15.50 a day × 46.4 weeks worked = $2,157.60.'],
      ['cost', '600', '$600.00 a year, subtracted from the total.'],
    ]);
  });

  test('a monthly cost is × 12; union dues as a percent of base follow the base', () => {
    // Parking $45 a month × 12 = $540; dues 1.25 % × $52,000 = $650
    const { costs } = offer({
      pay: { type: 'salary', amount: 52000 },
      costs: {
        other: [
          { label: 'Parking', amount: 45, per: 'month' },
          { label: 'Union dues', percentOfBase: '1.25' },
          { label: 'Licence', amount: 150 },
        ],
      },
    });
    expect(costLines(costs, new Decimal(52000), new Decimal(52), usd).map((entry) => [entry.amount.toString(), entry.explanation])).toEqual([
      ['540', '$45.00 a month × 12 = $540.00 a year, subtracted from the total.'],
      ['650', '1.25% of $52,000.00 base pay = $650.00 a year, subtracted from the total.'],
      ['150', '$150.00 a year, subtracted from the total.'],
    ]);
    // At a raised base the dues follow it: 1.25 % × 60,000 = 750
    expect(costLines(costs, new Decimal(60000), new Decimal(52), usd)[1]?.amount.toString()).toBe('750');
  });

  test('at another base, the lines no base changes are kept and only a percent of base is worked out again', () => {
    // Commute 5 × $10 × 52 = $2,600; dues 2 % × $50,000 = $1,000, × $60,000 = $1,200; licence $150
    const { costs } = offer({
      pay: { type: 'salary', amount: 50000 },
      costs: { commute: { daysPerWeek: 5, costPerDay: 10 }, other: [{ label: 'Union dues', percentOfBase: 2 }, { label: 'Licence', amount: 150 }] },
    });
    const kept = costLines(costs, new Decimal(50000), new Decimal(52), usd);
    const raised = costLines(costs, new Decimal(60000), new Decimal(52), usd, kept);
    expect(raised.map((entry) => entry.amount.toString())).toEqual(['2600', '1200', '150']);
    expect([raised[0] === kept[0], raised[1] === kept[1], raised[2] === kept[2]]).toEqual([true, false, true]);
    expect(raised[1]?.explanation).toBe('2% of $60,000.00 base pay = $1,200.00 a year, subtracted from the total.');
    // The same figures without a line object for the dues.
    const figures = costFigures(costs, new Decimal(60000), kept);
    expect(figures.map((entry) => [entry.category, entry.amount.toString(), entry.recurring])).toEqual([
      ['costs', '2600', true],
      ['costs', '1200', true],
      ['costs', '150', true],
    ]);
    expect([figures[0] === kept[0], figures[2] === kept[2]]).toEqual([true, true]);
  });

  test('a cost takes exactly one form', () => {
    const bad = (cost: object) => () => evaluateOffer({ label: 'C', pay: { type: 'salary', amount: 1 }, costs: { other: [{ label: 'X', ...cost }] } });
    expect(bad({ annualAmount: 1, percentOfBase: 1 })).toThrow('costs.other[0]: must have exactly one of annualAmount, amount or percentOfBase');
    expect(bad({})).toThrow('costs.other[0]: must have exactly one of annualAmount, amount or percentOfBase');
    expect(bad({ annualAmount: 1, per: 'month' })).toThrow('costs.other[0].per: can only be given with amount');
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
