import { expect, test } from 'vitest';
import type { ComparedOffer } from '../../src/engine/comparison.js';
import { compareOffers, evaluateOffer, type OfferInput, projectOffer } from '../../src/index.js';
import { htmlText } from '../../src/present/html-text.js';
import { numberFormats } from '../../src/present/number-format.js';
import { lineChart, linePoints } from '../../src/present/svg-lines.js';

const { money } = numberFormats('USD', 'en-US');

const hospital: OfferInput = {
  id: 'hospital',
  label: 'Hospital <coder>',
  pay: { type: 'salary', amount: 68000 },
  bonuses: [{ label: 'Sign-on <b>', kind: 'signing', amount: 2000, clawback: { months: 24 } }],
  benefits: {
    retirement: { plan: '403b', match: [{ matchPercent: 50, upToPercentOfPay: 6 }], nonElectivePercent: 2, vesting: { type: 'graded', vestedPercentByYear: [20, 40, 60, 80, 100] } },
  },
};

test('points of a comparison: cumulative totals by hand, and each graded vesting step marked', () => {
  const comparison = compareOffers([hospital, { id: 'clinic', label: 'Clinic', pay: { type: 'salary', amount: 60000 } }], { metric: 'horizon', years: 3 });
  const offer = comparison.offers[0] as ComparedOffer;
  const points = linePoints(offer, 2, htmlText, money);
  // Annual: 68,000 + match 50 % × 6 % × 68,000 = 2,040 + non-elective 2 % × 68,000 = 1,360 → 71,400;
  // year 1 adds the sign-on 2,000: 73,400; then 144,800; 216,200.
  expect(points.map((point) => point.cumulative.toFixed(2))).toEqual(['73400.00', '144800.00', '216200.00']);
  expect(points.map((point) => point.events.map((event) => `${event.kind}: ${event.words}`))).toEqual([
    ['vesting: 403(b) employer money 20% vested'],
    ['vesting: 403(b) employer money 40% vested'],
    ['vesting: 403(b) employer money 60% vested'],
  ]);
  expect(Object.isFrozen(points) && Object.isFrozen(points[0]) && Object.isFrozen(points[0]?.events)).toBe(true);
});

test('leaving after a year: the forfeiture and the clawback are marked in that year, in words, labels escaped', () => {
  const projection = projectOffer(hospital, { years: 1, expectedTenureYears: 1 });
  // A stand-in for an offer of a comparison: what linePoints reads (the evaluation's offer, the projection).
  const offer = { evaluation: evaluateOffer(hospital), projection: projection.years } as unknown as ComparedOffer;
  const [year] = linePoints(offer, 2, htmlText, money);
  // Employer money of year 1: 2,040 + 1,360 = 3,400, 20 % vested: 80 % forfeited = 2,720.
  // The sign-on's 24 months are not served: all 2,000 repaid (not prorated).
  expect(year?.events.map((event) => `${event.kind}: ${event.words}`)).toEqual([
    'vesting: 403(b) employer money 20% vested',
    'taken-back: Sign-on &lt;b&gt; repaid: $2,000.00',
    'taken-back: Unvested 403(b) employer money forfeited: $2,720.00',
  ]);
  // 73,400 − 2,720 − 2,000 = 68,680
  expect(year?.cumulative.toFixed(2)).toBe('68680.00');
  const svg = lineChart([{ id: 'hospital', points: linePoints(offer, 2, htmlText, money) }], money);
  expect(svg).toContain('<g class="event" data-year="1">');
  expect(svg).toMatch(/font-weight="700" text-anchor="middle">!<\/text>/);
  expect(svg).toContain('Sign-on &lt;b&gt; repaid: $2,000.00');
});

test('the chart: one line per offer, each point where its figure puts it, dash patterns and markers that differ', () => {
  const comparison = compareOffers(
    [hospital, { id: 'clinic', label: 'Clinic', pay: { type: 'salary', amount: 60000 } }, { id: 'c', label: 'C', pay: { type: 'salary', amount: 50000 } }, { id: 'd', label: 'D', pay: { type: 'salary', amount: 40000 } }, { id: 'e', label: 'E', pay: { type: 'salary', amount: 30000 } }],
    { metric: 'horizon', years: 4 },
  );
  const series = comparison.offers.map((offer) => ({ id: offer.id, points: linePoints(offer, 2, htmlText, money) }));
  const svg = lineChart(series, money);
  const points = [...svg.matchAll(/ class="point" data-year="(\d)" data-amount="([\d.]+)"/g)].map(([, year, amount]) => ({ year: Number(year), amount: Number(amount) }));
  expect(points).toHaveLength(20);
  // y runs from 0 at the plot's bottom (300 − 40 = 260) to the highest point at its top (24), 236 units: linear in the amount.
  // The markers' anchors sit off their centre: a square's corner 4 up, a triangle's and a diamond's tip 5 up.
  const ys = [...svg.matchAll(/<(?:circle|rect|path) (?:cx="[\d.]+" cy="([\d.]+)"|x="[\d.]+" y="([\d.]+)" width="8"|d="M[\d.]+ ([\d.]+)L)[^>]*class="point"/g)].map((match) => Number(match[1] ?? match[2] ?? match[3]));
  expect(ys).toHaveLength(20);
  const highest = Math.max(...points.map((point) => point.amount));
  const offsets = [0, -4, -5, -5, 0];
  ys.forEach((y, index) => {
    const point = points[index] as { amount: number };
    const expected = 24 + ((highest - point.amount) / highest) * 236;
    expect(y - (offsets[Math.floor(index / 4)] as number)).toBeCloseTo(expected, 2);
  });
  // Lines 2, 3 and 4 dashed (the fifth starts the styles again, solid), and the dotted line of the highest figure.
  expect(svg.match(/stroke-dasharray="/g)).toHaveLength(4);
  expect(svg).toContain('<title id="lines-title">Cumulative total by year</title>');
  expect(svg).toMatch(/>hospital<\/text>/);
});
