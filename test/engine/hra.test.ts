import { expect, test } from 'vitest';
import { hraLines } from '../../src/engine/hra.js';
import { offer, usd } from '../helpers.js';

function hra(expectedUsePercent?: number) {
  const parsed = offer({
    pay: { type: 'salary', amount: 50000 },
    benefits: { hra: { employerContribution: 2000, ...(expectedUsePercent === undefined ? {} : { expectedUsePercent }) } },
  }).benefits.hra;
  if (parsed === null) throw new Error('no HRA');
  return parsed;
}

test('the hra line is the contribution × the share you expect to use (docs/semantics.md §8)', () => {
  // 2,000 × 60 % = 1,200
  expect(hraLines(hra(60), usd).map((entry) => [entry.component, entry.category, entry.amount.toString(), entry.explanation])).toEqual([
    ['hra', 'benefits', '1200', 'The employer makes $2,000.00 a year available to reimburse your care × 60% expected use = $1,200.00.'],
  ]);
  expect(hraLines(hra(), usd)[0]?.explanation).toBe('The employer makes $2,000.00 a year available to reimburse your care, all of it expected to be used.');
  expect(hraLines(hra(0), usd)).toEqual([]);
});
