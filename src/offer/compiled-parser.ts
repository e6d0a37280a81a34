import * as z from 'zod/mini';

/**
 * A schema with zod's compiled fast path (`z.compile`): one generated function parses a valid
 * input and hands anything it cannot accept to zod's runtime parser, so results and errors are
 * the same. Where generated code is not allowed (a Content-Security-Policy without
 * `unsafe-eval`), zod returns the schema as it is. The package's browser build
 * (`compiled-parser.browser.ts`) never compiles, which keeps zod's compiler out of web bundles.
 *
 * @example
 * ```ts
 * compiledParser(offerSchema).safeParse(input).success;
 * ```
 */
export function compiledParser<T extends z.core.SomeType>(schema: T): T {
  return z.compile(schema);
}
