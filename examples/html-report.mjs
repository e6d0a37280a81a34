// The comparison of examples/offers.json as an HTML report (docs/semantics.md §23): one page, no
// script, inline CSS and SVG — the verdict, a stacked bar per offer, the table of lines with
// their explanations, notes and data vintages. `npm start` runs it after printing the table;
// it writes report.html in the working directory (or the path given), to open in a browser,
// print, or e-mail.
import { readFileSync, writeFileSync } from 'node:fs';
import { compareOffers } from 'total-comp';
import { formatComparison } from 'total-comp/format';

const { offers } = JSON.parse(readFileSync(new URL('./offers.json', import.meta.url), 'utf8'));
const path = process.argv[2] ?? 'report.html';
const html = formatComparison(compareOffers(offers), { format: 'html' });
writeFileSync(path, html);
console.log(`Wrote ${path}: the same comparison as an HTML page with charts. Open it in a browser, or print it.`);
console.log(`(Over years: total-comp compare examples/offers.json --metric horizon --years 5 --format html > report.html)`);
