import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { describe, expect, test } from 'vitest';
import { CliError, EXIT } from '../../src/cli/cli-error.js';
import { decodeUtf8, invalidUtf8At, readInput } from '../../src/cli/read-input.js';

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

describe('errors while reading are the file\'s: exit 2 (issue 19, item 10)', () => {
  test('an input/output error after the size check', async () => {
    const broken = new Readable({
      read() {
        this.destroy(Object.assign(new Error('i/o error'), { code: 'EIO' }));
      },
    });
    const error = await failure(readInput('-', 1024, broken));
    expect([error.message, error.exitCode]).toEqual(['cannot read standard input: input/output error (EIO)', EXIT.usage]);
    const denied = new Readable({
      read() {
        this.destroy(Object.assign(new Error('denied'), { code: 'EACCES' }));
      },
    });
    expect((await failure(readInput('-', 1024, denied))).message).toBe('cannot read standard input: permission denied (EACCES)');
    const odd = new Readable({
      read() {
        this.destroy(new Error('odd'));
      },
    });
    expect((await failure(readInput('-', 1024, odd))).message).toBe('cannot read standard input: unreadable');
  });

  test.skipIf(process.platform !== 'linux')('a file that stats as a file but fails to read (Linux: /proc/self/mem)', async () => {
    const error = await failure(readInput('/proc/self/mem', 1024));
    expect([error.message, error.exitCode]).toEqual(['cannot read /proc/self/mem: input/output error (EIO)', EXIT.usage]);
  });

  test('a name with control characters is escaped in the message', async () => {
    const error = await failure(readInput(join(directory, 'x\u001b[2J.json'), 1024));
    expect(error.message).toBe(`cannot read ${join(directory, 'x\\u001b[2J.json')}: no such file`);
  });
});

describe('UTF-8 (issue 19, item 11)', () => {
  test('a byte-order mark is left out', async () => {
    expect(await readInput(file('bom.json', '\ufeff{"offers":[]}'), 1024)).toBe('{"offers":[]}');
    expect(decodeUtf8(Buffer.from('\ufeff\ufeffx'), 'x')).toBe('\ufeffx');
  });

  test('bytes that are not UTF-8 are refused with the offset of the first, exit 1', async () => {
    const path = join(directory, 'latin1.json');
    writeFileSync(path, Buffer.from([0x7b, 0x22, 0x61, 0x22, 0x3a, 0x22, 0xe9, 0x22, 0x7d]));
    const error = await failure(readInput(path, 1024));
    expect([error.message, error.exitCode]).toEqual([
      `${path} is not valid UTF-8: the byte at offset 6 (counting from 0) does not begin a character; save it as UTF-8`,
      EXIT.invalidInput,
    ]);
    const utf16 = await failure(readInput('-', 1024, Readable.from([Buffer.from('\ufeff{}', 'utf16le')])));
    expect(utf16.message).toBe('standard input is not valid UTF-8 (it looks like UTF-16): the byte at offset 0 (counting from 0) does not begin a character; save it as UTF-8');
  });

  test('the first byte that does not begin a well-formed character', () => {
    const at = (...bytes: number[]) => invalidUtf8At(Uint8Array.from(bytes));
    expect(at(0x41, 0xc3, 0xa9, 0xe2, 0x82, 0xac, 0xf0, 0x9f, 0x98, 0x80)).toBe(-1);
    expect(at(0x41, 0x80)).toBe(1);
    expect(at(0xc0, 0x80)).toBe(0); // overlong
    expect(at(0xe0, 0x80, 0x80)).toBe(0); // overlong
    expect(at(0xed, 0xa0, 0x80)).toBe(0); // a surrogate
    expect(at(0xf4, 0x90, 0x80, 0x80)).toBe(0); // past U+10FFFF
    expect(at(0xf5, 0x80, 0x80, 0x80)).toBe(0);
    expect(at(0x41, 0xe2, 0x82)).toBe(1); // cut short
    expect(at(0xe2, 0x28, 0xa1)).toBe(0);
  });
});
