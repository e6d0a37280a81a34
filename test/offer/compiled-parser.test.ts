import { expect, test } from 'vitest';
import * as z from 'zod/mini';
import { compiledParser } from '../../src/offer/compiled-parser.js';
import { compiledParser as browserParser } from '../../src/offer/compiled-parser.browser.js';

const schema = z.strictObject({ a: z.number() });

test('the Node build compiles a schema into a clone that parses the same', () => {
  const compiled = compiledParser(schema);
  expect(compiled).not.toBe(schema);
  expect(compiled.parse({ a: 1 })).toEqual({ a: 1 });
  expect(compiled.safeParse({ a: 'x' }).error?.issues).toEqual(schema.safeParse({ a: 'x' }).error?.issues);
});

test('the browser build keeps the schema as it is (zod\'s runtime parser)', () => {
  expect(browserParser(schema)).toBe(schema);
});
