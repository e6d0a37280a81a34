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
