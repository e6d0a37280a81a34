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

  test('coverage is named, and a health plan’s expected out-of-pocket cost is a line', () => {
    // Family PPO: $20,100 employer, $6,850 premium; $1,000 deductible, 20 % to $6,000;
    // claims $9,000 → 1,000 + 0.20 × 8,000 = 2,600.
    const [ppo] = offer({
      pay: { type: 'salary', amount: 50000 },
      benefits: {
        insurance: [
          {
            kind: 'medical',
            label: 'PPO',
            coverage: 'family',
            employerPaid: 20100,
            employeePaid: 6850,
            outOfPocket: { deductible: 1000, coinsurancePercent: 20, outOfPocketMax: 6000, expectedClaims: 9000 },
          },
        ],
      },
    }).benefits.insurance;
    if (ppo === undefined) throw new Error('no insurance');
    expect(insuranceLines(ppo, usd).map((entry) => [entry.component, entry.category, entry.amount.toString(), entry.explanation])).toEqual([
      ['insurance', 'benefits', '20100', 'The employer pays $20,100.00 a year toward PPO (family).'],
      ['employee-premium', 'costs', '6850', 'You pay $6,850.00 a year in premiums for PPO (family).'],
      [
        'out-of-pocket',
        'costs',
        '2600',
        'You pay the $1,000.00 deductible + 20% coinsurance on the $8,000.00 of expected claims above it ($1,600.00): $2,600.00 a year.',
      ],
    ]);
  });

  test('out-of-pocket explanations: within the deductible, and capped', () => {
    const lineFor = (expectedClaims: number) => {
      const [plan] = offer({
        pay: { type: 'salary', amount: 50000 },
        benefits: { insurance: [{ kind: 'medical', outOfPocket: { deductible: 3000, coinsurancePercent: 30, outOfPocketMax: 7500, expectedClaims } }] },
      }).benefits.insurance;
      if (plan === undefined) throw new Error('no insurance');
      return insuranceLines(plan, usd).find((entry) => entry.component === 'out-of-pocket');
    };
    expect(lineFor(500)?.explanation).toBe('You pay all $500.00 of your expected claims, within the $3,000.00 deductible: $500.00 a year.');
    // 3,000 + 0.30 × 37,000 = 14,100 → 7,500
    expect(lineFor(40000)?.explanation).toBe(
      'You pay the $3,000.00 deductible + 30% coinsurance on the $37,000.00 of expected claims above it ($11,100.00), capped at the $7,500.00 out-of-pocket maximum: $7,500.00 a year.',
    );
    expect(lineFor(0)).toBeUndefined();
  });

  test('a deductible above the out-of-pocket maximum is refused', () => {
    expect(() =>
      offer({
        pay: { type: 'salary', amount: 50000 },
        benefits: { insurance: [{ kind: 'medical', outOfPocket: { deductible: 8000, coinsurancePercent: 20, outOfPocketMax: 7500, expectedClaims: 0 } }] },
      }),
    ).toThrow('benefits.insurance[0].outOfPocket.deductible: must not exceed outOfPocketMax (7500), got 8000');
  });
});
