import { EXIT } from './cli-error.js';

/** What the command line writes to: a stream that reports a failed write as an `error` event. */
export interface OutputStream {
  on(event: 'error', listener: (error: Error) => void): unknown;
}

/**
 * Makes the command line stop quietly, exit 0, when the reader of its output goes away
 * (`total-comp --help | true`, `… | head -1`): a write then fails with EPIPE, which Node
 * otherwise turns into a stack trace and exit 1. Any other failed write is one line on
 * `report` (when it can still be written) and exit 3, as every internal error.
 *
 * @example
 * ```ts
 * exitQuietlyOnBrokenPipe(process.stdout, (code) => process.exit(code), (text) => process.stderr.write(text));
 * ```
 */
export function exitQuietlyOnBrokenPipe(stream: OutputStream, exit: (code: number) => void, report: (text: string) => void): void {
  onWriteError(stream, () => exit(EXIT.ok), exit, report);
}

/**
 * For standard error: a reader that goes away stops the messages but not the run, whose own
 * exit code stands — `total-comp compare bad.json 2>&1 | head -1` still fails with 1, not 0.
 * Any other failed write is exit 3.
 *
 * @example
 * ```ts
 * keepRunningOnBrokenPipe(process.stderr, (code) => process.exit(code));
 * ```
 */
export function keepRunningOnBrokenPipe(stream: OutputStream, exit: (code: number) => void): void {
  onWriteError(stream, () => undefined, exit, () => undefined);
}

/** EPIPE to `brokenPipe`; any other write error reported and exit 3. */
function onWriteError(stream: OutputStream, brokenPipe: () => void, exit: (code: number) => void, report: (text: string) => void): void {
  stream.on('error', (error) => {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'EPIPE') {
      brokenPipe();
      return;
    }
    try {
      report(`total-comp: internal error: cannot write the output (${code ?? 'unknown error'})\n`);
    } finally {
      exit(EXIT.internal);
    }
  });
}
