import { readFileSync } from 'node:fs';
import { defineConfig } from 'vitest/config';

// The library's version, as the build writes it (tsup.config.ts, src/util/library-version.ts).
const { version } = JSON.parse(readFileSync(new URL('./package.json', import.meta.url), 'utf8')) as { version: string };

// The unit and property tests, for mutation testing: the tests that run the built package as a
// child process (CLI, examples, README) cannot see a mutant, so they are left out here.
export default defineConfig({
  define: { __VERSION__: JSON.stringify(version) },
  test: {
    include: ['test/**/*.test.ts'],
    exclude: ['test/cli/cli-process.test.ts', 'test/package/**', 'test/api/fuzz.test.ts', 'test/layers.test.ts'],
    environment: 'node',
    setupFiles: ['test/setup/fixed-seed.ts'],
  },
});
