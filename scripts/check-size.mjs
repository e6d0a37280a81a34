// The size budget, checked in CI: the library's own code in the ESM entry, minified and gzipped,
// with its dependencies (zod, decimal.js) left out, must stay within 15 kB.
import { gzipSync } from 'node:zlib';
import { buildSync } from 'esbuild';

const BUDGET_BYTES = 15 * 1000;
const result = buildSync({
  entryPoints: ['dist/index.js'],
  bundle: true,
  minify: true,
  format: 'esm',
  platform: 'node',
  external: ['zod', 'decimal.js'],
  write: false,
});
const minified = result.outputFiles[0].contents;
const gzipped = gzipSync(minified, { level: 9 }).length;
console.log(`dist/index.js: ${minified.length} B minified, ${gzipped} B gzipped (budget ${BUDGET_BYTES} B)`);
if (gzipped > BUDGET_BYTES) {
  console.error(`size budget exceeded by ${gzipped - BUDGET_BYTES} B`);
  process.exit(1);
}
