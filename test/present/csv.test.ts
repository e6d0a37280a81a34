import { expect, test } from 'vitest';
import { formatComparison } from '../../src/format.js';
import { compareOffers } from '../../src/index.js';
import { escapeControls } from '../../src/util/escape-controls.js';
import { findings, FORMULA, HOSTILE_LABELS, offersLabelled, readCsv } from '../fixtures/hostile-text.js';

const TEXT_COLUMNS = ['offer_id', 'offer_label', 'component', 'label', 'category', 'explanation'];

test('no text cell starts a formula: = + - @ tab and CR get a leading quote; amounts stay numbers (issue 19, item 1)', () => {
  const comparison = compareOffers(offersLabelled(HOSTILE_LABELS));
  const csv = formatComparison(comparison, { format: 'csv' });
  const [header, ...rows] = readCsv(csv);
  expect(header).toEqual(['offer_id', 'offer_label', 'rank', 'component', 'label', 'category', 'recurring', 'amount', 'explanation']);
  expect(rows.length).toBe(HOSTILE_LABELS.length * 3);
  for (const row of rows) {
    expect(row).toHaveLength(9);
    for (const name of TEXT_COLUMNS) expect(row[(header as string[]).indexOf(name)]).not.toMatch(FORMULA);
    expect(row[7]).toMatch(/^\d+\.\d{2}$/);
    expect(row[2]).toMatch(/^\d+$/);
  }
  // Each label is the label as written, controls escaped, behind a quote when it starts a formula.
  HOSTILE_LABELS.forEach((label, index) => {
    const shown = escapeControls(label.trim());
    const expected = FORMULA.test(shown) ? `'${shown}` : shown;
    const ofOffer = rows.filter((row) => row[0] === `offer-${index}`);
    expect(ofOffer.map((row) => row[1])).toEqual([expected, expected, expected]);
    expect(ofOffer.filter((row) => row[3] !== 'base').map((row) => row[4])).toEqual([expected, expected]);
  });
  // Records end in CRLF; no other control character reaches the file.
  expect(findings('csv', csv, HOSTILE_LABELS, escapeControls)).toEqual([]);
});
