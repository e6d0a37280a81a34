import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { expect, test } from 'vitest';

// Every example runs with plain node, importing 'total-comp' by its package name (the test
// setup builds dist/ first), and prints what its committed snapshot says.
const examples = readdirSync(new URL('../../examples/', import.meta.url)).filter((name) => name.endsWith('.mjs'));

test('there are examples for every recipe of the README', () => {
  expect(examples.sort()).toEqual([
    'after-tax.mjs',
    'break-even.mjs',
    'california-schedules.mjs',
    'compare-offers.mjs',
    'county-vs-practice.mjs',
    'from-json.mjs',
    'hourly-vs-salary.mjs',
    'html-report.mjs',
    'location.mjs',
    'night-coder.mjs',
    'overtime-and-bonuses.mjs',
    'production-coder.mjs',
    'retirement-match.mjs',
  ]);
});

test.each(examples)('examples/%s runs and prints its snapshot', async (name) => {
  const result = spawnSync(process.execPath, [`examples/${name}`], { encoding: 'utf8' });
  expect(result.stderr).toBe('');
  expect(result.status).toBe(0);
  await expect(result.stdout).toMatchFileSnapshot(`__snapshots__/examples/${name.replace(/\.mjs$/, '.txt')}`);
});

// The same examples under Bun, a second runtime, from the npm package `bun` (a dev dependency
// whose binary comes as an npm package for the platform, nothing downloaded): the same output,
// byte for byte. Deno's npm package downloads its binary when installed, which this machine's
// network refuses, so Deno is not tried.
const bun = new URL('../../node_modules/.bin/bun', import.meta.url).pathname;
const hasBun = existsSync(bun) && spawnSync(bun, ['--version'], { encoding: 'utf8' }).status === 0;

test.skipIf(!hasBun).each(examples)('examples/%s prints the same under Bun (skipped when the bun package has no binary for this platform)', (name) => {
  const result = spawnSync(bun, [`examples/${name}`], { encoding: 'utf8' });
  expect(result.stderr).toBe('');
  expect(result.status).toBe(0);
  expect(result.stdout).toBe(readFileSync(new URL(`__snapshots__/examples/${name.replace(/\.mjs$/, '.txt')}`, import.meta.url), 'utf8'));
});
