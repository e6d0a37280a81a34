import { fc, test as fcTest } from '@fast-check/vitest';
import { expect, test } from 'vitest';
import { escapeControls, escapeJsonControls } from '../../src/util/escape-controls.js';

/** What a terminal must never receive raw from a user's text. */
const UNSAFE = /[\u0000-\u001f\u007f-\u009f\u061c\u200e\u200f\u2028-\u202e\u2066-\u2069]/;

test('controls and bidirectional controls become escapes a reader can see; other text is kept', () => {
  expect(escapeControls('A\u001b[2J\u001b]0;title\u0007B')).toBe('A\\u001b[2J\\u001b]0;title\\u0007B');
  expect(escapeControls('a\r\nb\tc')).toBe('a\\r\\nb\\tc');
  expect(escapeControls('\u009b31m \u202eevil \u2066x\u2069 \u061c \u2028')).toBe('\\u009b31m \\u202eevil \\u2066x\\u2069 \\u061c \\u2028');
  expect(escapeControls('Café — 東京 👩‍💻 \\ "')).toBe('Café — 東京 👩‍💻 \\ "');
});

fcTest.prop([fc.string({ unit: 'binary' })])('nothing unsafe is left, and escaping twice changes nothing more', (text) => {
  const once = escapeControls(text);
  expect(once).not.toMatch(UNSAFE);
  expect(escapeControls(once)).toBe(once);
});

fcTest.prop([fc.string({ unit: 'binary' })])('JSON text keeps what it parses to, with nothing unsafe left', (text) => {
  const json = escapeJsonControls(JSON.stringify({ text }));
  expect(json).not.toMatch(UNSAFE);
  expect(JSON.parse(json)).toEqual({ text });
});
