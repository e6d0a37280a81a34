/** Most edits a "did you mean" allows: a third of the longer name, at least one, at most three. */
const EDITS_MAX = 3;

/**
 * Edits (insertions, deletions, substitutions, two neighbours swapped) between two names: the
 * optimal string alignment distance. Called only on names of a known name's length, give or
 * take {@link EDITS_MAX}.
 */
function distance(a: string, b: string): number {
  let before: number[] = [];
  let row = Array.from({ length: b.length + 1 }, (_, index) => index);
  for (let i = 1; i <= a.length; i += 1) {
    const next = [i];
    for (let j = 1; j <= b.length; j += 1) {
      let edits = Math.min((row[j] as number) + 1, (next[j - 1] as number) + 1, (row[j - 1] as number) + (a[i - 1] === b[j - 1] ? 0 : 1));
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) edits = Math.min(edits, (before[j - 2] as number) + 1);
      next[j] = edits;
    }
    [before, row] = [row, next];
  }
  return row[b.length] as number;
}

/**
 * The known name closest to an unknown one, for "did you mean": within a third of the longer
 * name's length in edits, at least one and at most three (`xy` is not close to `id`, `ix` is),
 * case ignored; `undefined` when none is that close. A name whose length is further than that
 * from every known name's is compared with none, so the work never grows with the name.
 *
 * @example
 * ```ts
 * closestName('metrc', ['metric', 'format']); // "metric"
 * ```
 */
export function closestName(name: string, known: readonly string[]): string | undefined {
  let best: string | undefined;
  let bestDistance = EDITS_MAX + 1;
  const near = known.filter((candidate) => Math.abs(candidate.length - name.length) <= EDITS_MAX);
  const lower = name.toLowerCase();
  for (const candidate of near) {
    const allowed = Math.min(EDITS_MAX, Math.max(1, Math.floor(Math.max(name.length, candidate.length) / 3)));
    const edits = distance(lower, candidate.toLowerCase());
    if (edits <= allowed && edits < bestDistance) [best, bestDistance] = [candidate, edits];
  }
  return best;
}
