// Mutation testing: `npm run mutate`. Stryker 9 with its vitest runner (10.x needs Node 22).
/** @type {import('@stryker-mutator/api/core').PartialStrykerOptions} */
export default {
  testRunner: 'vitest',
  vitest: { configFile: 'vitest.stryker.config.ts' },
  mutate: [
    'src/**/*.ts',
    // Entry points only re-export; types only; the process wiring of the command line.
    '!src/index.ts',
    '!src/market.ts',
    '!src/format.ts',
    '!src/cli.ts',
    '!src/offer/types.ts',
    '!src/engine/scenario.ts',
  ],
  coverageAnalysis: 'perTest',
  concurrency: 2,
  timeoutMS: 20000,
  reporters: ['clear-text', 'progress', 'json'],
  jsonReporter: { fileName: 'reports/mutation/mutation.json' },
  thresholds: { high: 90, low: 85, break: null },
  ignoreStatic: true,
  tempDirName: '.stryker-tmp',
  incremental: true,
  incrementalFile: 'reports/stryker-incremental.json',
};
