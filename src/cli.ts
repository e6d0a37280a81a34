#!/usr/bin/env node
// The program behind the `total-comp` binary: the process wired to the command line.
import { exitQuietlyOnBrokenPipe, keepRunningOnBrokenPipe } from './cli/broken-pipe.js';
import { readInput } from './cli/read-input.js';
import { runCli } from './cli/run.js';

declare const __VERSION__: string;

// A reader of the output that goes away (`| head -1`) ends the program quietly, not with a stack
// trace; one of standard error alone leaves the run's own exit code (a failure still fails).
exitQuietlyOnBrokenPipe(process.stdout, (code) => process.exit(code), (text) => process.stderr.write(text));
keepRunningOnBrokenPipe(process.stderr, (code) => process.exit(code));

process.exitCode = await runCli(process.argv.slice(2), {
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
  readInput,
  version: __VERSION__,
});
