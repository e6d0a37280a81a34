import { expect, test } from 'vitest';
import { evaluateOffer } from '../../src/index.js';

test('the employee’s own pre-tax money, by the rule that makes it pre-tax', () => {
  // $80,000: 403(b) 10 % = 8,000; 401(k) 25 % = 20,000 → 24,500 − 8,000 = 16,500 (402(g) shared);
  // 457(b) 5 % = 4,000; pension 8 % = 6,400; HSA 3,000 (within the 2026 family 8,750); premiums 2,400 + 300.
  const evaluation = evaluateOffer({
    label: 'Contributions',
    pay: { type: 'salary', amount: 80000 },
    benefits: {
      insurance: [
        { kind: 'medical', employerPaid: 20100, employeePaid: 2400, coverage: 'family' },
        { kind: 'dental', employeePaid: 300 },
      ],
      retirement: [
        { plan: '403b', employeeContributionPercent: 10 },
        { plan: '401k', employeeContributionPercent: 25 },
        { plan: '457b', employeeContributionPercent: 5 },
      ],
      hsa: { employeeContribution: 3000, coverage: 'family' },
    },
  });
  const { electiveDeferrals, deferredCompensation, pension, hsa, premiums } = evaluation.employeeContributions;
  expect([electiveDeferrals, deferredCompensation, pension, hsa, premiums].map(String)).toEqual(['24500', '4000', '0', '3000', '2700']);
  expect(evaluation.employeeContributions.deferrals403b.toString()).toBe('8000');
  const withPension = evaluateOffer({
    label: 'Pension',
    pay: { type: 'salary', amount: 80000 },
    benefits: { retirement: { plan: 'pension', pension: { employerPercentOfPay: 10, employeePercentOfPay: 8 } } },
  });
  expect(withPension.employeeContributions.pension.toString()).toBe('6400');
  expect(Object.isFrozen(withPension.employeeContributions)).toBe(true);
});
