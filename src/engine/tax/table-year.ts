/**
 * The entry of a dated table for a tax year: that year's, else the newest year before it (a
 * state whose figures for the year are not in the tables), else the oldest year the table has.
 * `null` for an empty table.
 *
 * @example
 * ```ts
 * tableYear([{ year: 2025 }], 2026); // { entry: { year: 2025 }, fallback: true }
 * ```
 */
export function tableYear<T extends { readonly year: number }>(years: readonly T[], taxYear: number): { entry: T; fallback: boolean } | null {
  let chosen: T | undefined;
  for (const entry of years) if (entry.year <= taxYear && (chosen === undefined || entry.year > chosen.year)) chosen = entry;
  chosen ??= years.reduce<T | undefined>((oldest, entry) => (oldest === undefined || entry.year < oldest.year ? entry : oldest), undefined);
  return chosen === undefined ? null : { entry: chosen, fallback: chosen.year !== taxYear };
}
