/**
 * Exit codes of the command line; 3 is an internal error, which should never happen.
 *
 * @example
 * ```ts
 * EXIT.usage; // 2
 * ```
 */
export const EXIT = Object.freeze({ ok: 0, invalidInput: 1, usage: 2, internal: 3 });

/**
 * A problem the user can fix: printed as one line, its controls escaped (so no user text in it
 * can forge another), then the hint, if any, on a line of its own; with its exit code.
 *
 * @example
 * ```ts
 * throw new CliError('cannot read offers.json: no such file', EXIT.usage);
 * ```
 */
export class CliError extends Error {
  constructor(
    message: string,
    readonly exitCode: number,
    /** What to do next, printed under the message: the pointer to `--help`. */
    readonly hint?: string,
  ) {
    super(message);
    this.name = 'CliError';
  }
}

/**
 * A usage error (exit 2), with the pointer to `--help`.
 *
 * @example
 * ```ts
 * throw usage('missing a command: compare, evaluate or equivalent');
 * ```
 */
export function usage(message: string): CliError {
  return new CliError(message, EXIT.usage, 'Run "total-comp --help" for usage.');
}
