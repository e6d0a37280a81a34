import { describe, expect, test } from 'vitest';
import { formatComparison } from '../../src/format.js';
import { comparisonView, TABLE_OFFERS_MAX } from '../../src/present/comparison-view.js';
import { compareOffers, type OfferInput } from '../../src/index.js';
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

describe('large comparisons (issue 19, item 5)', () => {
  /** `count` offers, each with 50 bonuses labelled differently from every other offer's; ids, labels and amounts of one width. */
  const labelled = (count: number) =>
    compareOffers(
      Array.from({ length: count }, (_, index) => ({
        id: `o${String(index).padStart(3, '0')}`,
        label: `Offer ${index}`,
        pay: { type: 'salary', amount: 500_000 + 1_000 * index },
        bonuses: Array.from({ length: 50 }, (__, bonus) => ({ label: `Bonus ${String(index).padStart(3, '0')}.${bonus}`, kind: 'team', amount: 1 })),
      })) as OfferInput[],
    );

  test('a table shows the best offers, at most TABLE_OFFERS_MAX, and says where to find the rest', () => {
    const view = comparisonView(labelled(25), { locale: 'en-US' });
    expect(view.columns.map((column) => column.id)).toEqual(Array.from({ length: TABLE_OFFERS_MAX }, (_, index) => `o0${24 - index}`));
    // Rows: base, the 50 bonuses of each offer shown; every row one cell per offer shown.
    expect(view.sections[1]?.rows).toHaveLength(50 * TABLE_OFFERS_MAX);
    for (const row of view.sections.flatMap((section) => section.rows)) expect(row.cells).toHaveLength(TABLE_OFFERS_MAX);
    expect(view.title).toBe(`Offers compared on annual total (USD), best first: ${view.columns.map((column) => column.id).join(', ')} and 15 more`);
    expect(view.notes).toContain(`The table shows the best ${TABLE_OFFERS_MAX} of 25 offers; the csv and json formats list them all.`);
    // 524,000 − 2 % = 513,520: o023 to o014 are close calls, o014 not shown.
    expect(view.notes[0]).toBe(`Close call: ${view.columns.slice(1).map((column) => column.id).join(', ')} and 1 more are within 2% of o024; estimates of bonuses and overtime are rarely better than that.`);
    expect(view.columns[0]?.heading).toBe('#1 o024 (close call)');
  });

  test('what a table or Markdown writes does not grow with the offers beyond those it shows', () => {
    for (const format of ['table', 'markdown'] as const) {
      const [few, many] = [40, 160].map((count) => formatComparison(labelled(count), { format }).length);
      // Four times the offers: the same table, but for the count in its note and title.
      expect(Math.abs((many as number) - (few as number))).toBeLessThan(20);
    }
  });
});
