#!/usr/bin/env node
// The program behind the `total-comp` binary: the process wired to the command line.
import { readInput } from './cli/read-input.js';
import { runCli } from './cli/run.js';

declare const __VERSION__: string;

process.exitCode = await runCli(process.argv.slice(2), {
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
  readInput,
  version: __VERSION__,
});
