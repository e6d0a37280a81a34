// Hourly or salaried? An hourly rate × 2,080 hours is the same base as a salary, but overtime,
// time off and hours worked make the totals differ. Run after `npm run build`:
//   node examples/hourly-vs-salary.mjs
import { compareOffers, evaluateOffer } from 'total-comp';
import { formatComparison } from 'total-comp/format';

// $31.73 an hour × 40 h × 52 weeks = $65,998.40, about the $66,000 salary.
const hourly = {
  id: 'hourly',
  label: 'Hourly coder: $31.73/h, about 3 h of overtime a week',
  pay: { type: 'hourly', rate: '31.73' },
  overtime: { hoursPerWeek: 3 },
  benefits: { timeOff: { vacationDays: 10, sickDays: 5, holidays: 6 } },
};
const salaried = {
  id: 'salaried',
  label: 'Salaried coder: $66,000, exempt',
  pay: { type: 'salary', amount: 66000 },
  benefits: { timeOff: { vacationDays: 15, sickDays: 5, holidays: 8 } },
};

for (const offer of [hourly, salaried]) {
  const { totals, regularRate, lines } = evaluateOffer(offer);
  console.log(`${offer.label}`);
  for (const line of lines) console.log(`  ${line.label}: ${line.explanation}`);
  console.log(`  Regular rate ${regularRate.toFixed(2)}/h; ${totals.hoursWorked.toFixed(1)} h worked; effective ${totals.effectiveHourly.toFixed(2)}/h`);
  console.log('');
}

const comparison = compareOffers([hourly, salaried], { metric: 'effectiveHourly' });
console.log(formatComparison(comparison, { format: 'markdown' }));
