// The remote coder in Texas against the on-site coder in Oregon: $63,000 in Portland ranks first
// before tax and last after it, because Oregon taxes wages and Texas does not. Estimates for
// 2026, single filer — not tax advice. Run after `npm run build`:
//   node examples/after-tax.mjs
import { compareOffers } from 'total-comp';
import { compareOffersAfterTax } from 'total-comp/tax';

const offers = [
  {
    id: 'oregon-on-site',
    label: 'On-site CPC, Portland',
    pay: { type: 'salary', amount: 63000 },
    benefits: { insurance: [{ kind: 'medical', employerPaid: 7900, employeePaid: 1400 }] },
    location: { region: 'US-OR' },
  },
  {
    id: 'texas-remote',
    label: 'Remote CPC, Austin',
    pay: { type: 'salary', amount: 61000 },
    benefits: { insurance: [{ kind: 'medical', employerPaid: 7900, employeePaid: 1400 }] },
    location: { region: 'US-TX' },
  },
];

const before = compareOffers(offers);
const after = compareOffersAfterTax(offers, { filingStatus: 'single', taxYear: 2026 });
console.log(`Before tax, best first: ${before.ranking.join(', ')}`);
console.log(`After tax,  best first: ${after.ranking.join(', ')}`);
for (const estimate of after.taxes) {
  console.log('');
  console.log(`${estimate.label} (${estimate.state})`);
  for (const line of estimate.lines) console.log(`  ${line.label.padEnd(36)} ${line.amount.toFixed(2).padStart(10)}   ${line.explanation}`);
  console.log(`  ${'Taxes'.padEnd(36)} ${estimate.taxes.toFixed(2).padStart(10)}   ${estimate.effectiveRatePercent.toFixed(1)}% of wages; ${estimate.marginalRatePercent.toFixed(1)}% on the next $100`);
  console.log(`  ${'Take-home pay'.padEnd(36)} ${estimate.takeHomePay.toFixed(2).padStart(10)}`);
  console.log(`  ${'Annual total after tax'.padEnd(36)} ${estimate.afterTaxAnnual.toFixed(2).padStart(10)}   (employer-paid premiums are untaxed: they stay whole)`);
}
const oregon = after.offers.find((offer) => offer.id === 'oregon-on-site');
console.log('');
console.log(`Portland would need a base of ${oregon?.breakEvenBase?.toFixed(2)} to leave as much after tax as Austin.`);
