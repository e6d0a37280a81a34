import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { CliError, EXIT } from '../../src/cli/cli-error.js';
import { HELP } from '../../src/cli/help.js';
import { INPUT_MAX_BYTES, runCli } from '../../src/cli/run.js';
import { USAGE_CASES } from '../fixtures/cli/usage-cases.js';

/** Runs the command line in-process with files from a map. */
async function run(argv: string[], files: Record<string, string> = {}) {
  let stdout = '';
  let stderr = '';
  const code = await runCli(argv, {
    stdout: (text) => {
      stdout += text;
    },
    stderr: (text) => {
      stderr += text;
    },
    readInput: async (path, maxBytes) => {
      const text = files[path];
      if (text === undefined) throw new CliError(`cannot read ${path}: no such file`, EXIT.usage);
      if (text.length > maxBytes) throw new CliError(`${path} is too large`, EXIT.invalidInput);
      return text;
    },
    version: '9.9.9',
  });
  return { code, stdout, stderr };
}

const offers = readFileSync(new URL('../fixtures/cli/offers.json', import.meta.url), 'utf8');

describe('runCli', () => {
  test('compare and evaluate write to stdout and exit 0', async () => {
    const compared = await run(['compare', 'offers.json', '--format', 'json', '--years', '3', '--plan-year', '2025'], { 'offers.json': offers });
    expect(compared.code).toBe(EXIT.ok);
    expect(JSON.parse(compared.stdout).ranking).toEqual(['mercy-ccs', 'remote-cpc', 'office-biller']);
    const one = JSON.stringify((JSON.parse(offers) as { offers: unknown[] }).offers[0]);
    const evaluated = await run(['evaluate', '-', '--format', 'markdown'], { '-': one });
    expect(evaluated.code).toBe(EXIT.ok);
    expect(evaluated.stdout).toContain('**Offer remote-cpc (USD)**');
  });

  test('help and version', async () => {
    expect(await run(['--help'])).toEqual({ code: 0, stdout: HELP, stderr: '' });
    expect(await run(['-v'])).toEqual({ code: 0, stdout: '9.9.9\n', stderr: '' });
  });

  test('invalid input exits 1 with every issue on its own line', async () => {
    const result = await run(['compare', 'x.json'], { 'x.json': '[{"label":"A","pay":{"type":"salary","amount":-1}}, {}]' });
    expect(result.code).toBe(EXIT.invalidInput);
    expect(result.stderr).toBe(
      'total-comp: invalid input (3 problems):\noffers[0].pay.amount: must be at least 0, got -1\noffers[1].label: is required\noffers[1].pay: is required\n',
    );
    const notOffers = await run(['compare', 'x.json'], { 'x.json': '{"offer": []}' });
    expect(notOffers.stderr).toBe('total-comp: x.json must hold { "offers": [ ... ] } or an array of offers\n');
    const evaluateBad = await run(['evaluate', 'x.json', '--format', 'json'], { 'x.json': '5' });
    expect(evaluateBad.stderr).toBe('total-comp: invalid input (1 problem):\n(input): must be an object, got 5\n');
  });

  test('input over the size limit is refused by the reader', async () => {
    const result = await run(['compare', 'big.json'], { 'big.json': ' '.repeat(INPUT_MAX_BYTES + 1) });
    expect(result).toMatchObject({ code: EXIT.invalidInput, stderr: 'total-comp: big.json is too large\n' });
  });

  test('an unexpected failure is one line and exit 3, never a stack trace', async () => {
    const code = await runCli(['compare', 'x.json'], {
      stdout: () => undefined,
      stderr: (text) => expect(text).toBe('total-comp: internal error: disk on fire\n'),
      readInput: () => Promise.reject(new Error('disk on fire')),
      version: '0',
    });
    expect(code).toBe(EXIT.internal);
  });
});

describe('usage errors, in process', () => {
  test.each(USAGE_CASES)('%j exits 2', async (args, message) => {
    const result = await run([...args]);
    expect(result.code).toBe(EXIT.usage);
    expect(result.stdout).toBe('');
    expect(result.stderr).toContain(message);
  });

  test('every format of compare and evaluate, with a reference index and a locale', async () => {
    for (const format of ['table', 'markdown', 'csv', 'json']) {
      const result = await run(['compare', 'o.json', '--format', format, '--reference-index', '108.805', '--locale', 'de-DE', '--metric', 'adjusted'], { 'o.json': offers });
      expect(result).toMatchObject({ code: 0, stderr: '' });
    }
    const single = JSON.stringify((JSON.parse(offers) as { offers: unknown[] }).offers[2]);
    const evaluated = await run(['evaluate', 'one.json'], { 'one.json': single });
    expect(evaluated.stdout).toContain('Offer office-biller (USD)');
  });
});

describe('total-comp equivalent', () => {
  test('prints the equivalent pay', async () => {
    const result = await run(['equivalent', '60000', '--from', 'US-OK', '--to', 'US-NJ']);
    expect(result).toEqual({
      code: 0,
      stdout: '60000 in US-OK buys what 74317.82 buys in US-NJ (BEA regional price parities, 2024: 87.843 → 108.805).\n',
      stderr: '',
    });
  });

  test('bad areas exit 1 with paths; a missing --to exits 2', async () => {
    expect(await run(['equivalent', '60000', '--from', 'US-XX', '--to', 'US-NJ'])).toMatchObject({ code: 1, stderr: expect.stringContaining('from: must be the ISO 3166-2 code') });
    expect((await run(['equivalent', '60000', '--from', 'US-OK'])).code).toBe(2);
  });
});

test('evaluate --format json uses the default plan year; a thrown non-error is still one line', async () => {
  const one = JSON.stringify((JSON.parse(offers) as { offers: unknown[] }).offers[1]);
  expect(JSON.parse((await run(['evaluate', 'one.json', '--format', 'json'], { 'one.json': one })).stdout).totals.annual).toBe('74430.50');
  const code = await runCli(['compare', 'x.json'], {
    stdout: () => undefined,
    stderr: (text) => expect(text).toBe('total-comp: internal error: odd\n'),
    readInput: () => Promise.reject('odd'),
    version: '0',
  });
  expect(code).toBe(EXIT.internal);
});

test('--market shows where each base sits in BLS wages, under the table', async () => {
  const result = await run(['compare', 'o.json', '--market'], { 'o.json': offers });
  expect(result.code).toBe(0);
  // mercy-ccs: 68,000 / 2,080 × 2,080 = 68,000, between p75 64,070 and p90 80,950:
  // 75 + (68,000 − 64,070) / (80,950 − 64,070) × 15 = 75 + 3,930 / 16,880 × 15 = 78.49 → 78th;
  // New Jersey mean 62,900: +8.1 % → "8% above".
  expect(result.stdout).toContain('  mercy-ccs: base at about the 78th percentile nationally (May 2024); 8% above the US-NJ mean (May 2023)\n');
  // office-biller: $23.45 × 2,080 = 48,776, between p25 41,600 and the median 50,250:
  // 25 + 7,176 / 8,650 × 25 = 45.74 → 46th; Alabama mean 42,970: +13.5 % → "14% above".
  expect(result.stdout).toContain('  office-biller: base at about the 46th percentile nationally (May 2024); 14% above the US-AL mean (May 2023)\n');
  const low = await run(['compare', 'o.json', '--market', '--format', 'markdown'], { 'o.json': '[{"label":"Trainee","pay":{"type":"hourly","rate":15}},{"label":"Director","pay":{"type":"salary","amount":120000}}]' });
  expect(low.stdout).toContain('- trainee: base below the 10th percentile nationally (May 2024)\n');
  expect(low.stdout).toContain('- director: base at or above the 90th percentile nationally (May 2024)\n');
});

test('evaluate --market: the sentence under a table, `market` in the JSON, a note for csv — never ignored in silence', async () => {
  const one = JSON.stringify({ id: 'coder', label: 'Coder', pay: { type: 'hourly', rate: 27 }, location: { region: 'US-NJ' } });
  const table = await run(['evaluate', 'o.json', '--market'], { 'o.json': one });
  expect([table.code, table.stderr]).toEqual([0, '']);
  // $27 × 2,080 = 56,160: between p50 (50,250) and p75 (64,070) of May 2024; (56,160 − 62,900) / 62,900 = −10.7 %.
  expect(table.stdout).toMatch(/\nMarket position \(BLS OEWS[^\n]*\):\n {2}coder: base at about the \d+(st|nd|rd|th) percentile nationally \(May 2024\); 11% below the US-NJ mean \(May 2023\)\n$/);
  const json = JSON.parse((await run(['evaluate', 'o.json', '--market', '--format', 'json'], { 'o.json': one })).stdout) as { market: Record<string, unknown> };
  expect(json.market).toMatchObject({ annualEquivalent: '56160.00', band: 'p50–p75', stateMean: { region: 'US-NJ', release: 'May 2023', mean: '62900.00', differencePercent: '-10.7' } });
  const csv = await run(['evaluate', 'o.json', '--market', '--format', 'csv'], { 'o.json': one });
  expect(csv.stderr).toBe('total-comp: --market is not shown in csv: use --format table, markdown or json for it\n');
});

test('--market with json adds each offer\'s market position; with csv it says it is not shown there', async () => {
  const json = await run(['compare', 'o.json', '--market', '--format', 'json'], { 'o.json': offers });
  expect([json.code, json.stderr]).toEqual([0, '']);
  const parsed = JSON.parse(json.stdout) as { offers: { id: string; market: Record<string, unknown> }[] };
  // The same figures as the sentence under the table: 78.49… → "78.5", +8.1 % (see above).
  expect(parsed.offers.find((offer) => offer.id === 'mercy-ccs')?.market).toMatchObject({
    hourly: '32.69',
    annualEquivalent: '68000.00',
    band: 'p75–p90',
    percentile: '78.5',
    stateMean: { region: 'US-NJ', release: 'May 2023', mean: '62900.00', differencePercent: '8.1' },
    release: 'May 2024',
  });
  const without = JSON.parse((await run(['compare', 'o.json', '--format', 'json'], { 'o.json': offers })).stdout) as { offers: object[] };
  expect(without.offers.every((offer) => !('market' in offer))).toBe(true);
  const csv = await run(['compare', 'o.json', '--market', '--format', 'csv'], { 'o.json': offers });
  expect(csv.code).toBe(0);
  expect(csv.stdout).toBe((await run(['compare', 'o.json', '--format', 'csv'], { 'o.json': offers })).stdout);
  expect(csv.stderr).toBe('total-comp: --market is not shown in csv: use --format table, markdown or json for it\n');
  const html = await run(['compare', 'o.json', '--market', '--format', 'html'], { 'o.json': offers });
  expect([html.code, html.stderr]).toEqual([0, 'total-comp: --market is not shown in html: use --format table, markdown or json for it\n']);
});

test('evaluate names problems by the offer\'s own paths, and explains when it is given a comparison file', async () => {
  const bad = await run(['evaluate', 'one.json'], { 'one.json': '{"label":"A","pay":{"type":"salary","amount":-1}}' });
  expect(bad).toMatchObject({ code: EXIT.invalidInput, stderr: 'total-comp: invalid input (1 problem):\npay.amount: must be at least 0, got -1\n' });
  for (const file of [offers, '[{"label":"A","pay":{"type":"salary","amount":1}}]']) {
    const list = await run(['evaluate', 'list.json'], { 'list.json': file });
    expect(list).toMatchObject({
      code: EXIT.invalidInput,
      stdout: '',
      stderr: 'total-comp: list.json holds a list of offers, a comparison: evaluate reads one offer; use "total-comp compare" for a list\n',
    });
  }
});

test('equivalent takes a cost index as well as a state, as equivalentSalary does', async () => {
  // 60,000 × 95 / 87.843 (Oklahoma) = 5,700,000 / 87.843 = 64,888.49…; 60,000 × 100 / 95 = 63,157.89…
  expect((await run(['equivalent', '60000', '--from', 'US-OK', '--to', '95'])).stdout).toBe(
    '60000 in US-OK buys what 64888.49 buys at cost index 95 (BEA regional price parities, 2024: 87.843 → cost index 95).\n',
  );
  expect((await run(['equivalent', '60000', '--from', '95', '--to', '100'])).stdout).toBe(
    '60000 at cost index 95 buys what 63157.89 buys at cost index 100 (BEA regional price parities, 2024: cost index 95 → cost index 100).\n',
  );
  expect(await run(['equivalent', '60000', '--from', '0.5', '--to', '100'])).toMatchObject({ code: EXIT.invalidInput, stderr: expect.stringContaining('from') });
});

test('--explain prints each line\'s explanation under the table, and nothing more in json or csv', async () => {
  const table = await run(['compare', 'o.json', '--explain'], { 'o.json': offers });
  const plain = await run(['compare', 'o.json'], { 'o.json': offers });
  expect(table.stdout.startsWith(plain.stdout)).toBe(true);
  const added = table.stdout.slice(plain.stdout.length);
  expect(added).toMatch(/^\nExplanations:\n  mercy-ccs, /);
  expect(added).toContain('  remote-cpc, Base salary: $64,712.00 a year × (1 − 10%) location pay adjustment = $58,240.80.\n');
  expect(added).toContain('  office-biller, Paid time off: 21 days off = 168 h × $23.45 regular rate = $3,939.60; already paid inside base pay, so shown but not added.\n');
  // Best first, as the table: every mercy-ccs line before any remote-cpc line.
  expect(added.lastIndexOf('  mercy-ccs, ')).toBeLessThan(added.indexOf('  remote-cpc, '));
  const markdown = await run(['compare', 'o.json', '--explain', '--format', 'markdown'], { 'o.json': offers });
  expect(markdown.stdout).toContain('\nExplanations:\n- mercy-ccs, ');
  for (const format of ['json', 'csv']) {
    expect((await run(['compare', 'o.json', '--explain', '--format', format], { 'o.json': offers })).stdout).toBe((await run(['compare', 'o.json', '--format', format], { 'o.json': offers })).stdout);
  }
  const one = JSON.stringify((JSON.parse(offers) as { offers: unknown[] }).offers[0]);
  expect((await run(['evaluate', 'one.json', '--explain'], { 'one.json': one })).stdout).toContain('\nExplanations:\n  remote-cpc, Base salary: ');
});

test('evaluate writes its warnings to standard error too, in every format, and still exits 0', async () => {
  const low = JSON.stringify({ id: 'low', label: 'Low salary', pay: { type: 'salary', amount: 30000 } });
  const line =
    'total-comp: warning: pay.exempt: an exempt salary of $30,000.00 a year ($576.92 a week) is below the FLSA salary level of $684.00 a week ($35,568.00 a year, 29 CFR 541.600): overtime would likely be owed\n';
  for (const format of ['json', 'table']) {
    const result = await run(['evaluate', 'low.json', '--format', format], { 'low.json': low });
    expect(result.code).toBe(EXIT.ok);
    expect(result.stderr).toBe(line);
  }
  const json = await run(['evaluate', 'low.json', '--format', 'json'], { 'low.json': low });
  expect(JSON.parse(json.stdout).warnings[0].code).toBe('exempt-below-salary-level');
});

test('the figures issue #16 found wrong come out right through the command line', async () => {
  const annual = async (offer: object) =>
    JSON.parse((await run(['evaluate', 'o.json', '--format', 'json'], { 'o.json': JSON.stringify(offer) })).stdout).totals.annual;
  // $25 an hour at 45 h: 58,500 + 0.5 × 25 × 5 × 52 = 61,750.
  expect(await annual({ label: 'A', pay: { type: 'hourly', rate: 25, hoursPerWeek: 45 } })).toBe('61750.00');
  // A non-exempt $52,000 salary for 45 h: 52,000 + 0.5 × (52,000 / 2,340) × 260 = 54,888.89.
  expect(await annual({ label: 'A', pay: { type: 'salary', amount: 52000, hoursPerWeek: 45, exempt: false } })).toBe('54888.89');
  // A 457(b) with an $18,000 deferral and 15 % employer money: 60,000 + 6,500.
  expect(
    await annual({ label: 'A', pay: { type: 'salary', amount: 60000 }, benefits: { retirement: { plan: '457b', nonElectivePercent: 15, employeeContributionPercent: 30 } } }),
  ).toBe('66500.00');
});

test('the other figures of issue #16 come out right through the command line too', async () => {
  const evaluated = async (offer: object, ...options: string[]) => {
    const result = await run(['evaluate', 'o.json', '--format', 'json', ...options], { 'o.json': JSON.stringify(offer) });
    expect(result).toMatchObject({ code: EXIT.ok, stderr: '' });
    return JSON.parse(result.stdout) as { totals: Record<string, string>; lines: { component: string; amount: string; recurring: boolean }[] };
  };
  const amount = (evaluation: Awaited<ReturnType<typeof evaluated>>, component: string) => evaluation.lines.find((entry) => entry.component === component)?.amount;

  // 415(c), 2026 (docs/semantics.md §9): pay $500,000 → P = 360,000; D = min(10 % × 360,000, 24,500) = 24,500;
  // match 6 % × 360,000 = 21,600; non-elective 10 % × 360,000 = 36,000; excess 24,500 + 21,600 + 36,000 − 72,000
  // = 10,100, taken from the non-elective first → 25,900, match kept at 21,600; annual 500,000 + 21,600 + 25,900 = 547,500.
  const capped = await evaluated(
    {
      label: '415(c)',
      pay: { type: 'salary', amount: 500000 },
      benefits: { retirement: { plan: '401k', match: [{ matchPercent: 100, upToPercentOfPay: 6 }], nonElectivePercent: 10, employeeContributionPercent: 10 } },
    },
    '--plan-year',
    '2026',
  );
  expect([amount(capped, 'retirement-match'), amount(capped, 'retirement-nonelective'), capped.totals.annual]).toEqual(['21600.00', '25900.00', '547500.00']);

  // 37.5 h + 2.5 extra a week at $20, 52 weeks: under the federal rule no hour passes 40, straight time only:
  // 20 × 2.5 × 52 = 2,600. Overtime after 37.5 h: the same 130 h also earn 0.5 × 20 × 130 = 1,300 → 3,900.
  const gap = { label: 'Gap', pay: { type: 'hourly', rate: 20, hoursPerWeek: 37.5 }, overtime: { hoursPerWeek: 2.5 } };
  expect(amount(await evaluated(gap), 'overtime')).toBe('2600.00');
  expect(amount(await evaluated({ ...gap, pay: { ...gap.pay, overtimeAfterHoursPerWeek: 37.5 } }), 'overtime')).toBe('3900.00');

  // A $2,000 sign-on repaid within 12 months, 45 h at $25 (O15 = 260, HW = 2,340): a one-time premium of
  // 2,000 × 0.5 × 260 / 2,340 = 111.11; firstYear 58,500 + 3,250 (0.5 × 25 × 260) + 2,000 + 111.11 = 63,861.11; annual 61,750.
  const signOn = await evaluated({
    label: 'Sign-on',
    pay: { type: 'hourly', rate: 25, hoursPerWeek: 45 },
    bonuses: [{ label: 'Sign-on', kind: 'signing', amount: 2000, clawback: { months: 12 } }],
  });
  expect(signOn.lines.find((entry) => entry.component === 'overtime-on-bonuses')).toMatchObject({ amount: '111.11', recurring: false });
  expect([signOn.totals.firstYear, signOn.totals.annual]).toEqual(['63861.11', '61750.00']);

  // A bonus both guaranteed and discretionary is refused (29 CFR 778.211(b)), with its path.
  const both = { label: 'Both', pay: { type: 'salary', amount: 60000 }, bonuses: [{ label: 'Promised', kind: 'team', amount: 1000, guaranteed: true, discretionary: true }] };
  const refused = await run(['evaluate', 'o.json'], { 'o.json': JSON.stringify(both) });
  expect(refused.code).toBe(EXIT.invalidInput);
  expect(refused.stdout).toBe('');
  expect(refused.stderr).toBe(
    'total-comp: invalid input (1 problem):\nbonuses[0].discretionary: cannot be true for a guaranteed bonus: a promised bonus is not discretionary (29 CFR 778.211(b))\n',
  );
});

test('an input with 130,000 problems exits 1 with the first 100 and their count, not a stack overflow (issue 19, item 6)', async () => {
  const keys = Array.from({ length: 130_000 }, (_, index) => `"k${index}":1`).join(',');
  const result = await run(['compare', 'x.json'], { 'x.json': `[{"label":"A","pay":{"type":"salary","amount":1},${keys}}]` });
  expect(result.code).toBe(EXIT.invalidInput);
  const lines = result.stderr.split('\n');
  expect(lines[0]).toBe('total-comp: invalid input (130,000 problems; the first 100 are listed):');
  expect(lines[1]).toBe('offers[0].k0: is not a known field');
  expect(lines[100]).toBe('offers[0].k99: is not a known field');
  expect(lines.slice(101)).toEqual(['… and 129,900 more.', '']);
});

test('evaluate --format json keeps a label exactly, with no control character raw (issue 19, item 2)', async () => {
  const label = 'A\u001b[2J\u009b31m\u202e';
  const result = await run(['evaluate', 'o.json', '--format', 'json'], { 'o.json': JSON.stringify({ label, pay: { type: 'salary', amount: 50000 } }) });
  expect(result.code).toBe(EXIT.ok);
  expect(result.stdout).not.toMatch(/[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u202e]/);
  expect(JSON.parse(result.stdout).label).toBe(label);
});

test('broken JSON is reported by line and column, quoting nothing of the input raw (issue 19, items 2 and 11)', async () => {
  const broken = await run(['compare', 'x.json'], { 'x.json': '{\n  "offers": [\n    { "label": "A", }\n  ]\n}' });
  expect(broken).toMatchObject({
    code: EXIT.invalidInput,
    stderr: 'total-comp: x.json is not valid JSON: line 3, column 21: unexpected "}" where a property name in double quotes should be\n',
  });
  const escapes = await run(['compare', 'x.json'], { 'x.json': '\u001b[2J\u001b]0;pwned\u0007' });
  expect(escapes.stderr).toBe('total-comp: x.json is not valid JSON: line 1, column 1: unexpected "\\u001b" where a value should be\n');
  expect((await run(['compare', 'x.json'], { 'x.json': ' \n' })).stderr).toBe('total-comp: x.json is not valid JSON: it is empty\n');
});

test('no message forges a line or reaches the terminal raw: arguments, keys, file names (issue 19, item 2)', async () => {
  const unsafe = /[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u202e]/;
  const cases: [string[], Record<string, string>][] = [
    [['frob\u001b[2J\nforged'], {}],
    [['compare', 'a.json', '--format', 'x\u001b]0;t\u0007'], {}],
    [['compare', 'a.json', '--\u001b[31m'], {}],
    [['compare', 'x\nforged: line.json'], {}],
    [['compare', 'x.json'], { 'x.json': '[{"label":"A","pay":{"type":"salary","amount":1},"k\\u001b[2J\\nforged: line\\u202e":1}]' }],
  ];
  for (const [argv, files] of cases) {
    const { stderr } = await run(argv, files);
    const lines = stderr.split('\n').filter(Boolean);
    expect(stderr).not.toMatch(unsafe);
    expect(lines.every((line) => line.startsWith('total-comp: ') || line.startsWith('Run "total-comp --help"') || line.startsWith('offers[0]'))).toBe(true);
  }
});

describe('after tax: --filing, --tax-year, --state, --locality (docs/semantics.md §22)', () => {
  const texasOrOregon = JSON.stringify([
    { id: 'oregon', label: 'On site, Portland', pay: { type: 'salary', amount: 63000 }, location: { region: 'US-OR' } },
    { id: 'texas', label: 'Remote, Austin', pay: { type: 'salary', amount: 61000 }, location: { region: 'US-TX' } },
  ]);

  test('--filing ranks after tax and the table shows a Taxes block, to the cent', async () => {
    const { code, stdout, stderr } = await run(['compare', 'offers.json', '--filing', 'single', '--tax-year', '2026'], { 'offers.json': texasOrOregon });
    expect([code, stderr]).toEqual([EXIT.ok, '']);
    expect(stdout).toContain('Offers compared on annual total after tax (USD), best first: texas, oregon');
    const row = (label: string) => stdout.split('\n').find((text) => text.startsWith(`  ${label}  `))?.trim().replace(/\s{2,}/g, ' | ');
    // Texas, 2026 single: 61,000 − 16,100 = 44,900 → 10 % × 12,400 + 12 % × 32,500 = 5,140; 6.2 % and 1.45 % of 61,000.
    // Oregon: 63,000 − 16,100 = 46,900 → 1,240 + 12 % × 34,500 = 5,380; FICA 3,906 + 913.50; Oregon's 2025 rates on
    // 63,000 − 2,835 = 60,165: 4.75 % × 4,400 + 6.75 % × 6,700 + 8.75 % × 49,065 = 4,954.4375 → 4,954.44;
    // Paid Leave Oregon 0.6 % × 63,000 = 378. Taxes 15,531.9375 → 15,531.94 (the lines add up to it as shown).
    expect(row('Federal income tax')).toBe('Federal income tax | -$5,140.00 | -$5,380.00');
    expect(row('Social Security')).toBe('Social Security | -$3,782.00 | -$3,906.00');
    expect(row('Medicare')).toBe('Medicare | -$884.50 | -$913.50');
    expect(row('State income tax')).toBe('State income tax | $0.00 | -$4,954.44');
    expect(row('Paid Leave Oregon, employee share')).toBe('Paid Leave Oregon, employee share | — | -$378.00');
    expect(row('Taxes')).toBe('Taxes | -$9,806.50 | -$15,531.94');
    // 61,000 − 9,806.50 = 51,193.50; 63,000 − 15,531.94 = 47,468.06: 3,725.44 apart.
    expect(row('Annual total after tax')).toBe('Annual total after tax | $51,193.50 | $47,468.06');
    expect(row('Difference from best (annual total after tax)')).toBe('Difference from best (annual total after tax) | best | -$3,725.44 (-7.3%)');
    // Oregon's 2026 figures are not in the tables: the note says so.
    expect(stdout).toContain('Taxes, oregon (Oregon income tax): 2025 (2026 figures not in these tables');
  });

  test('--explain adds each tax line\'s explanation', async () => {
    const { stdout } = await run(['compare', 'offers.json', '--filing', 'single', '--explain'], { 'offers.json': texasOrOregon });
    expect(stdout).toContain(
      '  texas, Federal income tax: 2026, single: $61,000.00 federal wages − $16,100.00 standard deduction = $44,900.00 taxable; $5,140.00 by the IRS Rev. Proc. 2025-32 brackets.\n',
    );
    expect(stdout).toContain('  oregon, Paid Leave Oregon, employee share: 2026: 0.6% of up to $184,500.00 of $63,000.00 wages = $378.00');
  });

  test('--format json and csv carry the same shown taxes; married filing jointly', async () => {
    const files = { 'offers.json': texasOrOregon };
    const json = JSON.parse((await run(['compare', 'offers.json', '--filing', 'married-joint', '--format', 'json'], files)).stdout);
    // Texas, 2026 jointly: 61,000 − 32,200 = 28,800 → 10 % × 24,800 + 12 % × 4,000 = 2,960.
    const texas = json.offers[1];
    expect([json.metric, texas.id, texas.taxes.filingStatus, texas.taxes.lines[0].amount]).toEqual(['afterTax', 'texas', 'married-joint', '2960.00']);
    // 2,960 + 3,782 + 884.50 = 7,626.50; 61,000 − 7,626.50 = 53,373.50.
    expect([texas.taxes.taxes, texas.taxes.afterTaxAnnual]).toEqual(['7626.50', '53373.50']);
    const csv = (await run(['compare', 'offers.json', '--filing', 'married-joint', '--format', 'csv'], files)).stdout;
    expect(csv).toContain('texas,"Remote, Austin",1,federal-income-tax,Federal income tax,taxes,true,2960.00,');
  });

  test('--state and --locality: Philadelphia\'s wage tax on an offer in Pennsylvania; evaluate prints the estimate in its JSON', async () => {
    const offer = JSON.stringify({ label: 'Coder', pay: { type: 'salary', amount: 60000 }, location: { region: 'US-PA' } });
    const { code, stdout } = await run(['evaluate', 'offer.json', '--filing', 'single', '--locality', 'US-PA-PHILADELPHIA', '--format', 'json'], { 'offer.json': offer });
    expect(code).toBe(EXIT.ok);
    // 60,000 − 16,100 = 43,900 → 1,240 + 12 % × 31,500 = 5,020; FICA 3,720 + 870; Pennsylvania 3.07 % × 60,000 = 1,842;
    // Philadelphia 3.74 % × 60,000 = 2,244. Taxes 13,696; after tax 46,304.
    const taxes = JSON.parse(stdout).taxes;
    expect(taxes.lines.map((line: { component: string; amount: string }) => `${line.component} ${line.amount}`)).toEqual([
      'federal-income-tax 5020.00',
      'social-security 3720.00',
      'medicare 870.00',
      'state-income-tax 1842.00',
      'local-income-tax 2244.00',
    ]);
    expect([taxes.taxes, taxes.afterTaxAnnual, taxes.locality]).toEqual(['13696.00', '46304.00', 'US-PA-PHILADELPHIA']);
    // --state none leaves the state out: 5,020 + 3,720 + 870 = 9,610.
    const none = await run(['evaluate', 'offer.json', '--filing', 'single', '--state', 'none', '--format', 'json'], { 'offer.json': offer });
    expect(JSON.parse(none.stdout).taxes.taxes).toBe('9610.00');
  });

  test('a bad tax year is invalid input that names the option', async () => {
    const result = await run(['compare', 'offers.json', '--filing', 'single', '--tax-year', '2023'], { 'offers.json': texasOrOregon });
    expect(result.code).toBe(EXIT.invalidInput);
    expect(result.stderr).toContain('must be a tax year of the table (2024, 2025, 2026), got 2023');
  });
});
