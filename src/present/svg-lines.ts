import type { Decimal } from '../decimal/decimal.js';
import { roundHalfUp } from '../decimal/round.js';
import type { ComparedOffer } from '../engine/comparison.js';
import { planName } from '../engine/retirement.js';
import { vestedPercent } from '../engine/vesting.js';

/** What happens in a year that bends an offer's line: employer money vesting, or money taken back when you leave. */
export interface LineEvent {
  readonly kind: 'vesting' | 'taken-back';
  /** In words, with its amount or percent, as HTML text. */
  readonly words: string;
}

/** One point of a line: a year, the cumulative total shown, and its events. */
export interface LinePoint {
  readonly year: number;
  /** Cumulative total to the end of the year, rounded half-up to the minor unit. */
  readonly cumulative: Decimal;
  readonly events: readonly LineEvent[];
}

/** One offer's line: its id as HTML text and its points, year 1 first. */
export interface LineSeries {
  readonly id: string;
  readonly points: readonly LinePoint[];
}

/**
 * The points of an offer's line from its projection (docs/semantics.md §17, §23): each year's
 * cumulative total rounded half-up to `digits`; the years where a retirement plan's vesting
 * steps up (a cliff, or a graded step: "403(b) employer money 40% vested"); and the unvested
 * employer money forfeited and the bonuses clawed back in the year you leave — the drops a
 * vesting cliff or a clawback makes in the line. `text` writes a line's label for the page;
 * `money` writes an amount.
 *
 * @example
 * ```ts
 * linePoints(comparedOffer, 2, htmlText, numberFormats('USD', 'en-US').money)[0]?.year; // 1
 * ```
 */
export function linePoints(
  offer: ComparedOffer,
  digits: number,
  text: (userText: string) => string,
  money: (value: Decimal) => string,
): readonly LinePoint[] {
  const plans = offer.evaluation.offer.benefits.retirement.filter((plan) => plan.vesting.type !== 'immediate');
  const event = (kind: LineEvent['kind'], words: string): LineEvent => Object.freeze({ kind, words });
  return Object.freeze(
    offer.projection.map((year) =>
      Object.freeze({
        year: year.year,
        cumulative: roundHalfUp(year.cumulative, digits),
        events: Object.freeze([
          ...plans
            .filter((plan) => !vestedPercent(plan.vesting, year.year).equals(vestedPercent(plan.vesting, year.year - 1)))
            .map((plan) => event('vesting', `${planName(plan)} employer money ${vestedPercent(plan.vesting, year.year).toFixed()}% vested`)),
          // Their labels say what happens ("Sign-on repaid", "Unvested 403(b) employer money forfeited").
          ...year.lines
            .filter((line) => line.component === 'retirement-forfeiture' || line.component === 'clawback')
            .map((line) => event('taken-back', `${text(line.label)}: ${money(line.amount.negated())}`)),
        ]),
      }),
    ),
  );
}

/** How lines differ besides colour: a dash pattern and a marker shape for each, in turn. */
const STYLES: readonly { readonly colour: string; readonly dash: string; readonly tag: 'circle' | 'rect' | 'path'; readonly shape: (x: number, y: number) => string }[] = [
  { colour: '#1f4e79', dash: '', tag: 'circle', shape: (x, y) => `cx="${px(x)}" cy="${px(y)}" r="4"` },
  { colour: '#a50f15', dash: '8 4', tag: 'rect', shape: (x, y) => `x="${px(x - 4)}" y="${px(y - 4)}" width="8" height="8"` },
  { colour: '#00441b', dash: '2 3', tag: 'path', shape: (x, y) => `d="M${px(x)} ${px(y - 5)}L${px(x + 5)} ${px(y + 4)}H${px(x - 5)}Z"` },
  { colour: '#54278f', dash: '10 3 2 3', tag: 'path', shape: (x, y) => `d="M${px(x)} ${px(y - 5)}L${px(x + 5)} ${px(y)}L${px(x)} ${px(y + 5)}L${px(x - 5)} ${px(y)}Z"` },
];

/** A pixel coordinate, to a thousandth: geometry only, never a figure. */
const px = (value: number) => String(Math.round(value * 1000) / 1000);

/** Chart layout, in SVG user units. */
const LAYOUT = { width: 640, height: 300, left: 96, right: 120, top: 24, bottom: 40 } as const;

/**
 * A line chart of cumulative totals as inline SVG (docs/semantics.md §23): one line per offer
 * over the years, each with its own dash pattern, marker shape and end label, so colour is never
 * the only cue; a year where employer retirement money vests gets a ringed marker with "V", one
 * where it is forfeited or a bonus clawed back a ringed "!", and a `<title>` says what happened. The y axis runs from zero (or the
 * lowest point) to the highest point. Figures become JavaScript numbers for geometry alone.
 *
 * @example
 * ```ts
 * lineChart([{ id: 'mercy-ccs', points }], numberFormats('USD', 'en-US').money);
 * ```
 */
export function lineChart(series: readonly LineSeries[], money: (value: Decimal) => string): string {
  // Geometry from here on: the shown decimals as numbers, for pixel positions only.
  const number = (value: Decimal) => Number(value.toFixed());
  const values = series.flatMap((line) => line.points.map((point) => number(point.cumulative)));
  const high = Math.max(0, ...values);
  const low = Math.min(0, ...values);
  const years = Math.max(1, ...series.map((line) => line.points.length));
  const plotWidth = LAYOUT.width - LAYOUT.left - LAYOUT.right;
  const plotHeight = LAYOUT.height - LAYOUT.top - LAYOUT.bottom;
  const x = (year: number) => LAYOUT.left + (years === 1 ? plotWidth / 2 : ((year - 1) / (years - 1)) * plotWidth);
  const y = (value: number) => LAYOUT.top + ((high - value) / (high - low || 1)) * plotHeight;
  const highest = series.flatMap((line) => line.points).reduce<Decimal | null>((best, point) => (best === null || point.cumulative.greaterThan(best) ? point.cumulative : best), null);

  const ticks = Array.from({ length: years }, (_, index) => index + 1)
    .map((year) => `<text x="${px(x(year))}" y="${LAYOUT.height - LAYOUT.bottom + 18}" font-size="12" text-anchor="middle">Year ${year}</text>`)
    .join('');
  const axes = `<path d="M${LAYOUT.left} ${LAYOUT.top}V${px(y(low))}M${LAYOUT.left} ${px(y(0))}H${LAYOUT.width - LAYOUT.right}" stroke="#1a1a1a" fill="none"/><text x="${LAYOUT.left - 6}" y="${px(y(0) + 4)}" font-size="12" text-anchor="end">0</text>${
    highest === null || !highest.isPositive() || highest.isZero()
      ? ''
      : `<text x="${LAYOUT.left - 6}" y="${px(y(high) + 4)}" font-size="12" text-anchor="end">${money(highest)}</text><path d="M${LAYOUT.left - 3} ${px(y(high))}H${LAYOUT.width - LAYOUT.right}" stroke="#bbb" stroke-dasharray="2 2"/>`
  }`;
  const lines = series.map((line, index) => {
    const style = STYLES[index % STYLES.length] as (typeof STYLES)[number];
    const points = line.points.map((point) => [x(point.year), y(number(point.cumulative))] as const);
    const path = points.map(([px1, py1], at) => `${at === 0 ? 'M' : 'L'}${px(px1)} ${px(py1)}`).join('');
    const markers = line.points
      .map((point, at) => {
        const [mx, my] = points[at] as readonly [number, number];
        const said = `${line.id}, year ${point.year}: ${money(point.cumulative)} so far${point.events.map((happened) => `; ${happened.words}`).join('')}`;
        const marker = `<${style.tag} ${style.shape(mx, my)} class="point" data-year="${point.year}" data-amount="${point.cumulative.toFixed()}" fill="${style.colour}"><title>${said}</title></${style.tag}>`;
        const event =
          point.events.length === 0
            ? ''
            : `<g class="event" data-year="${point.year}"><circle cx="${px(mx)}" cy="${px(my)}" r="9" fill="none" stroke="#1a1a1a" stroke-width="2"/><text x="${px(mx)}" y="${px(my - 13)}" font-size="13" font-weight="700" text-anchor="middle">${point.events.some((happened) => happened.kind === 'taken-back') ? '!' : 'V'}</text></g>`;
        return marker + event;
      })
      .join('');
    const [endX, endY] = points[points.length - 1] ?? [LAYOUT.left, y(0)];
    return `<g class="series"><path d="${path}" fill="none" stroke="${style.colour}" stroke-width="2.5"${style.dash === '' ? '' : ` stroke-dasharray="${style.dash}"`}/>${markers}<text x="${px(endX + 10)}" y="${px(endY + 4)}" font-size="12">${line.id}</text></g>`;
  });
  const names = series.map((line) => line.id).join(', ');
  return `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${LAYOUT.width} ${LAYOUT.height}" role="img" aria-labelledby="lines-title lines-desc"><title id="lines-title">Cumulative total by year</title><desc id="lines-desc">One line per offer (${names}), each with its own dash pattern and marker; a ringed V marks a year where employer retirement money vests, a ringed exclamation mark a year where unvested employer money is forfeited or a bonus is repaid. The table below gives every figure.</desc>${axes}${ticks}${lines.join('')}</svg>`;
}
