// Three schedules of the same $32 an hour in California: four 10-hour days, three 12-hour days,
// five 8-hour days. California pays 1.5× over 8 hours a day (Lab. Code §510), so the same
// hourly rate is worth different totals — unless an alternative workweek has been adopted
// (Lab. Code §511; health-care 12-hour shifts, Wage Order 5). Run after `npm run build`:
//   node examples/california-schedules.mjs
import { compareOffers } from 'total-comp';
import { formatComparison } from 'total-comp/format';

const schedule = (id, label, hoursPerWeek, daysPerWeek, alternativeWorkweek = false) => ({
  id,
  label,
  pay: { type: 'hourly', rate: 32, hoursPerWeek, daysPerWeek, alternativeWorkweek },
  benefits: { timeOff: { vacationDays: 10, holidays: 6 } },
  location: { region: 'US-CA' },
});

const offers = [
  schedule('4x10', 'Four 10-hour days', 40, 4),
  schedule('3x12', 'Three 12-hour days', 36, 3),
  schedule('5x8', 'Five 8-hour days', 40, 5),
  schedule('4x10-aww', 'Four 10-hour days, alternative workweek', 40, 4, true),
];
console.log(formatComparison(compareOffers(offers), { format: 'markdown' }));
