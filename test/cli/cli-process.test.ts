import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { USAGE_CASES } from '../fixtures/cli/usage-cases.js';
import { CLI_BUILD_DIR } from '../setup/build.js';

const fixture = (name: string) => `test/fixtures/cli/${name}`;

function cli(args: string[], input?: string) {
  const result = spawnSync(process.execPath, [`${CLI_BUILD_DIR}/cli.js`, ...args], {
    encoding: 'utf8',
    input: input ?? '',
    env: { ...process.env, NO_COLOR: '1' },
  });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

describe('total-comp compare', () => {
  test.each(['table', 'markdown', 'csv', 'json'])('--format %s (exit 0)', async (format) => {
    const { code, stdout, stderr } = cli(['compare', fixture('offers.json'), '--format', format]);
    expect(stderr).toBe('');
    expect(code).toBe(0);
    await expect(stdout).toMatchFileSnapshot(`__snapshots__/compare.${format}.txt`);
  });

  test('every metric, the reference index, years and locale', async () => {
    const adjusted = cli(['compare', fixture('offers.json'), '--metric', 'adjusted', '--reference-index', '108.805', '--locale', 'de-DE']);
    expect(adjusted.code).toBe(0);
    await expect(adjusted.stdout).toMatchFileSnapshot('__snapshots__/compare.adjusted.de-DE.txt');
    const horizon = cli(['compare', fixture('offers.json'), '--metric', 'horizon', '--years', '3', '--format', 'json']);
    expect(horizon.code).toBe(0);
    expect(JSON.parse(horizon.stdout)).toMatchObject({ metric: 'horizon', ranking: ['mercy-ccs', 'remote-cpc', 'office-biller'] });
  });

  test('an array of offers, and standard input', () => {
    const fromArray = cli(['compare', fixture('offers-array.json'), '--format', 'json']);
    const fromFile = cli(['compare', fixture('offers.json'), '--format', 'json']);
    const fromStdin = cli(['compare', '-', '--format', 'json'], readFileSync(fixture('offers.json'), 'utf8'));
    expect(fromArray.stdout).toBe(fromFile.stdout);
    expect(fromStdin.code).toBe(0);
    expect(fromStdin.stdout).toBe(fromFile.stdout);
  });

  test('invalid offers: exit 1, every problem with its path', async () => {
    const { code, stdout, stderr } = cli(['compare', fixture('invalid.json')]);
    expect(code).toBe(1);
    expect(stdout).toBe('');
    await expect(stderr).toMatchFileSnapshot('__snapshots__/compare.invalid.txt');
    expect(stderr).toContain('offers[2].bonuses[0].amount: must be a number or a decimal string, got "twelve hundred"');
  });

  test('mixed currencies, broken JSON and a file without offers: exit 1, one clear line', () => {
    const mixed = cli(['compare', fixture('mixed-currency.json')]);
    expect(mixed.code).toBe(1);
    expect(mixed.stderr).toContain('offers[1].currency: is "EUR" but offers[0] is "USD"');
    const broken = cli(['compare', fixture('broken.json')]);
    expect(broken.code).toBe(1);
    expect(broken.stderr).toMatch(/^total-comp: test\/fixtures\/cli\/broken\.json is not valid JSON: .+\n$/);
    const notList = cli(['compare', fixture('not-a-list.json')]);
    expect(notList.code).toBe(1);
    expect(notList.stderr).toBe('total-comp: invalid input (1 problem):\noffers: must be a list of offers\n');
  });

  test('a missing file: exit 2, no stack trace', () => {
    const { code, stderr } = cli(['compare', fixture('nope.json')]);
    expect(code).toBe(2);
    expect(stderr).toBe('total-comp: cannot read test/fixtures/cli/nope.json: no such file\n');
  });
});

test('the county hospital and the private practice through the command line, to the cent', () => {
  // Figures by hand in test/api/county-vs-practice.test.ts.
  const { code, stdout } = cli(['compare', 'examples/county-vs-practice.json', '--format', 'json']);
  expect(code).toBe(0);
  const json = JSON.parse(stdout) as { offers: { id: string; totals: { annual: string; firstYear: string }; lines: { component: string; amount: string }[] }[] };
  expect(json.offers.map((offer) => [offer.id, offer.totals.annual, offer.totals.firstYear])).toEqual([
    ['county-hospital', '87060.00', '82185.00'],
    ['private-practice', '87030.00', '84150.00'],
  ]);
  const lines = (id: string, component: string) => json.offers.find((offer) => offer.id === id)?.lines.filter((entry) => entry.component === component).map((entry) => entry.amount);
  expect(lines('county-hospital', 'waiting-period')).toEqual(['4500.00', '375.00']);
  expect(lines('county-hospital', 'pension')).toEqual(['6800.00']);
  expect(lines('private-practice', 'out-of-pocket')).toEqual(['1400.00']);
});

describe('total-comp evaluate', () => {
  test('one offer as a table and as JSON', async () => {
    const table = cli(['evaluate', fixture('one-offer.json')]);
    expect(table.code).toBe(0);
    await expect(table.stdout).toMatchFileSnapshot('__snapshots__/evaluate.table.txt');
    const json = cli(['evaluate', fixture('one-offer.json'), '--format', 'json', '--plan-year', '2025']);
    expect(json.code).toBe(0);
    expect(JSON.parse(json.stdout)).toMatchObject({ id: 'mercy-ccs', totals: { annual: '74430.50', firstYear: '76430.50' } });
  });
});

describe('usage', () => {
  test('--help and --version: exit 0', () => {
    expect(cli(['--help'])).toMatchObject({ code: 0, stdout: expect.stringContaining('Usage:') });
    expect(cli(['--version']).stdout).toMatch(/^\d+\.\d+\.\d+\n$/);
  });

  test.each(USAGE_CASES)('%j: exit 2 with one clear message', (args, message) => {
    const { code, stderr, stdout } = cli([...args]);
    expect(code).toBe(2);
    expect(stdout).toBe('');
    expect(stderr).toContain(message);
    expect(stderr).not.toMatch(/\n\s+at /);
  });
});

test('a file over 10 MB fails fast with one line, before it is read', () => {
  const directory = mkdtempSync(join(tmpdir(), 'total-comp-big-'));
  const big = join(directory, 'big.json');
  try {
    writeFileSync(big, Buffer.alloc(10 * 1024 * 1024 + 1, 32));
    const { code, stderr } = cli(['compare', big]);
    expect(code).toBe(1);
    expect(stderr).toBe(`total-comp: ${big} is larger than 10 MB; refusing to read it\n`);
    const fromStdin = cli(['compare', '-'], ' '.repeat(10 * 1024 * 1024 + 1));
    expect(fromStdin).toMatchObject({ code: 1, stderr: 'total-comp: standard input is larger than 10 MB; refusing to read it\n' });
  } finally {
    rmSync(directory, { recursive: true, force: true });
  }
});
