import { expect, test } from 'vitest';
import { comparisonView } from '../../src/present/comparison-view.js';
import { compareOffers } from '../../src/index.js';
import { hourlyBiller, salariedCpc } from '../fixtures/seed-offers.js';

test('rows are the union of the offers\' lines, grouped by category, best offer first', () => {
  const view = comparisonView(compareOffers([hourlyBiller, salariedCpc]), { locale: 'en-US' });
  expect(view.columns.map((column) => column.heading)).toEqual(['#1 orthopedic-practice-cpc ★ best', '#2 physician-office-biller']);
  expect(view.sections.map((section) => section.title)).toEqual(['Guaranteed cash', 'Variable cash (expected)', 'Benefits', 'Totals']);
  // Base salary and base pay share one row, under a neutral label.
  expect(view.sections[0]?.rows).toEqual([{ label: 'Base pay', cells: ['$64,712.00', '$48,776.00'] }]);
  expect(view.sections[1]?.rows.map((row) => row.label)).toEqual(['Annual performance', 'Overtime', 'Overtime on bonuses', 'Productivity']);
  expect(view.sections[1]?.rows[0]?.cells).toEqual(['$1,941.36', '—']);
  expect(view.notes[0]).toBe('Best: orthopedic-practice-cpc (Orthopedic practice CPC).');
});
