/**
 * The browser build's stand-in for `compiled-parser.ts`: the schema itself, parsed by zod's
 * runtime parser. Web pages parse a few offers at a time, where the compiler (about 9 kB
 * gzipped) would cost more than it saves, and pages under a strict Content-Security-Policy
 * could not run its generated code anyway.
 *
 * @example
 * ```ts
 * compiledParser(offerSchema) === offerSchema; // true
 * ```
 */
export function compiledParser<T>(schema: T): T {
  return schema;
}
