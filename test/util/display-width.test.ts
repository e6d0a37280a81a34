import { expect, test } from 'vitest';
import { displayWidth } from '../../src/util/display-width.js';

test.each([
  ['Base pay', 8],
  ['', 0],
  ['Café', 4],
  ['Cafe\u0301', 4],
  ['東京オフィス', 12],
  ['ＡＢ', 4],
  ['한국', 4],
  ['👩\u200d💻 dev', 6],
  ['🇺🇸', 2],
  ['❤\ufe0f', 2],
  ['a\u200bb', 2],
  ['−$1,000.00 – €', 14],
])('%j takes %i columns: two for a wide character or an emoji, none for a combining mark or a joiner', (text, width) => {
  expect(displayWidth(text)).toBe(width);
});
