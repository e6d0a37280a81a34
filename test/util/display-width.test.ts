import { expect, test } from 'vitest';
import { displayWidth } from '../../src/util/display-width.js';

test('columns a terminal draws: two for wide characters and emoji, none for combining marks and joiners', () => {
  expect(displayWidth('Base pay')).toBe(8);
  expect(displayWidth('')).toBe(0);
  expect(displayWidth('Café')).toBe(4);
  expect(displayWidth('Cafe\u0301')).toBe(4);
  expect(displayWidth('東京オフィス')).toBe(12);
  expect(displayWidth('ＡＢ')).toBe(4);
  expect(displayWidth('한국')).toBe(4);
  expect(displayWidth('👩\u200d💻 dev')).toBe(6);
  expect(displayWidth('🇺🇸')).toBe(2);
  expect(displayWidth('❤\ufe0f')).toBe(2);
  expect(displayWidth('a\u200bb')).toBe(2);
  expect(displayWidth('−$1,000.00 – €')).toBe(14);
});
