import { describe, expect, test } from 'vitest';
import { formatComparison } from '../../src/format.js';
import { compareOffers, type OfferInput } from '../../src/index.js';
import { HOSTILE_LABELS, offersLabelled, UNSAFE_FOR_A_TERMINAL } from '../fixtures/hostile-text.js';

const offers: OfferInput[] = [
  { id: 'a', label: 'Clinic, "downtown"', pay: { type: 'salary', amount: 60000 }, costs: { other: [{ label: 'Parking, monthly', annualAmount: 600 }] } },
  { id: 'b', label: 'Hospital', pay: { type: 'hourly', rate: 30 }, bonuses: [{ label: 'Sign-on', kind: 'signing', amount: 1000 }] },
];
const comparison = compareOffers(offers);

describe('formatComparison', () => {
  test('table: offers side by side, best marked, lines grouped, totals and break-even', () => {
    const table = formatComparison(comparison);
    // a: 60,000 − 600 = 59,400; b: 30 × 2,080 = 62,400 (first year 63,400)
    expect(table).toContain('best first: b, a');
    expect(table).toContain('#1 b ★ best');
    expect(table).toMatch(/Costs \(subtracted\)\n {2}Parking, monthly +— +-\$600\.00\n/);
    expect(table).toMatch(/One-time \(first year only\)\n {2}Sign-on +\$1,000\.00 +—\n/);
    expect(table).toMatch(/Annual total +\$62,400\.00 +\$59,400\.00/);
    // a needs base − 600 ≥ 62,400 → 63,000
    expect(table).toMatch(/Base needed to match the best +— +\$63,000\.00/);
    expect(table).toMatch(/Difference from best \(annual total\) +best +-\$3,000\.00 \(-4\.8%\)/);
    const widths = new Set(table.split('\n').filter((row) => row.startsWith('  ') && row.includes('$')).map((row) => row.length));
    expect(widths.size).toBe(1);
  });

  test('a close call is named instead of a clear winner', () => {
    const close = compareOffers([offers[0] as OfferInput, { id: 'c', label: 'C', pay: { type: 'salary', amount: 60000 } }]);
    // c 60,000 vs a 59,400: 600 is within 2 % of 60,000 (1,200)
    expect(formatComparison(close)).toContain('Close call: a is within 2% of c');
    expect(formatComparison(close)).toContain('#1 c (close call)');
  });

  test('markdown: a GitHub table with escaped pipes', () => {
    const withPipe = compareOffers([{ id: 'p', label: 'Pipe | offer', pay: { type: 'salary', amount: 1 } }]);
    const markdown = formatComparison(withPipe, { format: 'markdown' });
    expect(markdown).toContain('Pipe \\| offer');
    expect(formatComparison(comparison, { format: 'markdown' })).toMatch(/^\*\*Offers compared on annual total \(USD\), best first: b, a\*\*\n\n\| {2}\| #1 b ★ best<br>Hospital \| #2 a<br>Clinic, "downtown" \|\n\| --- \| ---: \| ---: \|\n/);
  });

  test('csv: RFC 4180, one row per line per offer', () => {
    const csv = formatComparison(comparison, { format: 'csv' });
    const rows = csv.split('\r\n');
    expect(rows[0]).toBe('offer_id,offer_label,rank,component,label,category,recurring,amount,explanation');
    expect(rows[1]).toBe('a,"Clinic, ""downtown""",2,base,Base salary,guaranteed-cash,true,60000.00,"$60,000.00 a year."');
    expect(rows[2]).toBe('a,"Clinic, ""downtown""",2,cost,"Parking, monthly",costs,true,600.00,"$600.00 a year, subtracted from the total."');
    expect(rows[4]).toMatch(/^b,Hospital,1,bonus,Sign-on,variable-cash,false,1000\.00,/);
    expect(rows.at(-1)).toBe('');
    expect(rows).toHaveLength(6);
  });

  test('json: exactly the JSON of docs/semantics.md §18', () => {
    const json = JSON.parse(formatComparison(comparison, { format: 'json' }));
    expect(Object.keys(json)).toEqual(['currency', 'metric', 'years', 'planYear', 'closePercent', 'referenceIndex', 'closeCall', 'ranking', 'offers']);
    expect(json.ranking).toEqual(['b', 'a']);
    expect(Object.keys(json.offers[0])).toEqual([
      'id', 'label', 'totals', 'lines', 'paidTimeOff', 'warnings', 'rank', 'value', 'deltaToBest', 'deltaToBestPercent',
      'closeToBest', 'categoryDeltas', 'breakEvenBase', 'breakEvenRate', 'projection',
    ]);
    expect(Object.keys(json.offers[0].lines[0])).toEqual(['component', 'category', 'label', 'amount', 'recurring', 'explanation']);
    expect(json.offers[0]).toMatchObject({ id: 'a', rank: 2, deltaToBest: '-3000.00', breakEvenBase: '63000.00' });
    expect(json.offers[1]).toMatchObject({ id: 'b', rank: 1, deltaToBest: '0.00', breakEvenBase: '62400.00' });
  });

  test('locale changes the numbers of table and markdown only', () => {
    expect(formatComparison(comparison, { locale: 'de-DE' })).toContain('62.400,00');
    expect(formatComparison(comparison, { format: 'csv', locale: 'de-DE' })).toBe(formatComparison(comparison, { format: 'csv' }));
  });

  test('an unknown format is refused', () => {
    expect(() => formatComparison(comparison, { format: 'xml' as 'csv' })).toThrow(/unknown format "xml"/);
  });
});

test('horizon tables show the cumulative total; a zero best shows no percent', () => {
  const horizon = formatComparison(compareOffers(offers, { metric: 'horizon', years: 2 }));
  // b: 62,400 × 2 + 1,000 sign-on = 125,800
  expect(horizon).toMatch(/Cumulative, 2 years +\$125,800\.00 +\$118,800\.00/);
  const zero = compareOffers([
    { id: 'z', label: 'Zero', pay: { type: 'salary', amount: 0 } },
    { id: 'y', label: 'Costly', pay: { type: 'salary', amount: 0 }, costs: { other: [{ label: 'Fees', annualAmount: 10 }] } },
  ]);
  expect(zero.offers[1]?.deltaToBest.percent).toBeNull();
  expect(formatComparison(zero)).toMatch(/Difference from best \(annual total\) +best +-\$10\.00\n/);
});

test('two close calls are named together', () => {
  const close = compareOffers([
    { id: 'c', label: 'C', pay: { type: 'salary', amount: 60000 } },
    { id: 'd', label: 'D', pay: { type: 'salary', amount: 59900 } },
    { id: 'e', label: 'E', pay: { type: 'salary', amount: 59800 } },
  ]);
  expect(formatComparison(close)).toContain('Close call: d, e are within 2% of c');
});

test('table columns line up by display width: wide CJK characters, combining marks (issue 19, item 4)', () => {
  // The test's own measure: CJK ideographs and kana take two columns, combining marks none.
  const columns = (text: string) => [...text].reduce((width, character) => width + (/[\u3000-\u9fff]/.test(character) ? 2 : /\p{M}/u.test(character) ? 0 : 1), 0);
  const wide = compareOffers([
    { id: 'tokyo', label: '東京オフィス', pay: { type: 'salary', amount: 60000 }, benefits: { other: [{ label: '通勤手当', annualValue: 1200 }] } },
    { id: 'cafe', label: 'Cafe\u0301 Rene\u0301', pay: { type: 'salary', amount: 55000 }, benefits: { other: [{ label: 'Repas offerts', annualValue: 900 }] } },
  ]);
  const table = formatComparison(wide);
  const rows = table.split('\n').filter((row) => row.startsWith('  ') && row.includes('$'));
  expect(rows.some((row) => row.includes('通勤手当'))).toBe(true);
  expect(new Set(rows.map(columns)).size).toBe(1);
});

test('json keeps every label exactly, with no control character raw (issue 19, item 2)', () => {
  const json = formatComparison(compareOffers(offersLabelled(HOSTILE_LABELS)), { format: 'json' });
  expect(json).not.toMatch(UNSAFE_FOR_A_TERMINAL);
  const parsed = JSON.parse(json) as { offers: { label: string; lines: { label: string }[] }[] };
  expect(parsed.offers.map((offer) => offer.label)).toEqual(HOSTILE_LABELS.map((label) => label.trim()));
  expect(parsed.offers.map((offer) => offer.lines[1]?.label)).toEqual(HOSTILE_LABELS.map((label) => label.trim()));
});
