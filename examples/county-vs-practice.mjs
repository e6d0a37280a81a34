// A county hospital against a private practice, benefits as they are offered: a pension, a
// 457(b) and an HSA with family coverage after a 90-day wait, against a rich PPO and a 401(k)
// that starts after a year. Close on a steady year; apart in the first year; far apart if you
// leave before the pension vests. Run after `npm run build`:
//   node examples/county-vs-practice.mjs
import { readFileSync } from 'node:fs';
import { compareOffers, projectOffer } from 'total-comp';
import { formatComparison } from 'total-comp/format';

// Salaries from the seed articles (CCS about $68,000; a specialty-practice CPC above the
// $64,712 median); the practice's PPO near KFF's 2025 averages for family coverage ($20,100
// from the employer); the county's high-deductible plan cheaper to it and to you.
const { offers } = JSON.parse(readFileSync(new URL('./county-vs-practice.json', import.meta.url), 'utf8'));

const comparison = compareOffers(offers);
console.log(formatComparison(comparison, { format: 'table' }));

console.log('');
console.log('The lines benefits add, explained:');
for (const { evaluation } of comparison.offers) {
  console.log(`  ${evaluation.id}`);
  const shown = ['out-of-pocket', 'hsa', 'pension', 'retirement-match', 'cost', 'waiting-period'];
  for (const line of evaluation.lines.filter((entry) => shown.includes(entry.component))) console.log(`    ${line.explanation}`);
  const own = evaluation.employeeContributions;
  console.log(`    Your own pre-tax money: deferrals ${own.electiveDeferrals.plus(own.deferredCompensation).toFixed(2)}, pension ${own.pension.toFixed(2)}, HSA ${own.hsa.toFixed(2)}, premiums ${own.premiums.toFixed(2)}`);
}

console.log('');
console.log('Leaving early (no raises): cumulative totals');
for (const tenure of [1, 3, 5]) {
  const totals = offers.map((offer) => projectOffer(offer, { years: tenure, expectedTenureYears: tenure }));
  console.log(`  after ${tenure} year${tenure === 1 ? ' ' : 's'}: ${totals.map((projection) => `${projection.id} ${projection.total.toFixed(2)}`).join(', ')}`);
}
