// Checks the package as a consumer meets it: pack it, install the tarball into an empty
// project, then import it from ESM, require it from CommonJS and type-check TypeScript against
// the shipped types; finally publint and @arethetypeswrong/cli must report no problem.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const root = resolve(import.meta.dirname, '..');
const bin = (name) => join(root, 'node_modules', '.bin', name);
const run = (command, args, cwd) => {
  console.log(`$ ${[command, ...args].join(' ')}`);
  return execFileSync(command, args, { cwd, stdio: ['ignore', 'pipe', 'inherit'], encoding: 'utf8' });
};

const work = mkdtempSync(join(tmpdir(), 'total-comp-check-'));
try {
  run('npm', ['pack', '--silent', '--pack-destination', work], root);
  const tarball = readdirSync(work).find((name) => name.endsWith('.tgz'));
  if (tarball === undefined) throw new Error('npm pack wrote no tarball');
  const tarballPath = join(work, tarball);
  const listing = run('tar', ['-tzf', tarballPath], work);
  console.log(listing.trim());

  const consumer = join(work, 'consumer');
  run('mkdir', ['-p', consumer], work);
  writeFileSync(join(consumer, 'package.json'), JSON.stringify({ name: 'consumer', private: true, version: '0.0.0' }));
  run('npm', ['install', '--no-audit', '--no-fund', '--silent', tarballPath], consumer);

  const offer = `{ label: 'Biller', pay: { type: 'hourly', rate: 23.45 }, overtime: { hoursPerWeek: 4, weeksPerYear: 47 } }`;
  const expected = '55388.90';
  writeFileSync(
    join(consumer, 'esm.mjs'),
    `import { compareOffers, evaluateOffer, evaluationToJSON, OfferValidationError, parseOffer } from 'total-comp';
const annual = evaluationToJSON(evaluateOffer(${offer})).totals.annual;
if (annual !== '${expected}') throw new Error('ESM: annual ' + annual);
try { parseOffer({}); throw new Error('ESM: no error'); } catch (error) { if (!(error instanceof OfferValidationError)) throw error; }
const { formatComparison } = await import('total-comp/format');
const { equivalentSalary } = await import('total-comp/market');
if (!formatComparison(compareOffers([${offer}])).includes('$55,388.90')) throw new Error('ESM: total-comp/format');
if (equivalentSalary(60000, { from: 'US-OK', to: 'US-NJ' }).toFixed(2) !== '74317.82') throw new Error('ESM: total-comp/market');
console.log('ESM import works: annual', annual, '; total-comp/format and total-comp/market too');
`,
  );
  writeFileSync(
    join(consumer, 'cjs.cjs'),
    `const { evaluateOffer, evaluationToJSON, OfferValidationError, parseOffer } = require('total-comp');
const annual = evaluationToJSON(evaluateOffer(${offer})).totals.annual;
if (annual !== '${expected}') throw new Error('CJS: annual ' + annual);
try { parseOffer({}); throw new Error('CJS: no error'); } catch (error) { if (!(error instanceof OfferValidationError)) throw error; }
const schema = require('total-comp/offer.schema.json');
// The file documents every field (titles, descriptions); without them it is offerJsonSchema.
const withoutDocs = (node, top) => Array.isArray(node) ? node.map((item) => withoutDocs(item, false)) : typeof node !== 'object' || node === null ? node
  : Object.fromEntries(Object.entries(node).filter(([key]) => top || (key !== 'title' && key !== 'description')).map(([key, value]) => [key, key === 'properties' ? Object.fromEntries(Object.entries(value).map(([name, child]) => [name, withoutDocs(child, false)])) : withoutDocs(value, false)]));
if (JSON.stringify(withoutDocs(schema, true)) !== JSON.stringify(require('total-comp').offerJsonSchema)) throw new Error('CJS: offer.schema.json differs from offerJsonSchema');
if (require('total-comp/comparison.schema.json').title !== 'total-comp comparison') throw new Error('CJS: total-comp/comparison.schema.json');
const { formatComparison } = require('total-comp/format');
if (!formatComparison(require('total-comp').compareOffers([${offer}])).includes('$55,388.90')) throw new Error('CJS: total-comp/format');
console.log('CJS require works: annual', annual, '; offer.schema.json matches offerJsonSchema; total-comp/format too');
`,
  );
  console.log(run('node', ['esm.mjs'], consumer).trim());
  const version = run(join(consumer, 'node_modules', '.bin', 'total-comp'), ['--version'], consumer).trim();
  if (version !== JSON.parse(run('npm', ['pkg', 'get', 'version'], root))) throw new Error(`bin: version ${version}`);
  writeFileSync(join(consumer, 'offers.json'), JSON.stringify({ offers: [JSON.parse(`${offer.replace(/(\w+):/g, '"$1":').replace(/'/g, '"')}`)] }));
  const table = run(join(consumer, 'node_modules', '.bin', 'total-comp'), ['compare', 'offers.json'], consumer);
  if (!table.includes('$55,388.90')) throw new Error(`bin: unexpected table\n${table}`);
  console.log(`bin total-comp ${version} works`);
  console.log(run('node', ['cjs.cjs'], consumer).trim());

  const typed = `import { evaluateOffer, parseOffer, evaluationToJSON, type OfferInput, type OfferEvaluation, type Offer } from 'total-comp';
const input: OfferInput = ${offer};
const offer: Offer = parseOffer(input);
const evaluation: OfferEvaluation = evaluateOffer(offer.label === '' ? input : input, { planYear: 2026 });
const annual: string = evaluationToJSON(evaluation).totals.annual;
const adjusted: string | null = evaluationToJSON(evaluation).totals.adjusted;
// @ts-expect-error -- label is required
const missing: OfferInput = { pay: { type: 'salary', amount: 1 } };
// @ts-expect-error -- the verbs are typed on OfferInput: a misspelled key fails to compile
evaluateOffer({ label: 'A', pay: { type: 'salary', ammount: 1 } });
export { annual, adjusted, missing };
`;
  writeFileSync(join(consumer, 'check-esm.mts'), typed);
  writeFileSync(join(consumer, 'check-cjs.cts'), typed.replace(/^import (.*) from 'total-comp';/m, 'import $1 from "total-comp";'));
  writeFileSync(
    join(consumer, 'tsconfig.json'),
    JSON.stringify({
      compilerOptions: {
        strict: true,
        noEmit: true,
        module: 'NodeNext',
        moduleResolution: 'NodeNext',
        target: 'ES2022',
        exactOptionalPropertyTypes: true,
        noUncheckedIndexedAccess: true,
        skipLibCheck: false,
        types: [],
      },
      files: ['check-esm.mts', 'check-cjs.cts'],
    }),
  );
  run(bin('tsc'), ['-p', 'tsconfig.json'], consumer);
  console.log('TypeScript (NodeNext, ESM and CJS) type-checks against the shipped types');

  // A web page bundles the package by its name for the browser: the "browser" condition gives it
  // the build without zod's ahead-of-time compiler (z.compile), the heaviest part of zod.
  writeFileSync(
    join(consumer, 'web.mjs'),
    `import { compareOffers, evaluationToJSON } from 'total-comp';
import { formatComparison } from 'total-comp/format';
const comparison = compareOffers([${offer}]);
console.log(evaluationToJSON(comparison.offers[0].evaluation).totals.annual, formatComparison(comparison).includes('$55,388.90'));
`,
  );
  run(bin('esbuild'), ['web.mjs', '--bundle', '--platform=browser', '--format=esm', '--minify', '--outfile=web.bundle.mjs', '--log-level=warning'], consumer);
  const web = readFileSync(join(consumer, 'web.bundle.mjs'), 'utf8');
  if (web.includes('zod.compile')) throw new Error('browser bundle: zod\'s compiler (z.compile) was bundled');
  const webResult = run('node', ['web.bundle.mjs'], consumer).trim();
  if (webResult !== '55388.90 true') throw new Error(`browser bundle: ${webResult}`);
  console.log(`browser bundle of 'total-comp' and 'total-comp/format' (esbuild, platform browser) works: ${web.length} B minified, without zod's compiler`);

  console.log(run(bin('publint'), ['run', '--strict', root], root).trim());
  console.log(run(bin('attw'), [tarballPath, '--format', 'ascii'], root).trim());
  console.log('check:package passed');
} finally {
  rmSync(work, { recursive: true, force: true });
}
