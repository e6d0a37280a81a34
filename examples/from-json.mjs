// Validate user-supplied JSON and print every problem, each with its path: what a form or an
// upload endpoint would show. Run: node examples/from-json.mjs [file.json]
import { readFileSync } from 'node:fs';
import { compareOffers, OfferValidationError } from 'total-comp';

const file = process.argv[2] ?? new URL('./bad-offers.json', import.meta.url);
const data = JSON.parse(readFileSync(file, 'utf8'));
try {
  const comparison = compareOffers(data.offers ?? data);
  console.log(`All ${comparison.offers.length} offers are valid; best: ${comparison.ranking[0]}.`);
} catch (error) {
  if (!(error instanceof OfferValidationError)) throw error;
  console.log(`${error.issues.length} problems found:`);
  for (const issue of error.issues) console.log(`  ${issue.path}: ${issue.message}`);
}
