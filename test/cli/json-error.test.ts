import { fc, test as fcTest } from '@fast-check/vitest';
import { expect, test } from 'vitest';
import { jsonError, lineAndColumn } from '../../src/cli/json-error.js';

test.each([
  ['{\n  "offers": [\n    { "label": "A", }\n  ]\n}', 3, 21, 'unexpected "}" where a property name in double quotes should be'],
  ['{"offers": [1,]}', 1, 15, 'unexpected "]" where a value should be'],
  ['[1 2]', 1, 4, 'unexpected "2" where "," or "]" should be'],
  ['{"a" 1}', 1, 6, 'unexpected "1" where ":" should be'],
  ['{"a": 1 "b": 2}', 1, 9, 'unexpected "\\"" where "," or "}" should be'],
  ['{"a": [', 1, 8, 'the text ends where a value should be'],
  ['{} x', 1, 4, 'unexpected "x" where the text should end'],
  ['"abc', 1, 5, 'the text ends inside a string'],
  ['"a\\qb"', 1, 3, 'a backslash in a string must start an escape such as \\n, \\" or \\u00e9'],
  ['{"a": tru}', 1, 7, 'unexpected "t" where a value should be'],
  ['[01]', 1, 3, 'unexpected "1" where "," or "]" should be'],
  // Columns count characters, after any kind of line break; the character is quoted safely.
  ['{\r\n"é😀": \u001b[2J}', 2, 7, 'unexpected "\\u001b" where a value should be'],
  ['"a\tb"', 1, 3, 'a control character ("\\t") inside a string must be escaped'],
])('%j breaks at line %i, column %i: %s (issue 19, item 11)', (text, line, column, problem) => {
  expect(jsonError(text)).toEqual({ line, column, problem });
});

test('valid JSON has no error; lines end at a line feed, a carriage return or both', () => {
  expect(jsonError('  {"a": [true, false, null, -1.5e+3, "\\u00e9\\n"], "b": {}}  ')).toBeNull();
  expect(lineAndColumn('a\rb\nc\r\nd', 7)).toEqual({ line: 4, column: 1 });
});

test('nesting of any depth is scanned without recursion', () => {
  expect(jsonError(`${'['.repeat(200_000)}${']'.repeat(200_000)}`)).toBeNull();
  expect(jsonError(`${'['.repeat(200_000)}}`)?.problem).toBe('unexpected "}" where a value should be');
});

/** Text near JSON: its own characters, with some that break it. */
const nearlyJson = fc.oneof(
  fc.jsonValue().map((value) => JSON.stringify(value, null, 1)),
  fc.jsonValue().chain((value) => {
    const text = JSON.stringify(value);
    return fc.tuple(fc.nat({ max: text.length }), fc.nat({ max: 3 }), fc.string({ unit: fc.constantFrom(...'{}[],:"\\ 0-1.etnfalsrue\n\u001b'), maxLength: 3 })).map(
      ([at, cut, insert]) => `${text.slice(0, at)}${insert}${text.slice(at + cut)}`,
    );
  }),
);

fcTest.prop([nearlyJson], { numRuns: 3000 })('finds an error exactly when JSON.parse fails', (text) => {
  let valid = true;
  try {
    JSON.parse(text);
  } catch {
    valid = false;
  }
  expect(jsonError(text) === null).toBe(valid);
});
