import { describeValue } from '../util/describe-value.js';

/** Where a JSON text first goes wrong, and how, in plain words. */
export interface JsonError {
  /** 1 for the first line; lines end at a line feed, a carriage return, or both. */
  readonly line: number;
  /** 1 for the first character of the line, counted in characters (code points), not bytes. */
  readonly column: number;
  /** What is wrong there: `unexpected "}" where a value should be`. */
  readonly problem: string;
}

/** A JSON number (RFC 8259), matched where a value starts. */
const NUMBER = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/y;
/** A string's body up to its closing quote, a backslash or a control character. */
const STRING_RUN = /[^"\\\u0000-\u001f]*/y;
/** What may follow a backslash in a JSON string. */
const ESCAPE = /["\\/bfnrt]|u[0-9a-fA-F]{4}/y;
/** JSON's white space. */
const SPACE = /[ \t\n\r]*/y;

/** What the scanner expects next. */
type Expecting = 'value' | 'key' | 'colon' | 'after';

/** The words for what was expected, after "where". */
const EXPECTED_WORDS: Readonly<Record<'value' | 'key' | 'colon' | 'end' | ',}' | ',]', string>> = Object.freeze({
  value: 'a value should be',
  key: 'a property name in double quotes should be',
  colon: '":" should be',
  end: 'the text should end',
  ',}': '"," or "}" should be',
  ',]': '"," or "]" should be',
});

/** Advances a sticky pattern from `index`; the index after what it matched, or -1. */
function matchAt(pattern: RegExp, text: string, index: number): number {
  pattern.lastIndex = index;
  return pattern.test(text) ? pattern.lastIndex : -1;
}

/**
 * The line and column (in characters) of an offset of a text.
 *
 * @example
 * ```ts
 * lineAndColumn('{\n  "a": x', 9); // { line: 2, column: 8 }
 * ```
 */
export function lineAndColumn(text: string, offset: number): { readonly line: number; readonly column: number } {
  let line = 1;
  let start = 0;
  for (let index = 0; index < offset; index += 1) {
    const character = text[index];
    if (character === '\n' || (character === '\r' && text[index + 1] !== '\n')) [line, start] = [line + 1, index + 1];
  }
  return { line, column: Array.from(text.slice(start, offset)).length + 1 };
}

/**
 * Where a text that is not valid JSON (RFC 8259) first goes wrong, by line and column, and
 * what is wrong there — the offending character quoted safely, never the text around it — or
 * `null` for valid JSON. For the command line's message on broken input; it scans without
 * recursion, so nesting of any depth is safe.
 *
 * @example
 * ```ts
 * jsonError('{"offers": [1,]}'); // { line: 1, column: 15, problem: 'unexpected "]" where a value should be' }
 * ```
 */
export function jsonError(text: string): JsonError | null {
  const open: string[] = [];
  let expecting: Expecting = 'value';
  let index = matchAt(SPACE, text, 0);
  const fail = (at: number, problem: string): JsonError => ({ ...lineAndColumn(text, at), problem });
  const unexpected = (at: number, where: string): JsonError =>
    at >= text.length
      ? fail(at, `the text ends where ${where}`)
      : fail(at, `unexpected ${describeValue(String.fromCodePoint(text.codePointAt(at) as number))} where ${where}`);
  for (;;) {
    const character = text[index];
    if (expecting === 'after') {
      const container = open[open.length - 1];
      if (container === undefined) return index >= text.length ? null : unexpected(index, EXPECTED_WORDS.end);
      const close = container === '{' ? '}' : ']';
      if (character === ',') expecting = container === '{' ? 'key' : 'value';
      else if (character === close) open.pop();
      else return unexpected(index, EXPECTED_WORDS[container === '{' ? ',}' : ',]']);
      index = matchAt(SPACE, text, index + 1);
      continue;
    }
    if (expecting === 'colon') {
      if (character !== ':') return unexpected(index, EXPECTED_WORDS.colon);
      [expecting, index] = ['value', matchAt(SPACE, text, index + 1)];
      continue;
    }
    if (character === '"') {
      // A string: a value, or a key before its colon.
      let at = index + 1;
      for (;;) {
        at = matchAt(STRING_RUN, text, at);
        const next = text[at];
        if (next === '"') break;
        if (next === undefined) return fail(at, 'the text ends inside a string');
        if (next !== '\\') return fail(at, `a control character (${describeValue(next)}) inside a string must be escaped`);
        const escaped = matchAt(ESCAPE, text, at + 1);
        if (escaped === -1) return fail(at, 'a backslash in a string must start an escape such as \\n, \\" or \\u00e9');
        at = escaped;
      }
      [expecting, index] = [expecting === 'key' ? 'colon' : 'after', matchAt(SPACE, text, at + 1)];
      continue;
    }
    if (expecting === 'key') {
      // A closing brace right after "{" was taken as the end of an empty object below.
      return unexpected(index, EXPECTED_WORDS.key);
    }
    if (character === '{' || character === '[') {
      open.push(character);
      index = matchAt(SPACE, text, index + 1);
      const close = character === '{' ? '}' : ']';
      if (text[index] === close) {
        open.pop();
        [expecting, index] = ['after', matchAt(SPACE, text, index + 1)];
      } else expecting = character === '{' ? 'key' : 'value';
      continue;
    }
    const literal = ['true', 'false', 'null'].find((word) => text.startsWith(word, index));
    const end = literal === undefined ? matchAt(NUMBER, text, index) : index + literal.length;
    if (end === -1) return unexpected(index, EXPECTED_WORDS.value);
    [expecting, index] = ['after', matchAt(SPACE, text, end)];
  }
}
