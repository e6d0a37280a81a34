import { expect, test } from 'vitest';
import { formatComparison } from '../../src/format.js';
import { compareOffers } from '../../src/index.js';
import { HOSTILE_LABEL_GROUPS, offersLabelled, UNSAFE_FOR_A_TERMINAL } from '../fixtures/hostile-text.js';

test.each(HOSTILE_LABEL_GROUPS)('no control character or bidirectional control of a label reaches the terminal; each is shown escaped (issue 19, item 2)', (...labels) => {
  const table = formatComparison(compareOffers(offersLabelled(labels)));
  expect(table).not.toMatch(UNSAFE_FOR_A_TERMINAL);
  // Each label's row is one line: as many lines as without the line breaks.
  const plain = formatComparison(compareOffers(offersLabelled(labels.map((_, index) => `label ${index}`))));
  expect(table.split('\n')).toHaveLength(plain.split('\n').length);
});

test('controls are shown as escapes a reader can see', () => {
  const labels = ['A\u001b[2J\u001b]0;title\u0007', 'first line\nforged: second line', 'invoice\u202egnp.exe'];
  const table = formatComparison(compareOffers(offersLabelled(labels)));
  expect(table).toContain('A\\u001b[2J\\u001b]0;title\\u0007');
  expect(table).toContain('first line\\nforged: second line');
  expect(table).toContain('invoice\\u202egnp.exe');
});
