import { escapeControls } from './escape-controls.js';

/** Longest piece of a user's string quoted back in a message. */
const QUOTE_MAX_LENGTH = 40;

/**
 * Names a value a user supplied, for an error message: strings quoted, shortened to 40
 * characters and with their controls escaped (safe on a terminal, one line), numbers as
 * written, everything else by its kind.
 *
 * @example
 * ```ts
 * describeValue("abc"); // '"abc"'
 * describeValue([1]);   // "a list"
 * ```
 */
export function describeValue(value: unknown): string {
  if (typeof value === 'string') {
    const shown = value.length > QUOTE_MAX_LENGTH ? `${value.slice(0, QUOTE_MAX_LENGTH)}…` : value;
    return escapeControls(JSON.stringify(shown));
  }
  if (typeof value === 'number') return Number.isNaN(value) ? 'NaN' : String(value);
  if (value === null) return 'null';
  if (value === undefined) return 'nothing';
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'object') return 'an object';
  return typeof value === 'boolean' ? String(value) : `a ${typeof value}`;
}
