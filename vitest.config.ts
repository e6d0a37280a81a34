import { readFileSync } from 'node:fs';
import { defineConfig } from 'vitest/config';

// The library's version, as the build writes it (tsup.config.ts, src/util/library-version.ts).
const { version } = JSON.parse(readFileSync(new URL('./package.json', import.meta.url), 'utf8')) as { version: string };

export default defineConfig({
  define: { __VERSION__: JSON.stringify(version) },
  test: {
    include: ['test/**/*.test.ts'],
    // Type tests (*.test-d.ts: expectTypeOf) are checked by `npm run typecheck` (tsc), the first
    // step of `npm test`. (Vitest's own typecheck mode runs the global setup twice at once, and
    // the two builds of dist/ raced.)
    environment: 'node',
    globalSetup: ['test/setup/build.ts'],
    // A timeout is there to catch a hang, not to time code (speed is the benchmarks' job): the
    // 2,000-run fuzz property took 6.4 s on this shared machine under load, past vitest's 5 s.
    testTimeout: 60_000,
    coverage: {
      provider: 'v8',
      include: ['src/**/*.ts'],
      // Types only, re-exports only, and the process wiring of the command line (run as a child
      // process by test/cli/cli-process.test.ts, where coverage cannot follow).
      exclude: ['src/offer/types.ts', 'src/engine/scenario.ts', 'src/index.ts', 'src/format.ts', 'src/market.ts', 'src/cli.ts'],
      // At least 95 % of lines and branches (97.7 % of branches held when this was set; random
      // property tests can move branch coverage a little from run to run).
      thresholds: { lines: 95, branches: 95, functions: 95, statements: 95 },
    },
  },
});
