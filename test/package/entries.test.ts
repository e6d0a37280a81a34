import { readFileSync } from 'node:fs';
import { expect, test } from 'vitest';
import { entry } from '../../tsup.config.js';

const json = (path: string) => JSON.parse(readFileSync(new URL(`../../${path}`, import.meta.url), 'utf8'));

test('every code export of package.json is built, by the package build and the test build alike, and documented', () => {
  // A subpath missing from the build list went unnoticed once: the tests passed on a machine whose
  // dist/ held an earlier build of it, and failed on a clean clone.
  const exported = Object.keys(json('package.json').exports as Record<string, unknown>)
    .filter((path) => !path.endsWith('.json') && path !== './package.json')
    .map((path) => (path === '.' ? 'index' : path.slice(2)));
  expect(Object.keys(entry).sort()).toEqual(exported.sort());
  expect(Object.values(entry).sort()).toEqual((json('typedoc.json').entryPoints as string[]).sort());
});
