/**
 * Which payout an evaluation assumes: `expected` (the headline), or `low` / `high`, where every
 * recurring bonus pays its minimum / maximum payout and overtime runs at its fewest / most
 * hours a week when those are given (docs/semantics.md §14, `low` and `high`).
 */
export type Scenario = 'expected' | 'low' | 'high';
