/**
 * Characters a terminal acts on instead of showing, or that reorder what it shows: the C0
 * controls (escape, bell, backspace, carriage return, line feed, tab…), DEL, the C1 controls
 * (U+0080–U+009F, among them a one-character escape sequence introducer, U+009B), the line and
 * paragraph separators, and the bidirectional marks, embeddings, overrides and isolates
 * (U+061C, U+200E, U+200F, U+202A–U+202E, U+2066–U+2069).
 */
const CONTROLS = /[\u0000-\u001f\u007f-\u009f\u061c\u200e\u200f\u2028-\u202e\u2066-\u2069]/g;

/** The same characters except the C0 controls, which `JSON.stringify` escapes itself. */
const CONTROLS_JSON_LEAVES = /[\u007f-\u009f\u061c\u200e\u200f\u2028-\u202e\u2066-\u2069]/g;

/** Short escapes for the three controls a reader knows by sight. */
const SHORT_ESCAPES: Readonly<Record<string, string>> = Object.freeze({ '\n': '\\n', '\r': '\\r', '\t': '\\t' });

/** `\u001b` for U+001B: the escape JSON and JavaScript write. */
function unicodeEscape(character: string): string {
  return `\\u${(character.codePointAt(0) as number).toString(16).padStart(4, '0')}`;
}

/**
 * A user's text made safe to show on a terminal, in one line: every control character and
 * bidirectional control (see `CONTROLS`) written as an escape a reader can see (`\n`, `\t`,
 * `\u001b`, `\u202e`), everything else as it is. Text without them is returned unchanged, and
 * escaping twice changes nothing more (docs/semantics.md §15.1).
 *
 * @example
 * ```ts
 * escapeControls('A\u001b[2J\nB'); // "A\\u001b[2J\\nB"
 * ```
 */
export function escapeControls(text: string): string {
  return text.replace(CONTROLS, (character) => SHORT_ESCAPES[character] ?? unicodeEscape(character));
}

/**
 * JSON text (from `JSON.stringify`) made safe to show on a terminal without changing what it
 * parses to: the controls `JSON.stringify` leaves as they are — DEL, the C1 controls, the line
 * and paragraph separators and the bidirectional controls, which can only stand inside its
 * strings — written as `\uXXXX` escapes.
 *
 * @example
 * ```ts
 * escapeJsonControls(JSON.stringify('a\u202eb')); // '"a\\u202eb"'
 * ```
 */
export function escapeJsonControls(json: string): string {
  return json.replace(CONTROLS_JSON_LEAVES, unicodeEscape);
}
