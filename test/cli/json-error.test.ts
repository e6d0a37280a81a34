import { fc, test as fcTest } from '@fast-check/vitest';
import { expect, test } from 'vitest';
import { jsonError, lineAndColumn } from '../../src/cli/json-error.js';

test('names the line and column where JSON breaks, and what is wrong there (issue 19, item 11)', () => {
  expect(jsonError('{\n  "offers": [\n    { "label": "A", }\n  ]\n}')).toEqual({
    line: 3,
    column: 21,
    problem: 'unexpected "}" where a property name in double quotes should be',
  });
  expect(jsonError('{"offers": [1,]}')).toEqual({ line: 1, column: 15, problem: 'unexpected "]" where a value should be' });
  expect(jsonError('[1 2]')).toEqual({ line: 1, column: 4, problem: 'unexpected "2" where "," or "]" should be' });
  expect(jsonError('{"a" 1}')).toEqual({ line: 1, column: 6, problem: 'unexpected "1" where ":" should be' });
  expect(jsonError('{"a": 1 "b": 2}')).toEqual({ line: 1, column: 9, problem: 'unexpected "\\"" where "," or "}" should be' });
  expect(jsonError('{"a": [')).toEqual({ line: 1, column: 8, problem: 'the text ends where a value should be' });
  expect(jsonError('{} x')).toEqual({ line: 1, column: 4, problem: 'unexpected "x" where the text should end' });
  expect(jsonError('"abc')).toEqual({ line: 1, column: 5, problem: 'the text ends inside a string' });
  expect(jsonError('"a\\qb"')).toEqual({ line: 1, column: 3, problem: 'a backslash in a string must start an escape such as \\n, \\" or \\u00e9' });
  expect(jsonError('{"a": tru}')).toEqual({ line: 1, column: 7, problem: 'unexpected "t" where a value should be' });
  expect(jsonError('[01]')).toEqual({ line: 1, column: 3, problem: 'unexpected "1" where "," or "]" should be' });
  // Columns count characters, after any kind of line break; the character is quoted safely.
  expect(jsonError('{\r\n"é😀": \u001b[2J}')).toEqual({ line: 2, column: 7, problem: 'unexpected "\\u001b" where a value should be' });
  expect(jsonError('"a\tb"')).toEqual({ line: 1, column: 3, problem: 'a control character ("\\t") inside a string must be escaped' });
  expect(lineAndColumn('a\rb\nc\r\nd', 7)).toEqual({ line: 4, column: 1 });
  expect(jsonError('  {"a": [true, false, null, -1.5e+3, "\\u00e9\\n"], "b": {}}  ')).toBeNull();
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
