/**
 * What a text needs to be seen: a character that is not white space, a control, a
 * default-ignorable character (zero-width space, joiners, bidirectional marks, the Hangul
 * fillers…), a combining mark on its own, or the blank braille pattern.
 */
const VISIBLE = /[^\p{White_Space}\p{Cc}\p{Default_Ignorable_Code_Point}\p{Mn}\p{Me}\u2800]/u;

/**
 * Whether a text shows anything: false for a text empty to the eye, such as zero-width spaces
 * alone, which a label must not be (docs/semantics.md §1).
 *
 * @example
 * ```ts
 * hasVisibleText('\u200b\u200d'); // false
 * hasVisibleText('A'); // true
 * ```
 */
export function hasVisibleText(text: string): boolean {
  return VISIBLE.test(text);
}
