import { describe, expect, test } from 'vitest';
import { educationLines } from '../../src/engine/education.js';
import { offer, usd } from '../helpers.js';

describe('educationLines (docs/semantics.md §10)', () => {
  test('one line per non-zero field, each × expected use', () => {
    // 60 % use: CEU 500 × 0.6 = 300; tuition 5,250 × 0.6 = 3,150; certification fees are 0: no line.
    const { education } = offer({
      pay: { type: 'salary', amount: 50000 },
      benefits: { education: { ceuStipend: 500, tuitionReimbursement: 5250, expectedUsePercent: 60 } },
    }).benefits;
    expect(educationLines(education, usd).map((entry) => [entry.label, entry.amount.toString(), entry.explanation])).toEqual([
      ['CEU stipend', '300', '$500.00 a year × 60% expected use = $300.00.'],
      ['Tuition reimbursement', '3150', '$5,250.00 a year × 60% expected use = $3,150.00.'],
    ]);
  });

  test('no education money, no line', () => {
    expect(educationLines(offer({ pay: { type: 'salary', amount: 1 } }).benefits.education, usd)).toEqual([]);
  });
});
