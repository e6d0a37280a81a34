import { EventEmitter } from 'node:events';
import { expect, test } from 'vitest';
import { exitQuietlyOnBrokenPipe, keepRunningOnBrokenPipe } from '../../src/cli/broken-pipe.js';
import { EXIT } from '../../src/cli/cli-error.js';

/** A stream stand-in, the exit codes asked for and what was reported. */
function wired() {
  const stream = new EventEmitter();
  const exits: number[] = [];
  const reports: string[] = [];
  exitQuietlyOnBrokenPipe(stream, (code) => exits.push(code), (text) => reports.push(text));
  return { stream, exits, reports };
}

test('a reader gone away (EPIPE) ends the program quietly, exit 0 (issue 19, item 9)', () => {
  const { stream, exits, reports } = wired();
  stream.emit('error', Object.assign(new Error('write EPIPE'), { code: 'EPIPE' }));
  expect(exits).toEqual([EXIT.ok]);
  expect(reports).toEqual([]);
});

test('any other failed write is one line and exit 3', () => {
  const { stream, exits, reports } = wired();
  stream.emit('error', Object.assign(new Error('no space'), { code: 'ENOSPC' }));
  stream.emit('error', new Error('odd'));
  expect(exits).toEqual([EXIT.internal, EXIT.internal]);
  expect(reports).toEqual([
    'total-comp: internal error: cannot write the output (ENOSPC)\n',
    'total-comp: internal error: cannot write the output (unknown error)\n',
  ]);
});

test('standard error gone away leaves the run going, so its own exit code stands; another failed write is exit 3', () => {
  const stream = new EventEmitter();
  const exits: number[] = [];
  keepRunningOnBrokenPipe(stream, (code) => exits.push(code));
  stream.emit('error', Object.assign(new Error('write EPIPE'), { code: 'EPIPE' }));
  expect(exits).toEqual([]);
  stream.emit('error', Object.assign(new Error('no space'), { code: 'ENOSPC' }));
  expect(exits).toEqual([EXIT.internal]);
});
