// The main job behind `npm start`: compare three example offers built from published pay for
// medical coders and billers (BLS OEWS, the AAPC salary survey) — a remote CPC with a location
// pay cut, a hospital inpatient coder, a physician-office biller — and print the comparison table.
// Run with `node examples/compare-offers.mjs` after `npm run build`.
import { readFileSync } from 'node:fs';
import { compareOffers } from 'total-comp';
import { formatComparison } from 'total-comp/format';

const { offers } = JSON.parse(readFileSync(new URL('./offers.json', import.meta.url), 'utf8'));
console.log(formatComparison(compareOffers(offers), { format: 'table' }));
