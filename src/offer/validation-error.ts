/**
 * Most issues an {@link OfferValidationError} lists: an input with more problems (130,000
 * unknown keys, a thousand broken offers) keeps the first ones, in input order, and counts the
 * rest in `issueCount`.
 *
 * @example
 * ```ts
 * ISSUES_MAX; // 100
 * ```
 */
export const ISSUES_MAX = 100;

/** One problem with an input: where it is and what is wrong, in plain words. */
export interface ValidationIssue {
  /** Where the problem is, as a user would write it: `bonuses[1].amount`; `""` for the whole input. */
  readonly path: string;
  /** What is wrong: `must be a number or a decimal string, got "abc"`. */
  readonly message: string;
}

/**
 * Thrown when an offer (or an option) is not valid. Nothing is computed from an invalid offer:
 * every problem found is listed in `issues`, each with its path.
 *
 * @example
 * ```ts
 * try {
 *   parseOffer({ label: 'A', pay: { type: 'salary', amount: 'abc' } });
 * } catch (error) {
 *   if (error instanceof OfferValidationError) console.log(error.issues);
 *   // [{ path: "pay.amount", message: 'must be a number or a decimal string, got "abc"' }]
 * }
 * ```
 */
export class OfferValidationError extends Error {
  /** The problems found, in the order of the input: every one, or the first {@link ISSUES_MAX}. */
  readonly issues: readonly ValidationIssue[];
  /** How many problems were found: more than `issues.length` when there were over {@link ISSUES_MAX}. */
  readonly issueCount: number;

  /**
   * @param issues the problems found, in the order of the input; only the first
   *   {@link ISSUES_MAX} are kept
   * @param subject what was invalid, for the message: `"offer"` (the default), `"offers"`,
   *   `"options"`…: "Invalid options: options.years: must be at most 50, got 80"
   * @param issueCount how many problems were found, when `issues` holds only some of them
   */
  constructor(issues: readonly ValidationIssue[], subject = 'offer', issueCount = issues.length) {
    const count = Math.max(issueCount, issues.length);
    super(summarize(issues, subject, count));
    this.name = 'OfferValidationError';
    this.issues = Object.freeze(issues.slice(0, ISSUES_MAX).map((issue) => Object.freeze({ ...issue })));
    this.issueCount = count;
  }
}

function summarize(issues: readonly ValidationIssue[], subject: string, count: number): string {
  const shown = issues.slice(0, 3).map((issue) => (issue.path === '' ? issue.message : `${issue.path}: ${issue.message}`));
  const more = count > shown.length ? `; and ${(count - shown.length).toLocaleString('en-US')} more` : '';
  return `Invalid ${subject}: ${shown.join('; ')}${more}`;
}

