// Writes offer.schema.json (package root, beside package.json) from the built library, so the shipped file is generated from
// the zod schema at build time and can never drift from it.
import { writeFileSync } from 'node:fs';
import { offerJsonSchema } from '../dist/index.js';

const target = new URL('../offer.schema.json', import.meta.url);
writeFileSync(target, `${JSON.stringify(offerJsonSchema, null, 2)}\n`);
console.log(`wrote ${target.pathname}`);
