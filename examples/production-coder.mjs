// A remote production coder: a base rate plus an incentive per chart above 2.5 charts an hour,
// in two tiers, paid on productive hours and gated by an accuracy audit. Compared with a flat
// salary of about the same base. Run after `npm run build`:
//   node examples/production-coder.mjs
import { compareOffers } from 'total-comp';
import { formatComparison } from 'total-comp/format';

// The incentive pays $1.50 a chart from 2.5 charts an hour and $2.00 from 3.0; the coder expects
// 3.2 charts an hour over 85 % of hours worked, and a 95 % accuracy audit pays 90 % of it.
const production = {
  id: 'production',
  label: 'Remote coder, base + per-chart incentive',
  pay: { type: 'hourly', rate: 24 },
  bonuses: [
    {
      label: 'Per-chart incentive',
      kind: 'productivity',
      expectedPayoutPercent: 90,
      minPayoutPercent: 0,
      maxPayoutPercent: 100,
      perUnit: {
        unit: 'chart',
        unitsPerHour: 3.2,
        productivePercent: 85,
        tiers: [
          { fromUnitsPerHour: 2.5, ratePerUnit: 1.5 },
          { fromUnitsPerHour: 3, ratePerUnit: 2 },
        ],
      },
    },
  ],
  benefits: { timeOff: { vacationDays: 10, sickDays: 5, holidays: 6 } },
  location: { region: 'US-TX' },
};
const salaried = {
  id: 'salaried',
  label: 'Remote coder, salaried',
  pay: { type: 'salary', amount: 52000 },
  benefits: { timeOff: { vacationDays: 15, sickDays: 5, holidays: 8 } },
  location: { region: 'US-TX' },
};

console.log(formatComparison(compareOffers([production, salaried])));
