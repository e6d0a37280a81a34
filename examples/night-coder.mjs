// A hospital coder on nights: a shift differential, a weekend differential and on-call weeks,
// with a little overtime — every figure annualised, explained, and the premiums the
// differentials earn on overtime hours (29 CFR 778.207(b)). Run after `npm run build`:
//   node examples/night-coder.mjs
import { evaluateOffer } from 'total-comp';

// Rate: BLS median hourly wage, medical records specialists, May 2023 ($23.45), plus a typical
// hospital night differential of $2.00 an hour and 10 % of the rate on weekend hours.
const nightCoder = {
  id: 'night-coder',
  label: 'Inpatient coder, nights',
  pay: {
    type: 'hourly',
    rate: 23.45,
    differentials: [
      { label: 'Night shift', kind: 'shift', amountPerHour: 2, hoursPerWeek: 40 },
      { label: 'Weekend', kind: 'weekend', percentOfRate: 10, hoursPerWeek: 16 },
      // On call one week in four: $3.00 an hour for 60 hours of each on-call week (13 × 60 = 780 h a year).
      { label: 'On call', kind: 'on-call', amountPerHour: 3, hoursPerYear: 780 },
    ],
  },
  overtime: { hoursPerWeek: 2, weeksPerYear: 40 },
  benefits: { timeOff: { vacationDays: 15, sickDays: 5, holidays: 8 } },
};

const evaluation = evaluateOffer(nightCoder);
console.log(evaluation.label);
for (const line of evaluation.lines) console.log(`  ${line.label.padEnd(28)} ${line.amount.toFixed(2).padStart(10)}   ${line.explanation}`);
const { totals, hours } = evaluation;
console.log('');
console.log(`  Annual total ${totals.annual.toFixed(2)}; guaranteed ${totals.guaranteedCash.toFixed(2)}, variable ${totals.variableCash.toFixed(2)}`);
console.log(`  Hours worked ${totals.hoursWorked.toFixed(1)} (on-call hours are not hours worked); ${hours.overtimeHours.toFixed(1)} overtime h`);
