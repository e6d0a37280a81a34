import { describe, expect, test } from 'vitest';
import { insuranceLines } from '../../src/engine/insurance.js';
import { offer, usd } from '../helpers.js';

describe('insuranceLines (docs/semantics.md §8)', () => {
  test('employer share is a benefit, employee share a cost', () => {
    const [medical] = offer({
      pay: { type: 'salary', amount: 50000 },
      benefits: { insurance: [{ kind: 'medical', employerPaid: 7200, employeePaid: '1800.50' }] },
    }).benefits.insurance;
    if (medical === undefined) throw new Error('no insurance');
    expect(insuranceLines(medical, usd).map((entry) => [entry.component, entry.category, entry.amount.toString(), entry.explanation])).toEqual([
      ['insurance', 'benefits', '7200', 'The employer pays $7,200.00 a year toward medical insurance.'],
      ['employee-premium', 'costs', '1800.5', 'You pay $1,800.50 a year in premiums for medical insurance.'],
    ]);
  });

  test('a zero share adds no line, and a label overrides the kind', () => {
    const [life] = offer({
      pay: { type: 'salary', amount: 50000 },
      benefits: { insurance: [{ kind: 'life', label: 'Group term life (2× salary)', employerPaid: 150 }] },
    }).benefits.insurance;
    if (life === undefined) throw new Error('no insurance');
    const lines = insuranceLines(life, usd);
    expect(lines).toHaveLength(1);
    expect(lines[0]?.label).toBe('Group term life (2× salary)');
  });
});
