import type { ComparedOffer, OfferComparison } from '../engine/comparison.js';
import type { LineCategory, LineComponent } from '../engine/line.js';
import { escapeControls } from '../util/escape-controls.js';
import { numberFormats } from './number-format.js';
import { type ShownEvaluation, shownEvaluation } from './shown-evaluation.js';
import { taxesView } from './taxes-view.js';

/** A cell grid of a comparison, shared by the table and Markdown formats. Formats only. */
export interface ComparisonView {
  readonly title: string;
  readonly columns: readonly { readonly id: string; readonly label: string; readonly heading: string }[];
  readonly sections: readonly { readonly title: string; readonly rows: readonly ViewRow[] }[];
  readonly notes: readonly string[];
}

/** One row of the grid: a label and one cell per offer. */
export interface ViewRow {
  readonly label: string;
  readonly cells: readonly string[];
}

/** Each ranking metric in words, as titles and sentences name it. */
export const METRIC_WORDS: Readonly<Record<OfferComparison['metric'], string>> = {
  annual: 'annual total',
  firstYear: 'first-year total',
  adjusted: 'cost-of-living adjusted total',
  effectiveHourly: 'effective hourly pay',
  guaranteedCash: 'guaranteed cash',
  low: 'low estimate',
  high: 'high estimate',
  horizon: 'cumulative total',
  afterTax: 'annual total after tax',
};

/** Recurring lines, by category. */
export const SECTIONS: readonly [LineCategory, string][] = [
  ['guaranteed-cash', 'Guaranteed cash'],
  ['variable-cash', 'Variable cash (expected)'],
  ['benefits', 'Benefits'],
  ['costs', 'Costs (subtracted)'],
];

/** Components an offer has at most once: one row for all offers, under a neutral label. */
const SHARED_ROWS: Readonly<Partial<Record<LineComponent, string>>> = {
  base: 'Base pay',
  overtime: 'Overtime',
  'overtime-on-bonuses': 'Overtime on bonuses',
  'overtime-on-differentials': 'Overtime on differentials',
  'retirement-match': 'Retirement match',
  'retirement-nonelective': 'Retirement employer contribution',
  commute: 'Commute',
};

/**
 * Most offers a table or Markdown shows, best first (docs/semantics.md §15.2): the rows are the union of
 * the offers' lines, so a table of every offer grows with offers × distinct labels (1,000
 * offers of 50 bonuses each: 50,000 rows of 1,000 cells). The csv and json formats list every
 * offer.
 */
export const TABLE_OFFERS_MAX = 10;

/** Options of the view: the locale of every number, and how a user's text is written. */
export interface ViewOptions {
  readonly locale: string;
  /**
   * Writes a user's text — an offer's id and label, a line's label — for the format
   * (docs/semantics.md §15.1); default {@link escapeControls}, for a terminal. The view's own words and
   * figures are safe in every format as they are.
   */
  readonly text?: (userText: string) => string;
}

/**
 * Lays a comparison out as rows of formatted cells, one column for each of the best
 * {@link TABLE_OFFERS_MAX} offers: lines grouped by category (the union of those offers'
 * lines, "—" where an offer has none), then a totals block. Every amount is a
 * shown figure (see {@link shownEvaluation}), written with `Intl.NumberFormat` for the
 * comparison's currency and the locale; every id and label the user wrote goes through
 * `options.text`.
 *
 * @example
 * ```ts
 * comparisonView(compareOffers(offers), { locale: 'en-US' }).sections[0]?.title; // "Guaranteed cash"
 * ```
 */
export function comparisonView(comparison: OfferComparison, options: ViewOptions): ComparisonView {
  const { money, negativeMoney, percent } = numberFormats(comparison.currency, options.locale);
  const rateFormat = new Intl.NumberFormat(options.locale, { minimumFractionDigits: 1, maximumFractionDigits: 1 });
  const text = options.text ?? escapeControls;
  const ranked = [...comparison.offers].sort((a, b) => a.rank - b.rank);
  const offers = ranked.slice(0, TABLE_OFFERS_MAX);
  const hidden = ranked.length - offers.length;
  const ids = new Map(offers.map((offer) => [offer, text(offer.id)]));
  const idOf = (offer: ComparedOffer) => ids.get(offer) as string;
  const shown = offers.map((offer) => shownEvaluation(offer.evaluation));

  const lineSection = (category: LineCategory, recurring: boolean) => {
    const keys: string[] = [];
    const labels = new Map<string, string>();
    const cells = offers.map(() => new Map<string, string>());
    offers.forEach((_, column) => {
      const seen = new Map<string, number>();
      for (const { line: entry, amount } of (shown[column] as ShownEvaluation).lines) {
        if (entry.category !== category || entry.recurring !== recurring) continue;
        const shared = SHARED_ROWS[entry.component];
        const count = (seen.get(entry.label) ?? 0) + 1;
        seen.set(entry.label, count);
        // A shared row is keyed by its component's occurrence: a second plan's match is a second row.
        const occurrence = (seen.get(`\u0000${entry.component}`) ?? 0) + 1;
        seen.set(`\u0000${entry.component}`, occurrence);
        const key = shared === undefined ? `${entry.component}\u0000${entry.label}\u0000${count}` : `${entry.component}\u0000${occurrence}`;
        const label = count > 1 ? `${text(entry.label)} (${count})` : text(entry.label);
        const known = labels.get(key);
        if (known === undefined) {
          keys.push(key);
          labels.set(key, label);
        } else if (shared !== undefined && known !== label) {
          // Offers name this line differently ("401(k) match", "403(b) match"): one neutral label.
          labels.set(key, occurrence > 1 ? `${shared} (${occurrence})` : shared);
        }
        cells[column]?.set(key, category === 'costs' ? negativeMoney(amount) : money(amount));
      }
    });
    return keys.map((key) => ({ label: labels.get(key) ?? key, cells: cells.map((column) => column.get(key) ?? '—') }));
  };

  const sections = SECTIONS.map(([category, title]) => ({ title, rows: lineSection(category, true) }));
  const oneTime = [
    ...lineSection('guaranteed-cash', false),
    ...lineSection('variable-cash', false),
    // Waiting periods: what the first year lacks, shown negative like every cost.
    ...lineSection('costs', false),
  ];
  const each = (cell: (offer: ComparedOffer, figures: ShownEvaluation) => string) =>
    offers.map((offer, column) => cell(offer, shown[column] as ShownEvaluation));
  const totalsRows: ViewRow[] = [
    { label: 'Annual total', cells: each((_, figures) => money(figures.totals.annual)) },
    { label: 'First year', cells: each((_, figures) => money(figures.totals.firstYear)) },
    { label: 'Effective hourly', cells: each((_, figures) => money(figures.totals.effectiveHourly)) },
    {
      label: `Adjusted for prices (reference ${comparison.referenceIndex})`,
      cells: each((_, figures) => (figures.totals.adjusted === null ? '—' : money(figures.totals.adjusted))),
    },
    { label: 'Low – high', cells: each((_, figures) => `${money(figures.totals.low)} – ${money(figures.totals.high)}`) },
    { label: 'Paid time off (inside base)', cells: each((_, figures) => money(figures.paidTimeOff)) },
  ];
  if (comparison.metric === 'horizon') {
    totalsRows.push({ label: `Cumulative, ${comparison.years} years`, cells: each((offer) => money(offer.value)) });
  }
  const taxes = taxesView(comparison, offers, shown.map((figures) => figures.totals.annual), {
    money,
    percent: (value) => rateFormat.format(value.toFixed(1) as Intl.StringNumericLiteral),
    text,
  });
  const single = offers.length === 1;
  if (!single) totalsRows.push(
    {
      label: `Difference from best (${METRIC_WORDS[comparison.metric]})`,
      cells: each((offer) =>
        offer.rank === 1
          ? 'best'
          : `${money(offer.deltaToBest.amount)}${offer.deltaToBest.percent === null ? '' : ` (${percent(offer.deltaToBest.percent)}%)`}`,
      ),
    },
    {
      label: 'Base needed to match the best',
      cells: each((offer) =>
        offer.rank === 1 || offer.breakEvenBase === null
          ? '—'
          : `${money(offer.breakEvenBase)}${offer.breakEvenRate === null ? '' : ` (${money(offer.breakEvenRate)}/h)`}`,
      ),
    },
  );

  // compareOffers never returns an empty comparison, and offers are sorted best first.
  const best = offers[0] as ComparedOffer;
  const close = offers.filter((offer) => offer.rank !== 1 && offer.closeToBest);
  // Close calls among the offers not shown are counted, not named (every offer shown is closer).
  const closeHidden = ranked.slice(TABLE_OFFERS_MAX).filter((offer) => offer.closeToBest).length;
  const closeNames = `${close.map(idOf).join(', ')}${closeHidden > 0 ? ` and ${closeHidden} more` : ''}`;
  const notes = [
    single
      ? `${idOf(best)}: ${text(best.label)}.`
      : close.length + closeHidden > 0
      ? `Close call: ${closeNames} ${close.length + closeHidden === 1 ? 'is' : 'are'} within ${comparison.closePercent}% of ${idOf(best)}; estimates of bonuses and overtime are rarely better than that.`
      : `Best: ${idOf(best)} (${text(best.label)}).`,
    ...(hidden > 0 ? [`The table shows the best ${offers.length} of ${ranked.length} offers; the csv and json formats list them all.`] : []),
    'Costs are subtracted; paid time off is already inside base pay, so it is shown but not added.',
    ...(taxes?.notes ?? []),
    // Warnings never change a figure; each names its offer and the field it is about.
    ...offers.flatMap((offer) => offer.evaluation.warnings.map((warning) => `Warning, ${idOf(offer)} (${warning.path}): ${warning.message}.`)),
  ];
  return {
    title: single
      ? `Offer ${idOf(best)} (${comparison.currency})`
      : `Offers compared on ${METRIC_WORDS[comparison.metric]} (${comparison.currency}), best first: ${offers.map(idOf).join(', ')}${hidden > 0 ? ` and ${hidden} more` : ''}`,
    columns: offers.map((offer) => ({
      id: idOf(offer),
      label: text(offer.label),
      heading: single ? idOf(offer) : `#${offer.rank} ${idOf(offer)}${offer.rank === 1 ? (close.length + closeHidden > 0 ? ' (close call)' : ' ★ best') : ''}`,
    })),
    sections: [
      ...sections.filter((section) => section.rows.length > 0),
      ...(oneTime.length > 0 ? [{ title: 'One-time (first year only)', rows: oneTime }] : []),
      { title: 'Totals', rows: totalsRows },
      ...(taxes === null ? [] : [{ title: taxes.title, rows: taxes.rows }]),
    ],
    notes,
  };
}
