import { spawnSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
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
