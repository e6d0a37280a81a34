import { describe, expect, test, vi } from 'vitest';
import { OfferValidationError } from '../../src/index.js';
import { formatPath, plainWords, toValidationIssues } from '../../src/offer/plain-words.js';

describe('formatPath', () => {
  test('writes paths as a user writes them', () => {
    expect(formatPath(['bonuses', 1, 'amount'])).toBe('bonuses[1].amount');
    expect(formatPath([])).toBe('');
    expect(formatPath([0, 'pay'])).toBe('[0].pay');
  });

  test('quotes a key that is not a plain name, shortened and escaped as values are (issue 19, items 2 and 7)', () => {
    expect(formatPath(['pay', 'hours per week'])).toBe('pay["hours per week"]');
    expect(formatPath(['x\nforged: line'])).toBe('["x\\nforged: line"]');
    expect(formatPath(['a'.repeat(41)])).toBe(`["${'a'.repeat(40)}…"]`);
    expect(formatPath(['a'.repeat(40)])).toBe('a'.repeat(40));
  });
});

describe('toValidationIssues', () => {
  test('prefixes paths, so a list of offers can name offers[2]', () => {
    const issues = toValidationIssues(
      [
        { code: 'custom', path: ['bonuses', 0, 'amount'], message: 'm', input: 1 },
        { code: 'custom', path: [], message: 'root', input: 1 },
      ],
      'offers[2]',
    );
    expect(issues).toEqual([
      { path: 'offers[2].bonuses[0].amount', message: 'm' },
      { path: 'offers[2]', message: 'root' },
    ]);
  });
});

describe('OfferValidationError', () => {
  test('summarises at most three issues in its message and freezes them', () => {
    const error = new OfferValidationError([
      { path: 'a', message: 'one' },
      { path: '', message: 'two' },
      { path: 'c', message: 'three' },
      { path: 'd', message: 'four' },
      { path: 'e', message: 'five' },
    ]);
    expect(error.message).toBe('Invalid offer: a: one; two; c: three; and 2 more');
    expect(Object.isFrozen(error.issues)).toBe(true);
    expect(Object.isFrozen(error.issues[0])).toBe(true);
  });
});

test('prefixes join paths that start with a list index', () => {
  expect(toValidationIssues([{ code: 'custom', path: [0, 'pay'], message: 'm', input: 1 }], 'offers')).toEqual([
    { path: 'offers[0].pay', message: 'm' },
  ]);
});

describe('plainWords on issues the offer schema rarely raises', () => {
  const raw = (issue: object) => plainWords(issue as Parameters<typeof plainWords>[0]);
  test('falls back to zod\'s words where it has none of its own', () => {
    expect(raw({ code: 'invalid_format', format: 'regex', input: 'x' })).toBeUndefined();
    expect(raw({ code: 'invalid_union', errors: [], input: 5 })).toBeUndefined();
  });
  test('names what it expected and what it got', () => {
    expect(raw({ code: 'invalid_type', expected: 'bigint', input: 'x' })).toBe('must be bigint, got "x"');
    expect(raw({ code: 'invalid_union', discriminator: 'type', options: ['a'], input: 5 })).toBe('is required: one of "a"');
    expect(raw({ code: 'unrecognized_keys', keys: ['colour'], input: {} })).toBe('is not a known field');
    expect(raw({ code: 'too_big', origin: 'number', maximum: 5, input: 6 })).toBe('must be at most 5, got 6');
  });
  test('an unknown-keys issue without a message per key still names each key', () => {
    expect(toValidationIssues([{ code: 'unrecognized_keys', keys: ['a', 'b'], path: [], message: 'is not a known field', input: {} }])).toEqual([
      { path: 'a', message: 'is not a known field' },
      { path: 'b', message: 'is not a known field' },
    ]);
  });
});

test('the work of a "did you mean" does not grow with the unknown key (issue 19, item 7)', () => {
  const known = ['id', 'label', 'currency', 'pay', 'overtime', 'bonuses', 'benefits', 'costs', 'location', 'growth'];
  /** Calls of Math.min, which every cell of an edit-distance table makes, while wording an unknown key. */
  const work = (key: string) => {
    const spy = vi.spyOn(Math, 'min');
    try {
      plainWords({ code: 'unrecognized_keys', keys: [key], input: {}, inst: { shape: Object.fromEntries(known.map((name) => [name, 0])) } } as never);
      return spy.mock.calls.length;
    } finally {
      spy.mockRestore();
    }
  };
  expect(work('x'.repeat(100_000))).toBe(work('x'.repeat(1_000)));
  expect(work('x'.repeat(1_000))).toBeLessThan(1_000);
});
