// The size budgets, checked in CI (`npm run size`), minified and gzipped (level 9):
// - own code: each entry point's code, from src/ with its dependencies (zod, decimal.js) left
//   out and the generated offer JSON Schema (data, not code: src/offer/offer-json-schema.ts)
//   counted apart — the main entry's code must stay within 26 kB (15 kB for 0.1's features; 0.2's
//   pay law and healthcare pay — workweek and state overtime, the regular-rate extras,
//   differentials, production pay, 457(b), warnings — took it to 24 kB, and benefits as they are
//   offered — health plans, HSA and HRA, several plans, pensions, waiting periods, about 1.7 kB —
//   past it; all of it lives in the evaluation itself), the JSON Schema within 3 kB;
// - browser bundle: each entry's browser build (dist/browser/, what bundlers take under the
//   "browser" export condition) bundled by esbuild WITH its dependencies and the JSON Schema,
//   as a web calculator ships it — the main entry must stay within 49 kB (decimal.js alone is
//   about 13 kB; 40 kB was set for 0.1's features, 48 kB after 0.2's pay law and benefits, and
//   safe input — labels empty to the eye refused, every decimal frozen, issues capped, keys
//   quoted, about 1 kB — took it past 48). check-package.mjs bundles the installed tarball by its package name too.
// The format, market and tax entries are reported beside the main one.
import { gzipSync } from 'node:zlib';
import { build } from 'esbuild';

const CODE_BUDGET = 26 * 1000;
const JSON_SCHEMA_BUDGET = 3 * 1000;
const BROWSER_BUDGET = 49 * 1000;
const ENTRIES = ['index', 'format', 'market', 'tax'];

const gzipped = (bytes) => gzipSync(bytes, { level: 9 }).length;

/** Leaves the generated JSON Schema out of a bundle, as an import of its own. */
const schemaApart = {
  name: 'json-schema-apart',
  setup(build) {
    build.onResolve({ filter: /\/offer-json-schema\.js$/ }, (args) => ({ path: args.path, external: true }));
  },
};

async function bundle(entryPoint, { browser }) {
  const result = await build({
    entryPoints: [entryPoint],
    bundle: true,
    minify: true,
    format: 'esm',
    platform: browser ? 'browser' : 'node',
    ...(browser ? {} : { external: ['zod', 'zod/*', 'decimal.js'], plugins: [schemaApart] }),
    write: false,
    logLevel: 'silent',
  });
  const minified = result.outputFiles[0].contents;
  return { minified: minified.length, gzipped: gzipped(minified) };
}

const failures = [];
const check = (label, size, budget) => {
  console.log(`${label}: ${size.minified} B minified, ${size.gzipped} B gzipped${budget === undefined ? '' : ` (budget ${budget} B)`}`);
  if (budget !== undefined && size.gzipped > budget) failures.push(`${label}: over budget by ${size.gzipped - budget} B`);
};
for (const entry of ENTRIES) {
  const main = entry === 'index';
  check(`${entry}: own code`, await bundle(`src/${entry}.ts`, { browser: false }), main ? CODE_BUDGET : undefined);
  check(`${entry}: browser bundle with zod and decimal.js`, await bundle(`dist/browser/${entry}.js`, { browser: true }), main ? BROWSER_BUDGET : undefined);
}
check('offer JSON Schema (data of the main entry)', await bundle('src/offer/offer-json-schema.ts', { browser: false }), JSON_SCHEMA_BUDGET);
if (failures.length > 0) {
  for (const failure of failures) console.error(`size budget exceeded: ${failure}`);
  process.exit(1);
}
