import { fc, test as fcTest } from '@fast-check/vitest';
import { expect, test } from 'vitest';
import { sum } from '../../src/decimal/decimal.js';
import { compareOffers, evaluateOffer, type OfferInput } from '../../src/index.js';
import { numberFormats } from '../../src/present/number-format.js';
import { shownEvaluation } from '../../src/present/shown-evaluation.js';
import { barChart, stackedParts } from '../../src/present/svg-bars.js';
import { offerInput } from '../arbitraries.js';

const { money } = numberFormats('USD', 'en-US');

/** The parts drawn in a chart: category, shown amount (data-amount) and height, bar by bar. */
function drawnParts(svg: string) {
  return [...svg.matchAll(/<g class="bar">(.*?)<\/g>/g)].map((bar) =>
    [...(bar[1] as string).matchAll(/<rect class="part" data-category="([a-z-]+)" data-amount="(-?[\d.]+)" x="[\d.-]+" y="([\d.-]+)" width="[\d.]+" height="([\d.]+)"/g)].map(
      ([, category, amount, y, height]) => ({ category, amount: Number(amount), y: Number(y), height: Number(height) }),
    ),
  );
}

const coder: OfferInput = {
  id: 'coder',
  label: 'Coder',
  pay: { type: 'salary', amount: 60000 },
  bonuses: [{ label: 'Accuracy', kind: 'accuracy', amount: 3000, expectedPayoutPercent: 50, maxPayoutPercent: 100 }],
  benefits: { other: [{ label: 'Gym', annualValue: 500 }] },
  costs: { other: [{ label: 'Parking', annualAmount: 1200 }] },
};

test('the four parts of a bar, by hand: they add up to the shown annual total', () => {
  const parts = stackedParts(shownEvaluation(evaluateOffer(coder)));
  // 60,000 guaranteed + 3,000 × 50 % = 1,500 variable + 500 benefits − 1,200 costs = 60,800
  expect(parts.map((part) => [part.category, part.amount.toFixed(2)])).toEqual([
    ['guaranteed-cash', '60000.00'],
    ['variable-cash', '1500.00'],
    ['benefits', '500.00'],
    ['costs', '-1200.00'],
  ]);
  expect(Object.isFrozen(parts) && Object.isFrozen(parts[0])).toBe(true);
});

test('the chart of that offer: heights proportional, costs below the zero line, total and range marked', () => {
  const svg = barChart([{ id: 'coder', figures: shownEvaluation(evaluateOffer(coder)) }], money);
  const [bar] = drawnParts(svg);
  expect(bar?.map((part) => part.category)).toEqual(['guaranteed-cash', 'variable-cash', 'benefits', 'costs']);
  // Low: 60,000 + 0 (no minimum payout) + 500 − 1,200 = 59,300; high: 60,000 + 3,000 + 500 − 1,200 = 62,300.
  // The chart spans the highest point, the high end 62,300 (above the stack's 62,000), down to the costs' −1,200,
  // over 240 px: one pixel is (62,300 + 1,200) / 240 = 264.58 dollars.
  const perPixel = 63500 / 240;
  for (const part of bar ?? []) expect(part.height).toBeCloseTo(Math.abs(part.amount) / perPixel, 2);
  // The costs hang from the zero line, where guaranteed cash stands.
  const guaranteed = bar?.[0];
  const costs = bar?.[3];
  expect(costs?.y).toBeCloseTo((guaranteed?.y ?? 0) + (guaranteed?.height ?? 0), 2);
  expect(svg).toContain('data-amount="60800.00"');
  expect(svg).toContain('<title>coder, low – high: $59,300.00 – $62,300.00</title>');
  expect(svg).toContain('<title>coder, minus costs: $1,200.00</title>');
  expect(svg).toMatch(/<svg [^>]*role="img" aria-labelledby="bars-title bars-desc"><title id="bars-title">/);
  // Colour is never the only cue: each part has its pattern and a legend entry.
  for (const words of ['Guaranteed cash', 'Variable cash', 'Benefits', 'Minus costs', 'Low – high range']) expect(svg).toContain(`>${words}</text>`);
});

test('a part of zero draws nothing', () => {
  const svg = barChart([{ id: 'plain', figures: shownEvaluation(evaluateOffer({ label: 'Plain', pay: { type: 'salary', amount: 50000 } })) }], money);
  expect(drawnParts(svg)[0]?.map((part) => part.category)).toEqual(['guaranteed-cash']);
});

fcTest.prop([fc.array(offerInput, { minLength: 1, maxLength: 4 })], { numRuns: 60 })(
  'any offers: the parts add up to the shown annual total, and every height is proportional to its amount',
  (inputs) => {
    const comparison = compareOffers(inputs.map((input, index) => ({ ...input, id: `o${index}` })));
    const bars = comparison.offers.map((offer) => ({ id: offer.id, figures: shownEvaluation(offer.evaluation) }));
    for (const { figures } of bars) expect(sum(stackedParts(figures).map((part) => part.amount)).equals(figures.totals.annual)).toBe(true);
    const drawn = drawnParts(barChart(bars, money)).flat();
    if (drawn.length === 0) return;
    // The scale from the tallest part; every height is its amount at that scale, to the thousandth of a pixel written.
    const tallest = drawn.reduce((best, part) => (Math.abs(part.amount) > Math.abs(best.amount) ? part : best), drawn[0] as (typeof drawn)[number]);
    const scale = tallest.height / Math.abs(tallest.amount);
    for (const part of drawn) expect(Math.abs(part.height - Math.abs(part.amount) * scale)).toBeLessThan(0.001);
  },
);
