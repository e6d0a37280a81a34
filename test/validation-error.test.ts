import { describe, expect, test } from 'vitest';
import { OfferValidationError } from '../src/index.js';
import { formatPath, toValidationIssues } from '../src/validation-error.js';

describe('formatPath', () => {
  test('writes paths as a user writes them', () => {
    expect(formatPath(['bonuses', 1, 'amount'])).toBe('bonuses[1].amount');
    expect(formatPath([])).toBe('');
    expect(formatPath([0, 'pay'])).toBe('[0].pay');
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
