import { expect, test } from 'vitest';
import { otherBenefitLines } from '../../src/engine/other-benefits.js';
import { offer, usd } from '../helpers.js';

test('one other-benefit line per entry, at its annual value (docs/semantics.md §11)', () => {
  const { other } = offer({
    pay: { type: 'salary', amount: 50000 },
    benefits: { other: [{ label: 'HSA employer seed', annualValue: 500 }, { label: 'Wellness', annualValue: '120.25' }] },
  }).benefits;
  expect(otherBenefitLines(other, usd).map((entry) => [entry.component, entry.label, entry.amount.toString(), entry.category])).toEqual([
    ['other-benefit', 'HSA employer seed', '500', 'benefits'],
    ['other-benefit', 'Wellness', '120.25', 'benefits'],
  ]);
});

test('a monthly amount is × 12, a yearly amount as stated; exactly one form', () => {
  // $45 a month × 12 = $540
  const { other } = offer({
    pay: { type: 'salary', amount: 50000 },
    benefits: { other: [{ label: 'Gym', amount: 45, per: 'month' }, { label: 'Phone', amount: 300 }] },
  }).benefits;
  expect(otherBenefitLines(other, usd).map((entry) => [entry.amount.toString(), entry.explanation])).toEqual([
    ['540', '$45.00 a month × 12 = $540.00 a year.'],
    ['300', 'Valued at $300.00 a year.'],
  ]);
  expect(() => offer({ pay: { type: 'salary', amount: 1 }, benefits: { other: [{ label: 'X', annualValue: 1, amount: 1 }] } })).toThrow(
    'benefits.other[0]: must have exactly one of annualValue or amount',
  );
});
