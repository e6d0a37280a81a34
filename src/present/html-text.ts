import { escapeControls } from '../util/escape-controls.js';

/** The characters HTML reads as markup in text and in quoted attribute values, and their references. */
const HTML_REFERENCES: Readonly<Record<string, string>> = Object.freeze({
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
});

/**
 * A user's text as HTML that shows that very text, in an element or a quoted attribute value
 * (docs/semantics.md §15.1, §23): controls and bidirectional marks escaped as on a terminal (see
 * {@link escapeControls}), then `& < > " '` written as character references, so no tag,
 * attribute or entity of the input survives.
 *
 * @example
 * ```ts
 * htmlText('<img src=x onerror="alert(1)"> & co'); // "&lt;img src=x onerror=&quot;alert(1)&quot;&gt; &amp; co"
 * ```
 */
export function htmlText(text: string): string {
  return escapeControls(text).replace(/[&<>"']/g, (character) => HTML_REFERENCES[character] as string);
}
