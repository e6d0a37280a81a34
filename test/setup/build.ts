// Builds the library's ESM and CommonJS entry points, their browser build and the command line from source once before the tests, so
// the CLI tests and the examples (which import 'total-comp' by its package name) run the
// current code, without depending on an earlier `npm run build`.
import { readFileSync } from 'node:fs';
import { build } from 'tsup';
import { browserBuild, entry } from '../../tsup.config.js';

/** Where the test build goes: the package's own dist/, which `exports` points at. */
export const CLI_BUILD_DIR = 'dist';

export default async function setup(): Promise<void> {
  const { version } = JSON.parse(readFileSync('package.json', 'utf8')) as { version: string };
  // config: false — never merged with tsup.config.ts, whose several builds would write dist/ at once.
  const common = { config: false, outDir: CLI_BUILD_DIR, target: 'node20', platform: 'node', splitting: false, dts: false, clean: false, silent: true } as const;
  // Every entry point the examples and the README import by name: the package build's own list.
  const define = { __VERSION__: JSON.stringify(version) };
  await build({ ...common, entry, format: ['esm', 'cjs'], define });
  await build({ ...common, entry: { cli: 'src/cli.ts' }, format: ['esm'], define });
  // The browser build, as the package build makes it: what the browser smoke test bundles.
  await build({ ...browserBuild, config: false, silent: true });
}
