import { defineConfig } from 'vitest/config';

// The unit and property tests, for mutation testing: the tests that run the built package as a
// child process (CLI, examples, README) cannot see a mutant, so they are left out here.
export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    exclude: ['test/cli/cli-process.test.ts', 'test/package/**', 'test/api/fuzz.test.ts', 'test/layers.test.ts'],
    environment: 'node',
    setupFiles: ['test/setup/fixed-seed.ts'],
  },
});
