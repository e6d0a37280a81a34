// A location pay cut is not the same thing as a cost-of-living difference. The pay adjustment
// changes what you are paid; normalising by regional price parities changes nothing you are
// paid, only what it buys. Run: node examples/location.mjs
import { compareOffers } from 'total-comp';
import { formatComparison } from 'total-comp/format';

const job = {
  pay: { type: 'salary', amount: 64712 },
  bonuses: [{ label: 'Accuracy', kind: 'accuracy', percentOfBase: 5 }],
  benefits: { retirement: { plan: '401k', match: [{ matchPercent: 100, upToPercentOfPay: 4 }] } },
};
const offers = [
  {
    ...job,
    id: 'remote-ok',
    label: 'Remote from Tulsa, OK: -10% location pay',
    location: { label: 'Tulsa, OK', region: 'US-OK', payAdjustmentPercent: -10 },
  },
  { ...job, id: 'onsite-nj', label: 'On site in Trenton, NJ: full pay', location: { label: 'Trenton, NJ', region: 'US-NJ' } },
];

const nominal = compareOffers(offers);
const adjusted = compareOffers(offers, { metric: 'adjusted' });
for (const offer of adjusted.offers) {
  console.log(`${offer.label}`);
  console.log(`  paid ${offer.evaluation.totals.annual.toFixed(2)} a year; buys what ${offer.value.toFixed(2)} buys at US-average prices`);
}
console.log('');
console.log(`On pay alone the best is ${nominal.ranking[0]}; on purchasing power it is ${adjusted.ranking[0]}.`);
console.log('');
console.log(formatComparison(adjusted, { format: 'markdown' }));
