/**
 * A function that returns `cold` for its first `uses` calls and then `makeHot()`'s value, made at
 * that call and kept ever after: for a faster form of a value that costs more to make than a
 * few calls of the slower one would save — zod's compiled offer parser, which takes tens of
 * milliseconds to build and saves some ten microseconds a parse. Like `once()`, only for values
 * made from the library's own constants, which give the same results either way: a caller that
 * parses a few offers never pays for the compiler, a loop over many pays once.
 *
 * @example
 * ```ts
 * const parser = afterUses(1000, runtimeParser, () => compile(runtimeParser));
 * parser(); // runtimeParser, for the first 1,000 calls; then the compiled one
 * ```
 */
export function afterUses<T>(uses: number, cold: T, makeHot: () => T): () => T {
  let calls = 0;
  let hot: T | undefined;
  let made = false;
  return () => {
    if (made) return hot as T;
    calls += 1;
    if (calls <= uses) return cold;
    hot = makeHot();
    made = true;
    return hot;
  };
}
