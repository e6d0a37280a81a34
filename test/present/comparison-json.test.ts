import { readFileSync } from 'node:fs';
import { fc, test as fcTest } from '@fast-check/vitest';
import { compareOffersAfterTax } from '../../src/tax.js';
import { describe, expect, test } from 'vitest';
import { compareOffers, comparisonToJSON, type ComparisonJson, evaluateOffer, evaluationToJSON, type OfferInput } from '../../src/index.js';
import { comparisonView } from '../../src/present/comparison-view.js';
import { offerInput } from '../arbitraries.js';
import { hospitalCoder, remoteCpc } from '../fixtures/seed-offers.js';

test('each entry is evaluationToJSON(evaluation) plus the comparison fields (docs/semantics.md §18)', () => {
  const json = comparisonToJSON(compareOffers([remoteCpc, hospitalCoder]));
  expect(json).toMatchObject({ currency: 'USD', metric: 'annual', years: 5, planYear: 2026, closePercent: '2', referenceIndex: '100', closeCall: false });
  expect(json.ranking).toEqual(['mercy-ccs', 'remote-cpc-oklahoma']);
  const offer = json.offers[0];
  if (offer === undefined) throw new Error('no offer');
  const { rank, value, deltaToBest, deltaToBestPercent, closeToBest, categoryDeltas, breakEvenBase, breakEvenRate, projection, ...entry } = offer;
  expect(entry).toEqual(evaluationToJSON(evaluateOffer(remoteCpc)));
  // 63,598.9536 − 74,430.50 = −10,831.5464 → −10,831.55; of 74,430.50: −14.55…% → −14.6
  expect([rank, value, deltaToBest, deltaToBestPercent, closeToBest]).toEqual([2, '63598.95', '-10831.55', '-14.6', false]);
  // A salaried offer has no break-even rate; the projection is listed only for the horizon metric.
  expect([breakEvenRate, projection]).toEqual([null, null]);
  expect(Object.keys(categoryDeltas)).toEqual(['cash', 'benefits', 'costs']);
  // annual = base + 5 % bonus + 4 % match on (base + bonus) = base × (1 + 0.05 + 0.04 × 1.05) = 1.092 × base
  // → base ≥ 74,430.50 / 1.092 = 68,159.7985… → 68,159.80 (1.092 × 68,159.79 = 74,430.49 falls short)
  expect(breakEvenBase).toBe('68159.80');
  expect(json.offers[1]).toMatchObject({ rank: 1, deltaToBest: '0.00' });
});

test('an hourly offer gets its break-even rate; a zero best gives no percent; horizon lists the projected years', () => {
  // B: 20 × 2,080 = 41,600 against A's 52,000: base 52,000 → 52,000 / 2,080 = 25.00 an hour.
  const hourly = comparisonToJSON(compareOffers([
    { id: 'a', label: 'A', pay: { type: 'salary', amount: 52000 } },
    { id: 'b', label: 'B', pay: { type: 'hourly', rate: 20 } },
  ], { metric: 'horizon', years: 2 }));
  expect(hourly.offers[1]).toMatchObject({ breakEvenBase: '52000.00', breakEvenRate: '25.00', deltaToBestPercent: '-20.0' });
  // Two years of 52,000: cumulative 104,000; no discount, so present values equal the totals.
  expect(hourly.offers[0]?.projection?.map((year) => [year.year, year.total, year.cumulative, year.cumulativePresentValue])).toEqual([
    [1, '52000.00', '52000.00', '52000.00'],
    [2, '52000.00', '104000.00', '104000.00'],
  ]);
  const zero = comparisonToJSON(compareOffers([
    { id: 'z', label: 'Zero', pay: { type: 'salary', amount: 0 } },
    { id: 'y', label: 'Also zero', pay: { type: 'salary', amount: 0 } },
  ]));
  expect(zero.offers.map((offer) => offer.deltaToBestPercent)).toEqual([null, null]);
});

test('break-even figures use the currency minor unit: whole yen in a JPY comparison', () => {
  const comparison = compareOffers([
    { id: 'tokyo', label: 'Tokyo', currency: 'JPY', pay: { type: 'salary', amount: 6000000 } },
    // metric = base + 10 % bonus = 1.1 × base ≥ 6,000,000 → base ≥ 5,454,545.45… → 5,454,546 yen
    // (1.1 × 5,454,545 = 5,999,999.5 falls short; in cents the answer would be 5,454,545.46).
    {
      id: 'osaka',
      label: 'Osaka',
      currency: 'JPY',
      pay: { type: 'salary', amount: 5000000 },
      bonuses: [{ label: 'Annual', kind: 'performance', percentOfBase: 10 }],
    },
    // 2,000 yen an hour × 2,080 h = 4,160,000; break-even 6,000,000 → rate ≥ 2,884.615… → 2,885 yen an hour.
    { id: 'kobe', label: 'Kobe', currency: 'JPY', pay: { type: 'hourly', rate: 2000 } },
  ]);
  const json = comparisonToJSON(comparison);
  expect(json.offers.map((offer) => offer.breakEvenBase)).toEqual(['6000000', '5454546', '6000000']);
  expect(json.offers.map((offer) => offer.deltaToBest)).toEqual(['0', '-500000', '-1840000']);
  expect(comparison.offers[2]?.breakEvenRate?.toString()).toBe('2885');
});

describe('nothing the table shows is missing from the JSON (issue 20, item 3)', () => {
  /** A decimal without trailing zeros: the table writes -100%, the JSON -100.0. */
  const canonical = (figure: string) => (figure.includes('.') ? figure.replace(/\.?0+$/, '') : figure);
  /** Every figure in a text, as JSON writes it: no currency sign, no grouping, no sign. */
  const figures = (text: string) => [...text.matchAll(/\d[\d,]*(?:\.\d+)?/g)].map((match) => canonical(match[0].replaceAll(',', '')));
  /** Every string and number in a JSON value, signs dropped. */
  const values = (value: unknown): Set<string> => {
    const found = new Set<string>();
    const walk = (item: unknown) => {
      if (typeof item === 'string' || typeof item === 'number') found.add(canonical(String(item).replace(/^-/, '')));
      else if (typeof item === 'object' && item !== null) for (const child of Object.values(item)) walk(child);
    };
    walk(value);
    return found;
  };
  /** The figures of the table's cells that its offer's JSON lacks, and the totals labels' figures the comparison's JSON lacks. */
  const missing = (comparison: ReturnType<typeof compareOffers>, json: ComparisonJson = comparisonToJSON(comparison)) => {
    const view = comparisonView(comparison, { locale: 'en-US' });
    const { offers, ...top } = json;
    const absent: string[] = [];
    view.columns.forEach((column, index) => {
      const offer = offers.find((entry) => entry.id === column.id);
      const known = values(offer);
      for (const section of view.sections) {
        for (const row of section.rows) for (const figure of figures(row.cells[index] ?? '')) if (!known.has(figure)) absent.push(`${column.id} ${row.label}: ${figure}`);
      }
    });
    const totals = view.sections.find((section) => section.title === 'Totals');
    const knownTop = values(top);
    for (const row of totals?.rows ?? []) for (const figure of figures(row.label)) if (!knownTop.has(figure)) absent.push(`${row.label}: ${figure}`);
    return absent;
  };
  const examples = (JSON.parse(readFileSync(new URL('../../examples/offers.json', import.meta.url), 'utf8')) as { offers: OfferInput[] }).offers;

  test.each([
    ['annual', {}],
    ['horizon over 3 years', { metric: 'horizon', years: 3 }],
    ['adjusted to a reference of 95', { metric: 'adjusted', reference: { costIndex: 95 } }],
    ['effective hourly, close calls within 20 %', { metric: 'effectiveHourly', closePercent: 20 }],
  ] as const)('the example offers ranked on %s', (_, options) => {
    const comparison = compareOffers(examples, options);
    expect(comparisonView(comparison, { locale: 'en-US' }).sections.at(-1)?.rows.length).toBeGreaterThan(5);
    expect(missing(comparison)).toEqual([]);
  });

  test('the example offers after tax: the Taxes block too', () => {
    const comparison = compareOffersAfterTax(examples, { filingStatus: 'married-joint', taxYear: 2026 });
    expect(comparisonView(comparison, { locale: 'en-US' }).sections.at(-1)?.title).toBe('Taxes (estimated: tax year 2026, married filing jointly)');
    expect(missing(comparison)).toEqual([]);
  });

  fcTest.prop([fc.array(offerInput, { minLength: 1, maxLength: 3 }), fc.constantFrom('annual', 'horizon', 'firstYear')], { numRuns: 25 })(
    'any valid offers, on any metric',
    (offers, metric) => {
      const comparison = compareOffers(offers.map((offer, index) => ({ ...offer, id: `o${index}` })), { metric, years: 2 });
      expect(missing(comparison)).toEqual([]);
    },
  );

  test('the walk can fail: the JSON of 0.1, without breakEvenRate and paidTimeOff, misses figures', () => {
    const comparison = compareOffers(examples);
    const json = comparisonToJSON(comparison);
    const old = { ...json, offers: json.offers.map(({ breakEvenRate, paidTimeOff, ...offer }) => ({ ...offer, breakEvenRate: null, paidTimeOff: { ...paidTimeOff, value: '' } })) };
    expect(missing(comparison, old)).toEqual([
      'mercy-ccs Paid time off (inside base): 7323.08',
      'remote-cpc Paid time off (inside base): 6272.09',
      'office-biller Paid time off (inside base): 3939.6',
      'office-biller Base needed to match the best: 29.03',
    ]);
    expect(figures('-$13,694.95 (-18.4%) and $60,372.00 ($29.10/h)')).toEqual(['13694.95', '18.4', '60372', '29.1']);
  });
});

test('an explanation rounds on its own: the example biller match reads $2,255.67, its allocated line $2,255.68 (docs/semantics.md §15)', () => {
  const offers = JSON.parse(readFileSync(new URL('../../examples/offers.json', import.meta.url), 'utf8')) as { offers: OfferInput[] };
  const biller = comparisonToJSON(compareOffers(offers.offers)).offers.find((offer) => offer.id === 'office-biller');
  const match = biller?.lines.find((line) => line.component === 'retirement-match');
  // 4 % (100 % of 3 % + 50 % of 2 %) of $56,391.87 eligible pay = $2,255.67 (the exact figure rounded alone);
  // the biller's lines are allocated from its shown total, which gives this line the extra cent.
  expect(match?.amount).toBe('2255.68');
  expect(match?.explanation).toMatch(/= \$2,255\.67\.$/);
});
