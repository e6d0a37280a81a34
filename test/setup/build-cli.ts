// Builds the command line from source once before the tests, so the CLI tests run the real
// program as a child process without depending on an earlier `npm run build`.
import { readFileSync } from 'node:fs';
import { build } from 'tsup';

export const CLI_BUILD_DIR = 'node_modules/.cache/total-comp-test';

export default async function setup(): Promise<void> {
  const { version } = JSON.parse(readFileSync('package.json', 'utf8')) as { version: string };
  await build({
    entry: { cli: 'src/cli.ts' },
    format: ['esm'],
    outDir: CLI_BUILD_DIR,
    target: 'node20',
    platform: 'node',
    dts: false,
    clean: true,
    silent: true,
    define: { __VERSION__: JSON.stringify(version) },
  });
}
