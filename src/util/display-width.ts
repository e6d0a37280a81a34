import { once } from './once.js';

/** Text that is nothing but printable ASCII: as wide as it is long. */
const PRINTABLE_ASCII = /^[\u0020-\u007e]*$/;

/**
 * Characters a terminal draws two columns wide: East Asian wide and fullwidth characters
 * (Hangul, CJK ideographs and punctuation, kana, fullwidth forms) and emoji shown as emoji.
 */
const WIDE =
  /[\u1100-\u115f\u2e80-\u303e\u3041-\u33ff\u3400-\u4dbf\u4e00-\u9fff\ua000-\ua4cf\ua960-\ua97f\uac00-\ud7a3\uf900-\ufaff\ufe10-\ufe19\ufe30-\ufe6f\uff00-\uff60\uffe0-\uffe6\ufe0f\u{16fe0}-\u{16fe4}\u{17000}-\u{18aff}\u{1b000}-\u{1b2ff}\u{20000}-\u{2fffd}\u{30000}-\u{3fffd}\p{Emoji_Presentation}]/u;

/** Characters that take no column: combining marks and default-ignorable characters (zero-width space, joiners…). */
const ZERO_WIDTH = /^[\p{Mn}\p{Me}\p{Default_Ignorable_Code_Point}]*$/u;

/**
 * What splits text into user-perceived characters (a letter with its combining marks, an emoji
 * sequence, a flag), made at its first use: only tables measure text. Code points where
 * `Intl.Segmenter` is missing.
 */
const graphemes = once(() => (typeof Intl.Segmenter === 'function' ? new Intl.Segmenter('en', { granularity: 'grapheme' }) : undefined));

/**
 * How many terminal columns a text takes: two for a wide character (CJK, fullwidth forms,
 * emoji), none for a combining mark or a zero-width character, one for anything else, counted
 * by user-perceived character (a letter and its accents, an emoji sequence). Meant for text
 * whose controls are escaped (`escapeControls`).
 *
 * @example
 * ```ts
 * displayWidth('Café'); // 4
 * displayWidth('東京'); // 4
 * displayWidth('e\u0301'); // 1
 * ```
 */
export function displayWidth(text: string): number {
  if (PRINTABLE_ASCII.test(text)) return text.length;
  let width = 0;
  const segmenter = graphemes();
  /* c8 ignore next -- code points where Intl.Segmenter is missing (browsers before 2024), never in Node.js 20 */
  const clusters = segmenter === undefined ? Array.from(text, (segment) => ({ segment })) : segmenter.segment(text);
  for (const { segment } of clusters) width += WIDE.test(segment) ? 2 : ZERO_WIDTH.test(segment) ? 0 : 1;
  return width;
}
