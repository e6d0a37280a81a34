import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { describe, expect, test } from 'vitest';
import { CliError, EXIT } from '../../src/cli/cli-error.js';
import { readInput } from '../../src/cli/read-input.js';

const directory = mkdtempSync(join(tmpdir(), 'total-comp-read-input-'));
const file = (name: string, text: string) => {
  const path = join(directory, name);
  writeFileSync(path, text);
  return path;
};
const failure = async (promise: Promise<unknown>) => {
  const error = await promise.then(
    () => null,
    (thrown: unknown) => thrown,
  );
  expect(error).toBeInstanceOf(CliError);
  return error as CliError;
};

describe('readInput', () => {
  test('reads a file as UTF-8 text', async () => {
    expect(await readInput(file('offers.json', '{"offers":[]} — ✓'), 1024)).toBe('{"offers":[]} — ✓');
  });

  test('a missing file or a folder is a usage error (2)', async () => {
    const missing = await failure(readInput(join(directory, 'nope.json'), 1024));
    expect([missing.message, missing.exitCode]).toEqual([`cannot read ${join(directory, 'nope.json')}: no such file`, EXIT.usage]);
    const folder = await failure(readInput(directory, 1024));
    expect([folder.message, folder.exitCode]).toEqual([`cannot read ${directory}: not a file`, EXIT.usage]);
  });

  test('a file over the limit is refused before it is read (1)', async () => {
    const path = file('big.json', 'x'.repeat(2048));
    const over = await failure(readInput(path, 2047));
    expect([over.message, over.exitCode]).toEqual([`${path} is larger than ${2047 / 1024 / 1024} MB; refusing to read it`, EXIT.invalidInput]);
    expect(await readInput(path, 2048)).toHaveLength(2048);
  });

  test('standard input is read in chunks and cut off past the limit', async () => {
    expect(await readInput('-', 1024, Readable.from([Buffer.from('{"a"'), Buffer.from(':1}')]))).toBe('{"a":1}');
    const over = await failure(readInput('-', 4, Readable.from([Buffer.from('abc'), Buffer.from('def')])));
    expect([over.message, over.exitCode]).toEqual([`standard input is larger than ${4 / 1024 / 1024} MB; refusing to read it`, EXIT.invalidInput]);
  });
});
