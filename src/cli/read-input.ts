import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import type { Readable } from 'node:stream';
import { escapeControls } from '../util/escape-controls.js';
import { CliError, EXIT } from './cli-error.js';

/** Plain words for the errors a read can end in; any other is named by its code. */
const READ_ERRORS: Readonly<Record<string, string>> = Object.freeze({
  ENOENT: 'no such file',
  EACCES: 'permission denied',
  EPERM: 'permission denied',
  EISDIR: 'a folder, not a file',
  EIO: 'input/output error',
});

/** A usage error (exit 2) for a file or standard input that cannot be read. */
function unreadable(name: string, error: unknown): CliError {
  const code = (error as NodeJS.ErrnoException).code;
  const words = code === undefined ? 'unreadable' : READ_ERRORS[code] === undefined ? code : `${READ_ERRORS[code] as string}${code === 'ENOENT' ? '' : ` (${code})`}`;
  return new CliError(`cannot read ${name}: ${escapeControls(words)}`, EXIT.usage);
}

/**
 * The offset of the first byte that does not begin a well-formed UTF-8 character (RFC 3629:
 * no overlong forms, no surrogates, nothing past U+10FFFF), or -1 when every byte does.
 *
 * @example
 * ```ts
 * invalidUtf8At(Buffer.from([0x41, 0xff])); // 1
 * ```
 */
export function invalidUtf8At(bytes: Uint8Array): number {
  let index = 0;
  while (index < bytes.length) {
    const first = bytes[index] as number;
    // Sequence length and the range its second byte must fall in (RFC 3629, section 4).
    const [length, low, high] =
      first < 0x80 ? [1, 0, 0]
      : first >= 0xc2 && first <= 0xdf ? [2, 0x80, 0xbf]
      : first === 0xe0 ? [3, 0xa0, 0xbf]
      : first === 0xed ? [3, 0x80, 0x9f]
      : first >= 0xe1 && first <= 0xef ? [3, 0x80, 0xbf]
      : first === 0xf0 ? [4, 0x90, 0xbf]
      : first === 0xf4 ? [4, 0x80, 0x8f]
      : first >= 0xf1 && first <= 0xf3 ? [4, 0x80, 0xbf]
      : [0, 0, 0];
    if (length === 0) return index;
    for (let next = 1; next < length; next += 1) {
      const byte = bytes[index + next];
      const [min, max] = next === 1 ? [low, high] : [0x80, 0xbf];
      if (byte === undefined || byte < min || byte > max) return index;
    }
    index += length;
  }
  return -1;
}

/** UTF-8's byte-order mark, which some editors write first: not part of the text. */
const BYTE_ORDER_MARK = [0xef, 0xbb, 0xbf];

/**
 * Bytes read as UTF-8 text: a byte-order mark at the start is left out; bytes that are not
 * UTF-8 are refused (exit 1) with the offset of the first, rather than replaced silently.
 *
 * @example
 * ```ts
 * decodeUtf8(Buffer.from([0xef, 0xbb, 0xbf, 0x7b, 0x7d]), 'offers.json'); // "{}"
 * ```
 */
export function decodeUtf8(bytes: Buffer, name: string): string {
  const start = BYTE_ORDER_MARK.every((byte, index) => bytes[index] === byte) ? BYTE_ORDER_MARK.length : 0;
  const invalid = invalidUtf8At(bytes.subarray(start));
  if (invalid !== -1) {
    const utf16 = (bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff) ? ' (it looks like UTF-16)' : '';
    throw new CliError(
      `${name} is not valid UTF-8${utf16}: the byte at offset ${start + invalid} (counting from 0) does not begin a character; save it as UTF-8`,
      EXIT.invalidInput,
    );
  }
  return bytes.toString('utf8', start);
}

/**
 * Reads a file, or standard input for "-" (`stdin`, the process's unless a test passes its
 * own), as UTF-8 text (see {@link decodeUtf8}), refusing more than `maxBytes`: a file too
 * large fails before it is read, a stream as soon as it passes the limit. A file or stream
 * that cannot be read — missing, not a file, no permission, an input/output error while
 * reading — is a usage error (exit 2).
 *
 * @example
 * ```ts
 * const text = await readInput('offers.json', INPUT_MAX_BYTES);
 * ```
 */
export async function readInput(path: string, maxBytes: number, stdin: Readable = process.stdin): Promise<string> {
  const name = path === '-' ? 'standard input' : escapeControls(path);
  if (path !== '-') {
    let size: number;
    try {
      const info = await stat(path);
      if (!info.isFile()) throw new CliError(`cannot read ${name}: not a file`, EXIT.usage);
      size = info.size;
    } catch (error) {
      if (error instanceof CliError) throw error;
      throw unreadable(name, error);
    }
    if (size > maxBytes) throw new CliError(`${name} is larger than ${maxBytes / 1024 / 1024} MB; refusing to read it`, EXIT.invalidInput);
  }
  const stream = path === '-' ? stdin : createReadStream(path);
  const chunks: Buffer[] = [];
  let total = 0;
  try {
    for await (const chunk of stream) {
      const buffer = Buffer.isBuffer(chunk) ? chunk : Buffer.from(String(chunk));
      total += buffer.length;
      if (total > maxBytes) {
        stream.destroy();
        throw new CliError(`${name} is larger than ${maxBytes / 1024 / 1024} MB; refusing to read it`, EXIT.invalidInput);
      }
      chunks.push(buffer);
    }
  } catch (error) {
    // Errors after the size check (EACCES, EIO…) are the file's, not the program's.
    if (error instanceof CliError) throw error;
    throw unreadable(name, error);
  }
  return decodeUtf8(Buffer.concat(chunks), name);
}
