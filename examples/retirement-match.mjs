// A tiered 401(k) match, the IRS limits that cap it, and what vesting costs you if you leave
// early. Run: node examples/retirement-match.mjs
import { evaluateOffer, projectOffer } from 'total-comp';

const coder = {
  label: 'Hospital coder, 403(b)',
  pay: { type: 'salary', amount: 70000 },
  benefits: {
    retirement: {
      plan: '403b',
      match: [
        { matchPercent: 100, upToPercentOfPay: 3 },
        { matchPercent: 50, upToPercentOfPay: 5 },
      ],
      vesting: { type: 'graded', vestedPercentByYear: [20, 40, 60, 80, 100] },
    },
  },
};

const [match] = evaluateOffer(coder).lines.filter((line) => line.component === 'retirement-match');
console.log(`Tiers: ${match.explanation}`);
console.log('(100% of the first 3% and 50% of the next 2% is 4% of pay, not 50% or 100% of 5%.)');
console.log('');

const executive = {
  label: 'Revenue-cycle VP',
  pay: { type: 'salary', amount: 400000 },
  benefits: {
    retirement: {
      plan: '401k',
      match: [{ matchPercent: 100, upToPercentOfPay: 6 }],
      nonElectivePercent: 10,
      employeeContributionPercent: 10,
    },
  },
};
for (const planYear of [2024, 2025, 2026]) {
  const evaluation = evaluateOffer(executive, { planYear });
  const employer = evaluation.lines.filter((line) => line.component.startsWith('retirement-'));
  console.log(`${planYear}: ${employer.map((line) => `${line.label} ${line.amount.toFixed(2)}`).join(', ')}`);
  // 415(c) caps deferral + employer money; the excess comes out of the non-elective contribution first.
  console.log(`      ${employer[employer.length - 1].explanation}`);
}
console.log('');

console.log('Leaving early (graded vesting 20/40/60/80/100 %):');
for (const tenure of [1, 2, 3, 4, 5]) {
  const projection = projectOffer(coder, { years: tenure, expectedTenureYears: tenure });
  const lines = projection.years.flatMap((year) => year.lines);
  const forfeited = lines.find((line) => line.component === 'retirement-forfeiture');
  console.log(
    `  after ${tenure} year${tenure === 1 ? ' ' : 's'}: total ${projection.total.toFixed(2)}, forfeited ${forfeited ? forfeited.amount.negated().toFixed(2) : '0.00'}`,
  );
}
