import { expect, test } from 'vitest';
import { describeValue } from '../../src/util/describe-value.js';

test('names each kind of value for an error message', () => {
  expect(describeValue('abc')).toBe('"abc"');
  expect(describeValue('x'.repeat(50))).toBe(`"${'x'.repeat(40)}…"`);
  expect(describeValue(12.5)).toBe('12.5');
  expect(describeValue(Number.NaN)).toBe('NaN');
  expect(describeValue(null)).toBe('null');
  expect(describeValue(undefined)).toBe('nothing');
  expect(describeValue([1])).toBe('a list');
  expect(describeValue(false)).toBe('false');
  expect(describeValue(10n)).toBe('a bigint');
  expect(describeValue({})).toBe('an object');
  expect(describeValue(() => 1)).toBe('a function');
});

test('a quoted string is one line, safe on a terminal (issue 19, item 2)', () => {
  expect(describeValue('A\u001b[2J\nB\u202e\u009b')).toBe('"A\\u001b[2J\\nB\\u202e\\u009b"');
});
