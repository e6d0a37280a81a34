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

test('a second plan’s match is a second row; waiting periods show among the one-time lines, negative', () => {
  const view = comparisonView(
    compareOffers([
      {
        label: 'Two plans',
        pay: { type: 'salary', amount: 60000 },
        benefits: {
          retirement: [
            { plan: '403b', match: [{ matchPercent: 100, upToPercentOfPay: 3 }] },
            { plan: '457b', match: [{ matchPercent: 50, upToPercentOfPay: 2 }] },
          ],
        },
      },
      {
        label: 'One plan, a wait',
        pay: { type: 'salary', amount: 60000 },
        benefits: { retirement: { plan: '401k', match: [{ matchPercent: 100, upToPercentOfPay: 4 }], startsAfterMonths: 6 } },
      },
    ]),
    { locale: 'en-US' },
  );
  // 403(b) 3 % = 1,800; 457(b) 50 % × 2 % = 600; 401(k) 4 % = 2,400, waiting 2,400 × 6/12 = 1,200.
  // Both annual totals are 62,400: a tie keeps the order given.
  const benefits = view.sections.find((section) => section.title === 'Benefits');
  expect(benefits?.rows).toEqual([
    { label: 'Retirement match', cells: ['$1,800.00', '$2,400.00'] },
    { label: '457(b) match', cells: ['$600.00', '—'] },
  ]);
  const oneTime = view.sections.find((section) => section.title === 'One-time (first year only)');
  expect(oneTime?.rows).toEqual([{ label: '401(k): waiting period', cells: ['—', '-$1,200.00'] }]);
});
