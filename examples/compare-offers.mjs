// The main job behind `npm start`: evaluate the example offers and print their totals side by side.
// Run with `node examples/compare-offers.mjs` after `npm run build`.
import { readFileSync } from 'node:fs';
import { evaluateOffer, toJSON } from 'total-comp';

const { offers } = JSON.parse(readFileSync(new URL('./offers.json', import.meta.url), 'utf8'));
const rows = offers.map((offer) => toJSON(evaluateOffer(offer)));
const keys = ['guaranteedCash', 'variableCash', 'benefits', 'costs', 'annual', 'firstYear', 'adjusted', 'effectiveHourly'];
const width = Math.max(...keys.map((key) => key.length));
const columns = rows.map((row) => Math.max(row.id.length, ...keys.map((key) => String(row.totals[key] ?? '—').length)));
console.log(['', ...rows.map((row) => row.id)].map((cell, index) => (index === 0 ? ''.padEnd(width) : cell.padStart(columns[index - 1]))).join('  '));
for (const key of keys) {
  console.log([key.padEnd(width), ...rows.map((row, index) => String(row.totals[key] ?? '—').padStart(columns[index]))].join('  '));
}
