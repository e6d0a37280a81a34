import { type Decimal, sum } from '../decimal/decimal.js';
import type { LineCategory } from '../engine/line.js';
import type { ShownEvaluation } from './shown-evaluation.js';

/** One part of a stacked bar: a category's shown total, signed as it counts (costs negative). */
export interface BarPart {
  readonly category: LineCategory;
  readonly amount: Decimal;
}

/** One offer's bar: its id as HTML text and its shown figures, from which the parts, the total and the range are drawn. */
export interface BarOffer {
  /** The offer's id, already written as HTML text (see `htmlText`). */
  readonly id: string;
  readonly figures: ShownEvaluation;
}

/** The parts in stacking order, with the words and the pattern that tell them apart without colour. */
const PARTS: readonly { readonly category: LineCategory; readonly words: string; readonly pattern: string }[] = [
  { category: 'guaranteed-cash', words: 'Guaranteed cash', pattern: 'tc-solid' },
  { category: 'variable-cash', words: 'Variable cash', pattern: 'tc-stripes' },
  { category: 'benefits', words: 'Benefits', pattern: 'tc-dots' },
  { category: 'costs', words: 'Minus costs', pattern: 'tc-cross' },
];

/**
 * The four parts of an offer's bar, from its shown figures: guaranteed cash, variable cash,
 * benefits, and the costs negated. They add up to the shown annual total exactly, because the
 * shown category totals are allocated from it (docs/semantics.md §23).
 *
 * @example
 * ```ts
 * sum(stackedParts(shownEvaluation(evaluation)).map((part) => part.amount)).equals(shown.totals.annual); // true
 * ```
 */
export function stackedParts(figures: ShownEvaluation): readonly BarPart[] {
  const { guaranteedCash, variableCash, benefits, costs } = figures.totals;
  const amounts: Record<LineCategory, Decimal> = { 'guaranteed-cash': guaranteedCash, 'variable-cash': variableCash, benefits, costs: costs.negated() };
  return Object.freeze(PARTS.map(({ category }) => Object.freeze({ category, amount: amounts[category] })));
}

/** The fills of the parts: patterns over a tint, so that print in grey and colour-blind readers still tell them apart. */
const PATTERNS = `<defs>
<pattern id="tc-solid" width="8" height="8" patternUnits="userSpaceOnUse"><rect width="8" height="8" fill="#1f4e79"/></pattern>
<pattern id="tc-stripes" width="8" height="8" patternUnits="userSpaceOnUse" patternTransform="rotate(45)"><rect width="8" height="8" fill="#9ecae1"/><rect width="3" height="8" fill="#1f4e79"/></pattern>
<pattern id="tc-dots" width="8" height="8" patternUnits="userSpaceOnUse"><rect width="8" height="8" fill="#c7e9c0"/><circle cx="4" cy="4" r="1.8" fill="#00441b"/></pattern>
<pattern id="tc-cross" width="8" height="8" patternUnits="userSpaceOnUse"><rect width="8" height="8" fill="#fde0dd"/><path d="M0 0L8 8M8 0L0 8" stroke="#a50f15" stroke-width="1.2"/></pattern>
</defs>`;

/** A pixel coordinate, to a thousandth: geometry only, never a figure. */
const px = (value: number) => String(Math.round(value * 1000) / 1000);

/** Chart layout, in SVG user units. */
const LAYOUT = { top: 76, plot: 240, bar: 56, gap: 64, left: 24, bottom: 40 } as const;

/**
 * A stacked bar chart of offers as inline SVG (docs/semantics.md §23): one bar per offer, in the
 * order given, its parts stacked from the zero line — guaranteed cash, variable cash and benefits
 * up, costs down — each part's height proportional to its shown amount; a heavy line marks the
 * annual total (the parts' sum), written above the bar, and a whisker beside the bar marks the
 * low–high range. Every part has a fill pattern, a legend entry and a `<title>` with its words
 * and amount; the chart has a `<title>` and a `<desc>`. Amounts become JavaScript numbers here
 * for geometry alone: heights are pixels, and every figure written is the shown decimal.
 *
 * @example
 * ```ts
 * barChart([{ id: 'remote-cpc', figures: shownEvaluation(evaluation) }], numberFormats('USD', 'en-US').money);
 * ```
 */
export function barChart(offers: readonly BarOffer[], money: (value: Decimal) => string): string {
  const bars = offers.map((offer) => ({ offer, parts: stackedParts(offer.figures) }));
  // Geometry from here on: the shown decimals as numbers, for pixel positions only.
  const number = (value: Decimal) => Number(value.toFixed());
  const ups = bars.flatMap(({ offer, parts }) => [
    number(sum(parts.filter((part) => part.amount.isPositive()).map((part) => part.amount))),
    number(offer.figures.totals.high),
  ]);
  const downs = bars.flatMap(({ offer, parts }) => [
    -number(sum(parts.filter((part) => part.amount.isNegative()).map((part) => part.amount))),
    -number(offer.figures.totals.low),
  ]);
  const up = Math.max(0, ...ups);
  const down = Math.max(0, ...downs);
  const scale = LAYOUT.plot / (up + down || 1);
  const zero = LAYOUT.top + up * scale;
  const y = (value: number) => zero - value * scale;
  const width = LAYOUT.left * 2 + bars.length * (LAYOUT.bar + LAYOUT.gap);
  const height = LAYOUT.top + LAYOUT.plot + LAYOUT.bottom;

  const legend = PARTS.map(
    (part, index) =>
      `<g transform="translate(${LAYOUT.left + (index % 2) * 180} ${8 + Math.floor(index / 2) * 20})"><rect width="14" height="14" fill="url(#${part.pattern})" stroke="#1a1a1a"/><text x="20" y="12" font-size="12">${part.words}</text></g>`,
  ).join('');
  const rangeKey = `<g transform="translate(${LAYOUT.left + 360} 8)"><path d="M7 0V14M3 0H11M3 14H11" stroke="#1a1a1a" stroke-width="1.5" fill="none"/><text x="20" y="12" font-size="12">Low – high range</text></g>`;

  const drawn = bars.map(({ offer, parts }, index) => {
    const x = LAYOUT.left + LAYOUT.gap / 2 + index * (LAYOUT.bar + LAYOUT.gap);
    let above = 0;
    let below = 0;
    const rects = parts
      .filter((part) => !part.amount.isZero())
      .map((part) => {
        const amount = number(part.amount);
        const { words, pattern } = PARTS.find((entry) => entry.category === part.category) as (typeof PARTS)[number];
        const [from, to] = amount > 0 ? [above, (above += amount)] : [below, (below += amount)];
        const top = y(Math.max(from, to));
        return `<rect class="part" data-category="${part.category}" data-amount="${part.amount.toFixed(offer.figures.digits)}" x="${px(x)}" y="${px(top)}" width="${LAYOUT.bar}" height="${px(Math.abs(amount) * scale)}" fill="url(#${pattern})" stroke="#1a1a1a" stroke-width="1"><title>${offer.id}, ${words.toLowerCase()}: ${money(part.amount.abs())}</title></rect>`;
      })
      .join('');
    const { annual, low, high } = offer.figures.totals;
    const whisker = x + LAYOUT.bar + 8;
    const range = `<path class="range" data-low="${low.toFixed(offer.figures.digits)}" data-high="${high.toFixed(offer.figures.digits)}" d="M${px(whisker)} ${px(y(number(low)))}V${px(y(number(high)))}M${px(whisker - 4)} ${px(y(number(low)))}H${px(whisker + 4)}M${px(whisker - 4)} ${px(y(number(high)))}H${px(whisker + 4)}" stroke="#1a1a1a" stroke-width="1.5" fill="none"><title>${offer.id}, low – high: ${money(low)} – ${money(high)}</title></path>`;
    const totalY = y(number(annual));
    const total = `<path class="total" data-amount="${annual.toFixed(offer.figures.digits)}" d="M${px(x - 4)} ${px(totalY)}H${px(x + LAYOUT.bar + 4)}" stroke="#1a1a1a" stroke-width="3"><title>${offer.id}, annual total: ${money(annual)}</title></path>`;
    const labelY = y(Math.max(above, number(high))) - 6;
    return `<g class="bar">${rects}${range}${total}<text x="${px(x + LAYOUT.bar / 2)}" y="${px(labelY)}" font-size="12" font-weight="700" text-anchor="middle">${money(annual)}</text><text x="${px(x + LAYOUT.bar / 2)}" y="${height - LAYOUT.bottom + 20}" font-size="12" text-anchor="middle">${offer.id}</text></g>`;
  });
  const axis = `<path d="M${LAYOUT.left} ${px(zero)}H${width - LAYOUT.left}" stroke="#1a1a1a" stroke-width="1"/>`;
  const names = offers.map((offer) => offer.id).join(', ');
  return `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${Math.max(width, 540)} ${height}" role="img" aria-labelledby="bars-title bars-desc"><title id="bars-title">Where each offer's annual total comes from</title><desc id="bars-desc">Stacked bars for ${names}: guaranteed cash, variable cash and benefits above the zero line, costs below it; a heavy line marks each annual total and a whisker its low – high range. The table below gives every figure.</desc>${PATTERNS}${legend}${rangeKey}${axis}${drawn.join('')}</svg>`;
}
