import { expect, test } from 'vitest';
import { hasVisibleText } from '../../src/util/visible-text.js';

test('a text shows something unless it is white space, controls, zero-width or lone combining characters', () => {
  for (const invisible of ['', ' \t\n', '\u200b\u200c\u200d\u2060\ufeff', '\u202e\u2066\u200e', '\u00ad', '\u3164\u115f', '\u0301\u20dd', '\u2800', '\u0007\u001b']) {
    expect(hasVisibleText(invisible)).toBe(false);
  }
  for (const visible of ['A', '\u200bA', 'e\u0301', '東', '👩', '.', '\u00a0x']) expect(hasVisibleText(visible)).toBe(true);
});
