/**
 * A function that runs `make` at its first call and returns that value ever after: for values
 * built from the library's own constants — the compiled offer parser, schema defaults, the JSON
 * Schema, the default options — which cost milliseconds to build and so are made when first
 * needed rather than at import. Never for anything computed from a caller's input: the value is
 * the same whichever call makes it.
 *
 * @example
 * ```ts
 * const years = once(() => Object.freeze([2025, 2026]));
 * years() === years(); // true: the array was made at the first call, and only then
 * ```
 */
export function once<T>(make: () => T): () => T {
  let made = false;
  let value: T | undefined;
  return () => {
    if (!made) {
      value = make();
      made = true;
    }
    return value as T;
  };
}
