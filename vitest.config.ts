import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    environment: 'node',
    globalSetup: ['test/setup/build.ts'],
    coverage: {
      provider: 'v8',
      include: ['src/**/*.ts'],
      // Types only, re-exports only, and the process wiring of the command line (run as a child
      // process by test/cli.test.ts, where coverage cannot follow).
      exclude: ['src/offer.ts', 'src/scenario.ts', 'src/index.ts', 'src/cli.ts'],
      // Issue 6 asks for 95 % of branches; 93 % holds today (see DEVELOPERS.md), and no lower.
      thresholds: { lines: 99, branches: 93, functions: 99, statements: 98 },
    },
  },
});
