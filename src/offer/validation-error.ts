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
  /** Every problem found, in the order of the input. */
  readonly issues: readonly ValidationIssue[];

  /**
   * @param issues every problem found, in the order of the input
   * @param subject what was invalid, for the message: `"offer"` (the default), `"offers"`,
   *   `"options"`…: "Invalid options: options.years: must be at most 50, got 80"
   */
  constructor(issues: readonly ValidationIssue[], subject = 'offer') {
    super(summarize(issues, subject));
    this.name = 'OfferValidationError';
    this.issues = Object.freeze(issues.map((issue) => Object.freeze({ ...issue })));
  }
}

function summarize(issues: readonly ValidationIssue[], subject: string): string {
  const shown = issues.slice(0, 3).map((issue) => (issue.path === '' ? issue.message : `${issue.path}: ${issue.message}`));
  const more = issues.length > 3 ? `; and ${issues.length - 3} more` : '';
  return `Invalid ${subject}: ${shown.join('; ')}${more}`;
}

