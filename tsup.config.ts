import { readFileSync } from 'node:fs';
import { defineConfig, type Options } from 'tsup';

const { version } = JSON.parse(readFileSync(new URL('./package.json', import.meta.url), 'utf8')) as { version: string };

/** The library's entry points, one per export of package.json: the builds below and the test build (test/setup/build.ts) share them. */
export const entry = { index: 'src/index.ts', market: 'src/market.ts', format: 'src/format.ts', tax: 'src/tax.ts' };

/** Resolves `./compiled-parser.js` to its browser stand-in, for the browser build. */
const browserParser = {
  name: 'browser-compiled-parser',
  setup(build: { onResolve: (options: { filter: RegExp }, callback: () => { path: string }) => void }) {
    build.onResolve({ filter: /\/compiled-parser\.js$/ }, () => ({
      path: new URL('./src/offer/compiled-parser.browser.ts', import.meta.url).pathname,
    }));
  },
};

/**
 * What bundlers take under the "browser" condition (dist/browser/): the same library without zod's
 * compiler. The test build makes it too (test/setup/build.ts), for the browser tests.
 */
export const browserBuild = {
  entry,
  outDir: 'dist/browser',
  format: ['esm'],
  dts: false,
  clean: false,
  target: 'es2022',
  platform: 'browser',
  splitting: false,
  treeshake: true,
  esbuildPlugins: [browserParser],
  define: { __VERSION__: JSON.stringify(version) },
} satisfies Options;

export default defineConfig([
  {
    entry,
    format: ['esm', 'cjs'],
    dts: true,
    clean: true,
    target: 'node20',
    platform: 'node',
    splitting: false,
    treeshake: true,
    define: { __VERSION__: JSON.stringify(version) },
  },
  browserBuild,
  {
    entry: { cli: 'src/cli.ts' },
    format: ['esm'],
    dts: false,
    clean: false,
    target: 'node20',
    platform: 'node',
    splitting: false,
    treeshake: true,
    define: { __VERSION__: JSON.stringify(version) },
  },
]);
