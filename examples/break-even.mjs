// "What base would offer B need to match offer A?" The answer accounts for everything that
// scales with base: percent bonuses, the match under its limits, the overtime rate.
// Run: node examples/break-even.mjs
import { compareOffers } from 'total-comp';

const offerA = {
  id: 'a',
  label: 'A: hospital, $68,000 + 403(b) 50% to 6% + 2% non-elective',
  pay: { type: 'salary', amount: 68000 },
  benefits: {
    insurance: [{ kind: 'medical', employerPaid: 7200, employeePaid: 1800 }],
    retirement: { plan: '403b', match: [{ matchPercent: 50, upToPercentOfPay: 6 }], nonElectivePercent: 2 },
  },
};
const offerB = {
  id: 'b',
  label: 'B: billing company, $28/h + 5% productivity bonus + 3 h overtime a week',
  pay: { type: 'hourly', rate: 28 },
  overtime: { hoursPerWeek: 3 },
  bonuses: [{ label: 'Productivity', kind: 'productivity', percentOfBase: 5 }],
  benefits: { insurance: [{ kind: 'medical', employerPaid: 5000, employeePaid: 2400 }] },
};

for (const metric of ['annual', 'effectiveHourly']) {
  const comparison = compareOffers([offerA, offerB], { metric });
  const b = comparison.offers.find((offer) => offer.id === 'b');
  const best = comparison.offers.find((offer) => offer.rank === 1);
  console.log(`On ${metric}: best is ${best.id} (${best.value.toFixed(2)}); B is ${b.value.toFixed(2)}.`);
  if (b.rank !== 1) {
    console.log(`  B would need a base of ${b.breakEvenBase.toFixed(2)} a year, that is ${b.breakEvenRate.toFixed(2)} an hour,`);
    console.log(`  to match A; one cent less and it falls short.`);
  }
}
