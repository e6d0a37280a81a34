import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import type { Readable } from 'node:stream';
import { CliError, EXIT } from './cli-error.js';

/**
 * Reads a file, or standard input for "-" (`stdin`, the process's unless a test passes its own), as UTF-8 text, refusing more than `maxBytes`: a file
 * too large fails before it is read, a stream as soon as it passes the limit.
 *
 * @example
 * ```ts
 * const text = await readInput('offers.json', INPUT_MAX_BYTES);
 * ```
 */
export async function readInput(path: string, maxBytes: number, stdin: Readable = process.stdin): Promise<string> {
  const name = path === '-' ? 'standard input' : path;
  if (path !== '-') {
    let size: number;
    try {
      const info = await stat(path);
      if (!info.isFile()) throw new CliError(`cannot read ${name}: not a file`, EXIT.usage);
      size = info.size;
    } catch (error) {
      if (error instanceof CliError) throw error;
      const code = (error as NodeJS.ErrnoException).code;
      throw new CliError(`cannot read ${name}: ${code === 'ENOENT' ? 'no such file' : (code ?? 'unreadable')}`, EXIT.usage);
    }
    if (size > maxBytes) throw new CliError(`${name} is larger than ${maxBytes / 1024 / 1024} MB; refusing to read it`, EXIT.invalidInput);
  }
  const stream = path === '-' ? stdin : createReadStream(path);
  const chunks: Buffer[] = [];
  let total = 0;
  for await (const chunk of stream) {
    const buffer = Buffer.isBuffer(chunk) ? chunk : Buffer.from(String(chunk));
    total += buffer.length;
    if (total > maxBytes) {
      stream.destroy();
      throw new CliError(`${name} is larger than ${maxBytes / 1024 / 1024} MB; refusing to read it`, EXIT.invalidInput);
    }
    chunks.push(buffer);
  }
  return Buffer.concat(chunks).toString('utf8');
}
