import { fc, test as fcTest } from '@fast-check/vitest';
import { expect, test } from 'vitest';
import { htmlText } from '../../src/present/html-text.js';
import { escapeControls } from '../../src/util/escape-controls.js';
import { HOSTILE_LABELS } from '../fixtures/hostile-text.js';

/** What a browser shows for HTML text made of character references and plain characters. */
const decode = (text: string) => text.replace(/&(amp|lt|gt|quot|#39);/g, (_, name: string) => ({ amp: '&', lt: '<', gt: '>', quot: '"', '#39': "'" })[name] as string);

test('markup, attributes and entities become their literal text (docs/semantics.md §23)', () => {
  expect(htmlText('<script>alert(1)</script>')).toBe('&lt;script&gt;alert(1)&lt;/script&gt;');
  expect(htmlText('" onmouseover=\'x\'')).toBe('&quot; onmouseover=&#39;x&#39;');
  // An entity in the input stays the text of that entity: "&lt;" shows as "&lt;", not "<".
  expect(htmlText('&lt;b&gt;')).toBe('&amp;lt;b&amp;gt;');
  expect(htmlText('Mercy General — coder')).toBe('Mercy General — coder');
});

test('controls and bidirectional overrides are escaped as on a terminal', () => {
  expect(htmlText('invoice\u202egnp.exe')).toBe('invoice\\u202egnp.exe');
  expect(htmlText('a\nb<')).toBe('a\\nb&lt;');
});

test.each(HOSTILE_LABELS)('hostile label %j: no markup character survives', (label) => {
  expect(htmlText(label)).not.toMatch(/[<>"']/);
});

fcTest.prop([fc.string({ unit: 'binary', maxLength: 60 })])('any text: no markup character, and it reads back as the terminal-safe text', (text) => {
  const written = htmlText(text);
  expect(written).not.toMatch(/[<>"']/);
  // Every & starts one of the five references.
  expect(written.replace(/&(amp|lt|gt|quot|#39);/g, '')).not.toContain('&');
  expect(decode(written)).toBe(escapeControls(text));
});
