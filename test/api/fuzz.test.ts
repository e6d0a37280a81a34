/**
 * Fuzzing every public entry point: whatever the input, only two outcomes are allowed — a
 * correct result or an OfferValidationError. Never another exception, never NaN, Infinity or
 * "-0.00" in any output.
 */
import { createRequire } from 'node:module';
import { fc, test as fcTest } from '@fast-check/vitest';
import { Decimal as GlobalDecimal } from 'decimal.js';
import { describe, expect, test } from 'vitest';
import { runCli } from '../../src/cli/run.js';
import {
  compareOffers,
  evaluateOffer,
  OfferValidationError,
  type OfferInput,
  parseOffer,
  projectOffer,
  evaluationToJSON,
} from '../../src/index.js';
import { formatComparison } from '../../src/format.js';
import { escapeControls } from '../../src/util/escape-controls.js';
import { hasVisibleText } from '../../src/util/visible-text.js';
import { offerInput } from '../arbitraries.js';
import { findings, offersLabelled, UNSAFE_FOR_A_TERMINAL } from '../fixtures/hostile-text.js';

/** Runs an entry point; returns its result, or undefined for an OfferValidationError. */
function outcome<T>(run: () => T): T | undefined {
  try {
    return run();
  } catch (error) {
    if (error instanceof OfferValidationError) {
      expect(error.issues.length).toBeGreaterThan(0);
      return undefined;
    }
    throw error;
  }
}

function expectClean(text: string): void {
  expect(text).not.toMatch(/NaN|Infinity|-0\.00(?!\d)/);
}

/** A valid offer with one field somewhere replaced by arbitrary JSON. */
const mutatedOffer = fc
  .tuple(offerInput, fc.constantFrom('pay', 'overtime', 'bonuses', 'benefits', 'costs', 'location', 'growth', 'label', 'id', 'currency'), fc.jsonValue())
  .map(([offer, key, junk]) => ({ ...offer, [key]: junk }) as unknown);

const anyInput = fc.oneof(fc.jsonValue(), mutatedOffer, offerInput as fc.Arbitrary<unknown>);

describe('fuzz', () => {
  fcTest.prop([anyInput], { numRuns: 2000 })('parseOffer and evaluateOffer', (input) => {
    outcome(() => parseOffer(input));
    const evaluation = outcome(() => evaluateOffer(input as never));
    if (evaluation !== undefined) expectClean(JSON.stringify(evaluationToJSON(evaluation)));
  });

  fcTest.prop([anyInput, fc.integer({ min: 1, max: 12 }), fc.integer({ min: 0, max: 30 })], { numRuns: 1000 })(
    'projectOffer',
    (input, years, rate) => {
      const projection = outcome(() => projectOffer(input as never, { years, discountRatePercent: rate }));
      if (projection !== undefined) {
        for (const row of projection.years) for (const value of [row.total, row.cumulative, row.presentValue]) expect(value.isFinite()).toBe(true);
      }
    },
  );

  fcTest.prop([fc.array(anyInput, { maxLength: 4 }), fc.constantFrom('annual', 'firstYear', 'low', 'high', 'horizon', 'adjusted', 'effectiveHourly')], {
    numRuns: 1000,
  })('compareOffers and every format', (offers, metric) => {
    const comparison = outcome(() => compareOffers(offers as never[], { metric: metric as 'annual', years: 2 }));
    if (comparison === undefined) return;
    for (const format of ['table', 'markdown', 'csv', 'json', 'html'] as const) expectClean(formatComparison(comparison, { format }));
  });

  fcTest.prop([fc.oneof(fc.jsonValue().map((value) => JSON.stringify(value)), fc.string({ maxLength: 200 }))], { numRuns: 1000 })(
    'the command line never throws and answers with a known exit code',
    async (text) => {
      let stdout = '';
      const code = await runCli(['compare', 'x.json'], {
        stdout: (out) => {
          stdout += out;
        },
        stderr: () => undefined,
        readInput: () => Promise.resolve(text),
        version: '0',
      });
      expect([0, 1]).toContain(code);
      expectClean(stdout);
    },
  );
});

describe('hostile input', () => {
  test('huge strings, lists and exponents fail fast with a validation error', () => {
    const issues = (input: unknown) => {
      try {
        parseOffer(input);
      } catch (error) {
        return (error as OfferValidationError).issues;
      }
      return [];
    };
    expect(issues({ label: 'x'.repeat(1_000_000), pay: { type: 'salary', amount: 1 } })[0]?.path).toBe('label');
    expect(issues({ label: 'A', pay: { type: 'salary', amount: '9'.repeat(100_000) } })[0]?.path).toBe('pay.amount');
    expect(issues({ label: 'A', pay: { type: 'salary', amount: '1e999999999' } })[0]?.path).toBe('pay.amount');
    const bonuses = Array.from({ length: 100_000 }, () => ({ label: 'B', kind: 'team', amount: 1 }));
    expect(issues({ label: 'A', pay: { type: 'salary', amount: 1 }, bonuses })).toContainEqual({ path: 'bonuses', message: 'must have at most 50 entries' });
  });
});

describe('isolation', () => {
  test('the user\'s global decimal.js settings change no figure', () => {
    const offer: OfferInput = { label: 'A', pay: { type: 'hourly', rate: '23.45' }, overtime: { hoursPerWeek: 4, weeksPerYear: 47 } };
    const before = evaluationToJSON(evaluateOffer(offer));
    const saved = { precision: GlobalDecimal.precision, rounding: GlobalDecimal.rounding, toExpPos: GlobalDecimal.toExpPos };
    try {
      GlobalDecimal.set({ precision: 2, rounding: GlobalDecimal.ROUND_FLOOR, toExpPos: 1 });
      expect(evaluationToJSON(evaluateOffer(offer))).toEqual(before);
    } finally {
      GlobalDecimal.set(saved);
    }
  });

  test('the ESM and CommonJS builds in one process share no state and agree', async () => {
    const require = createRequire(import.meta.url);
    const commonJs = require('../../dist/index.cjs') as typeof import('../../src/index.js');
    const esmPath = '../../dist/index.js';
    const esm = (await import(esmPath)) as typeof import('../../src/index.js');
    const offer: OfferInput = { label: 'A', pay: { type: 'salary', amount: 60000 } };
    expect(commonJs.Decimal).not.toBe(esm.Decimal);
    expect(evaluationToJSON(commonJs.evaluateOffer(offer))).toEqual(evaluationToJSON(esm.evaluateOffer(offer)));
    // An offer parsed by one build is taken as parsed by the other.
    expect(commonJs.isParsedOffer(esm.parseOffer(offer))).toBe(true);
    expect(() => commonJs.parseOffer({})).toThrow(commonJs.OfferValidationError);
  });
});

describe('hostile labels and keys (issue 19)', () => {
  /** Pieces of text an attacker would write: controls, bidirectional marks, formula prefixes, HTML, Markdown. */
  const PIECES = [
    '\u001b[2J', '\u001b]0;t\u0007', '\r', '\n', '\t', '\u0000', '\u007f', '\u009b', '\u0085', '\u202e', '\u2066', '\u200f', '\u061c', '\u2028',
    '=', '+', '-', '@', '=cmd|', '<script>', '<img src=x onerror=alert(1)>', '</td>', '&amp;', '&#60;', '[x](javascript:alert(1))', '![i](x)',
    '*', '_', '`', '~~', '|', '\\', '#', '> ', '- ', ':', 'www.', 'https://x.y', 'a@b.co', '$', '^', '{}', '<br>',
    'A', 'b', ' ', '東', 'é', 'e\u0301', '\u200b', '"', "'", ',', '1',
  ];
  const hostile = fc.array(fc.constantFrom(...PIECES), { minLength: 1, maxLength: 12 }).map((pieces) => pieces.join(''));
  /** A label the schema takes: shows something, at most 200 characters once trimmed. */
  const label = hostile.filter((text) => hasVisibleText(text.trim()) && text.trim().length <= 200);

  fcTest.prop([fc.array(label, { minLength: 1, maxLength: 3 })], { numRuns: 300 })('every format writes any label safely', (labels) => {
    const comparison = compareOffers(offersLabelled(labels));
    for (const format of ['table', 'markdown', 'csv', 'json', 'html'] as const) {
      expect(findings(format, formatComparison(comparison, { format }), labels, escapeControls)).toEqual([]);
    }
  });

  /** Runs the command line on a file's text; its exit code and what it wrote. */
  const cli = async (argv: string[], text: string) => {
    let [stdout, stderr] = ['', ''];
    const code = await runCli(argv, {
      stdout: (out) => {
        stdout += out;
      },
      stderr: (out) => {
        stderr += out;
      },
      readInput: () => Promise.resolve(text),
      version: '0',
    });
    return { code, stdout, stderr };
  };

  fcTest.prop([fc.array(label, { minLength: 1, maxLength: 3 }), fc.constantFrom('table', 'markdown', 'csv', 'json', 'html')], { numRuns: 100 })(
    'the command line writes any label safely, in every format',
    async (labels, format) => {
      const { code, stdout, stderr } = await cli(['compare', 'x.json', '--format', format], JSON.stringify(offersLabelled(labels)));
      expect([code, stderr]).toEqual([0, '']);
      expect(findings(format, stdout, labels, escapeControls)).toEqual([]);
    },
  );

  fcTest.prop([fc.array(hostile, { minLength: 1, maxLength: 4 }), fc.constantFrom('label', 'key', 'value', 'argument')], { numRuns: 300 })(
    'no message forges a line or reaches the terminal raw, whatever the keys, values and arguments',
    async (texts, where) => {
      const first = texts[0] as string;
      const offer: Record<string, unknown> = { label: 'A', pay: { type: 'salary', amount: 1 } };
      if (where === 'label') offer.label = first;
      if (where === 'key') for (const text of texts) offer[text] = 1;
      if (where === 'value') offer.currency = first;
      const argv = where === 'argument' ? ['compare', 'x.json', '--format', first] : ['compare', 'x.json'];
      const { stderr } = await cli(argv, JSON.stringify([offer]));
      expect(stderr).not.toMatch(UNSAFE_FOR_A_TERMINAL);
      const lines = stderr.split('\n').filter((line) => line !== '');
      for (const line of lines) expect(line).toMatch(/^(total-comp: |Run "total-comp --help" for usage\.$|offers\[0\]|… and )/);
    },
  );
});
