// Builds bench/suite.ts from source (it measures internals too, such as the break-even search)
// and runs it. Usage: npm run bench
import { build } from 'tsup';

const outDir = 'node_modules/.cache/total-comp-bench';
await build({
  entry: { suite: 'bench/suite.ts', 'hundred-thousand': 'bench/hundred-thousand.ts' },
  format: ['esm'],
  outDir,
  target: 'node20',
  platform: 'node',
  splitting: false,
  dts: false,
  clean: true,
  silent: true,
  // Never merged with tsup.config.ts, whose builds would write dist/ at the same time.
  config: false,
});
const suite = new URL(`../${outDir}/suite.js`, import.meta.url);
await import(suite.href);
