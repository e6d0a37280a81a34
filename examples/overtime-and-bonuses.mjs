// Overtime on bonuses: under the FLSA, a non-discretionary bonus (productivity, accuracy, a
// promised team bonus) is part of the "regular rate", so every overtime hour earns half of the
// bonus's hourly share again (29 CFR 778.208–778.209). Discretionary gifts and bona fide
// profit-sharing do not count (778.211–778.214). Run: node examples/overtime-and-bonuses.mjs
import { evaluateOffer, evaluationToJSON } from 'total-comp';

const biller = {
  label: 'Physician office biller',
  pay: { type: 'hourly', rate: 23.45 },
  overtime: { hoursPerWeek: 4, weeksPerYear: 47 },
  bonuses: [
    { label: 'Productivity (charts per day)', kind: 'productivity', amount: 1200, expectedPayoutPercent: 80 },
    { label: 'Holiday gift', kind: 'other', amount: 250, discretionary: true },
    { label: 'Profit sharing', kind: 'profit-sharing', amount: 600 },
  ],
  benefits: { timeOff: { vacationDays: 10, sickDays: 5, holidays: 6 } },
};

const json = evaluationToJSON(evaluateOffer(biller));
for (const line of json.lines) {
  console.log(`${line.label.padEnd(30)} ${line.amount.padStart(10)}   ${line.explanation}`);
}
console.log(`${'Annual total'.padEnd(30)} ${json.totals.annual.padStart(10)}`);
console.log('');
console.log('Only the productivity bonus enters the regular rate: the gift is discretionary and');
console.log('profit sharing is excluded, so neither raises the overtime rate.');
