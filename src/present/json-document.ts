import { escapeJsonControls } from '../util/escape-controls.js';

/**
 * A value as the JSON the library prints: two-space indented, a line end last, and controls and
 * bidirectional marks escaped so that none reaches a terminal raw (docs/semantics.md §15.1).
 *
 * @example
 * ```ts
 * jsonDocument({ label: 'a\u202eb' }); // '{\n  "label": "a\\u202eb"\n}\n'
 * ```
 */
export function jsonDocument(value: unknown): string {
  return `${escapeJsonControls(JSON.stringify(value, null, 2))}\n`;
}
