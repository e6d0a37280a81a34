import { spawn, spawnSync } from 'node:child_process';
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

describe('the sharper command line of issue 20 (item 5), as a process', () => {
  test('--market in json adds each offer\'s market; in csv it says it is not shown', () => {
    const json = cli(['compare', fixture('offers.json'), '--market', '--format', 'json']);
    expect([json.code, json.stderr]).toEqual([0, '']);
    const offers = (JSON.parse(json.stdout) as { offers: { market?: { band: string } }[] }).offers;
    expect(offers.every((offer) => typeof offer.market?.band === 'string')).toBe(true);
    const csv = cli(['compare', fixture('offers.json'), '--market', '--format', 'csv']);
    expect([csv.code, csv.stderr]).toEqual([0, 'total-comp: --market is not shown in csv: use --format table, markdown or json for it\n']);
  });

  test('evaluate of a comparison file explains itself; --explain and equivalent --to 95 work', () => {
    expect(cli(['evaluate', fixture('offers.json')])).toMatchObject({ code: 1, stderr: expect.stringContaining('holds a list of offers, a comparison: evaluate reads one offer') });
    expect(cli(['compare', fixture('offers.json'), '--explain']).stdout).toContain('\nExplanations:\n  mercy-ccs, ');
    expect(cli(['equivalent', '60000', '--from', 'US-OK', '--to', '95'])).toMatchObject({ code: 0, stdout: expect.stringContaining('buys what 64888.49 buys at cost index 95') });
  });
});

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

describe('the process (issue 19)', () => {
  /** Runs the built binary with its standard output (or error) read up to `bytes` bytes, then closed. */
  function cliClosingOutput(args: string[], bytes: number, closing: 'stdout' | 'stderr' = 'stdout') {
    return new Promise<{ code: number | null; stdout: string; stderr: string }>((resolve) => {
      const child = spawn(process.execPath, [`${CLI_BUILD_DIR}/cli.js`, ...args], { stdio: ['ignore', 'pipe', 'pipe'] });
      let stdout = '';
      let stderr = '';
      if (bytes === 0) child[closing].destroy();
      child.stdout.on('data', (chunk: Buffer) => {
        stdout += chunk.toString();
        if (closing === 'stdout' && stdout.length >= bytes) child.stdout.destroy();
      });
      child.stderr.on('data', (chunk: Buffer) => {
        stderr += chunk.toString();
        if (closing === 'stderr' && stderr.length >= bytes) child.stderr.destroy();
      });
      child.on('close', (code) => resolve({ code, stdout, stderr }));
    });
  }

  test('a reader that goes away ends the program quietly, exit 0: --help into a closed pipe, a large comparison into `head -1` (item 9)', async () => {
    const help = await cliClosingOutput(['--help'], 0);
    expect(help).toMatchObject({ code: 0, stderr: '' });
    const directory = mkdtempSync(join(tmpdir(), 'total-comp-pipe-'));
    try {
      const offers = Array.from({ length: 400 }, (_, index) => ({ label: `Offer ${index}`, pay: { type: 'salary', amount: 50_000 + index } }));
      writeFileSync(join(directory, 'many.json'), JSON.stringify(offers));
      const head = await cliClosingOutput(['compare', join(directory, 'many.json'), '--format', 'csv'], 1);
      expect(head.stdout.length).toBeLessThan(200_000);
      expect(head).toMatchObject({ code: 0, stderr: '' });
    } finally {
      rmSync(directory, { recursive: true, force: true });
    }
  });

  test('standard error closed early does not turn a failure into success: invalid input still exits 1', async () => {
    const directory = mkdtempSync(join(tmpdir(), 'total-comp-pipe-'));
    try {
      // 130,000 unknown keys: a report on standard error, which is closed before the program writes.
      const keys = Object.fromEntries(Array.from({ length: 130_000 }, (_, index) => [`k${index}`, 1]));
      writeFileSync(join(directory, 'bad.json'), JSON.stringify([{ label: 'A', pay: { type: 'salary', amount: 1 }, ...keys }]));
      const closed = await cliClosingOutput(['compare', join(directory, 'bad.json')], 0, 'stderr');
      expect(closed.code).toBe(1);
    } finally {
      rmSync(directory, { recursive: true, force: true });
    }
  });

  test.skipIf(process.platform !== 'linux')('a file that fails while it is read is a usage error, exit 2 (item 10)', () => {
    expect(cli(['compare', '/proc/self/mem'])).toMatchObject({ code: 2, stderr: 'total-comp: cannot read /proc/self/mem: input/output error (EIO)\n' });
  });

  test('a byte-order mark is accepted; bytes that are not UTF-8 are refused with their offset, exit 1 (item 11)', () => {
    const directory = mkdtempSync(join(tmpdir(), 'total-comp-utf8-'));
    try {
      const bom = join(directory, 'bom.json');
      writeFileSync(bom, `\ufeff${readFileSync(fixture('offers.json'), 'utf8')}`);
      expect(cli(['compare', bom, '--format', 'json']).stdout).toBe(cli(['compare', fixture('offers.json'), '--format', 'json']).stdout);
      const latin1 = join(directory, 'latin1.json');
      writeFileSync(latin1, Buffer.from('[{"label":"Caf\xe9","pay":{"type":"salary","amount":1}}]', 'latin1'));
      expect(cli(['compare', latin1])).toMatchObject({
        code: 1,
        stderr: `total-comp: ${latin1} is not valid UTF-8: the byte at offset 14 (counting from 0) does not begin a character; save it as UTF-8\n`,
      });
    } finally {
      rmSync(directory, { recursive: true, force: true });
    }
  });
});
