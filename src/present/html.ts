import type { ComparedOffer, OfferComparison } from '../engine/comparison.js';
import { REGIONAL_PRICE_PARITIES_SOURCE } from '../data/regional-price-parities.js';
import { LIBRARY_VERSION } from '../util/library-version.js';
import { comparisonView, SECTIONS, TABLE_OFFERS_MAX } from './comparison-view.js';
import { htmlText } from './html-text.js';
import { numberFormats } from './number-format.js';
import { REPORT_POLICY, REPORT_STYLE } from './report-style.js';
import { shownEvaluation } from './shown-evaluation.js';
import { barChart, stackedParts } from './svg-bars.js';
import { lineChart, linePoints } from './svg-lines.js';
import { verdict } from './verdict.js';

/** Options of the HTML report. */
export interface HtmlOptions {
  /** BCP 47 locale of the numbers. */
  readonly locale: string;
}

/** A group of rows of a table: a title spanning the table (none for a single group) and its rows. */
interface RowGroup {
  readonly title?: string;
  readonly rows: readonly { readonly label: string; readonly cells: readonly string[]; readonly textCells?: boolean }[];
}

/** A table of HTML text: a caption, column headings, and groups of rows headed by their label. */
function table(caption: string, headings: readonly string[], groups: readonly RowGroup[]): string {
  const head = `<thead><tr>${headings.map((heading) => `<th scope="col">${heading}</th>`).join('')}</tr></thead>`;
  const body = groups.map(
    (group) =>
      `<tbody>${group.title === undefined ? '' : `<tr><th scope="rowgroup" colspan="${headings.length}">${group.title}</th></tr>`}${group.rows
        .map((row) => `<tr><th scope="row">${row.label}</th>${row.cells.map((cell) => `<td${row.textCells === true ? ' class="text"' : ''}>${cell}</td>`).join('')}</tr>`)
        .join('')}</tbody>`,
  );
  return `<div class="scroll"><table><caption>${caption}</caption>${head}${body.join('')}</table></div>`;
}

/** Words of the stacked parts in the chart's text equivalent. */
const PART_WORDS = ['Guaranteed cash', 'Variable cash (expected)', 'Benefits', 'Costs (subtracted)'] as const;

/**
 * A comparison as one self-contained HTML page (docs/semantics.md §23): the verdict in a
 * sentence; a stacked bar per offer with its low–high range, and the same figures as a table;
 * when the comparison ranks on the `horizon` metric, a line chart of each offer's cumulative
 * total year by year, with forfeitures and clawbacks marked, and its table; the full table of
 * lines grouped as the text table is (the same {@link comparisonView}), each offer's lines with
 * their explanations; the notes and warnings; the data vintages and the library version. No
 * script, no external resource: inline CSS, whose hash the page's own Content-Security-Policy
 * allows, and inline SVG. Every figure is a shown figure (rounded half-up, adding up), and every
 * user's text goes through {@link htmlText}.
 *
 * @example
 * ```ts
 * renderHtml(compareOffers(offers), { locale: 'en-US' }).startsWith('<!DOCTYPE html>'); // true
 * ```
 */
export function renderHtml(comparison: OfferComparison, options: HtmlOptions): string {
  const formats = numberFormats(comparison.currency, options.locale);
  const { money, negativeMoney } = formats;
  const view = comparisonView(comparison, { locale: options.locale, text: htmlText });
  const byId = new Map(comparison.offers.map((offer) => [offer.id, offer]));
  // The offers the view shows, best first: its columns.
  const offers = comparison.ranking.slice(0, TABLE_OFFERS_MAX).map((id) => byId.get(id) as ComparedOffer);
  const shown = offers.map((offer) => ({ offer, id: htmlText(offer.id), figures: shownEvaluation(offer.evaluation) }));
  const headings = ['', ...view.columns.map((column) => `${column.heading}<span class="label">${column.label}</span>`)];
  const ids = ['', ...shown.map((entry) => entry.id)];

  const partsTable = table('The chart’s figures', ids, [
    {
      rows: [
        ...PART_WORDS.map((words, index) => ({
          label: words,
          cells: shown.map(({ figures }) => {
            const part = stackedParts(figures)[index] as ReturnType<typeof stackedParts>[number];
            return money(part.amount);
          }),
        })),
        { label: 'Annual total', cells: shown.map(({ figures }) => money(figures.totals.annual)) },
        { label: 'Low – high', cells: shown.map(({ figures }) => `${money(figures.totals.low)} – ${money(figures.totals.high)}`) },
      ],
    },
  ]);
  const bars = `<section aria-labelledby="bars-heading"><h2 id="bars-heading">Where the money comes from</h2><figure>${barChart(shown, money)}<figcaption>Each bar stacks the offer’s guaranteed cash, variable cash and benefits, less its costs (below the line); the heavy line is the annual total, the whisker the low – high range.</figcaption></figure>${partsTable}</section>`;

  let years = '';
  if (comparison.metric === 'horizon') {
    const series = shown.map(({ offer, id, figures }) => ({ id, points: linePoints(offer, figures.digits, htmlText, money) }));
    const yearsTable = table(
      'Cumulative total by year',
      [...ids, 'Vesting and money taken back'],
      [
        {
          rows: Array.from({ length: comparison.years }, (_, index) => ({
            label: `Year ${index + 1}`,
            cells: [
              ...series.map((line) => money((line.points[index] as (typeof line.points)[number]).cumulative)),
              series.flatMap((line) => (line.points[index] as (typeof line.points)[number]).events.map((happened) => `${line.id}: ${happened.words}`)).join('; ') || '—',
            ],
          })),
        },
      ],
    );
    years = `<section aria-labelledby="years-heading"><h2 id="years-heading">Over ${comparison.years} years</h2><figure>${lineChart(series, money)}<figcaption>Cumulative total at the end of each year; a ringed “V” marks a year where employer retirement money vests, a ringed “!” one where unvested employer money is forfeited or a bonus is repaid.</figcaption></figure>${yearsTable}</section>`;
  }

  const lines = view.sections.map((section) => ({ title: section.title, rows: section.rows }));
  const linesTable = `<section aria-labelledby="lines-heading"><h2 id="lines-heading">Every line</h2>${table(view.title, headings, lines)}</section>`;

  const explained = shown.map(({ id, figures }) => {
    const row = ({ line, amount }: (typeof figures.lines)[number]) => ({
      label: htmlText(line.label),
      cells: [line.category === 'costs' ? negativeMoney(amount) : money(amount), htmlText(line.explanation)],
      textCells: true,
    });
    const of = (category: string, recurring: boolean) => figures.lines.filter(({ line }) => line.category === category && line.recurring === recurring).map(row);
    // Grouped as the table groups them (comparisonView): recurring lines by category, then the one-time lines.
    const groups = [
      ...SECTIONS.map(([category, title]) => ({ title, rows: of(category, true) })),
      { title: 'One-time (first year only)', rows: ['guaranteed-cash', 'variable-cash', 'costs'].flatMap((category) => of(category, false)) },
    ].filter((group) => group.rows.length > 0);
    return `<h3>${id}</h3>${table(`How each line of ${id} is computed`, ['Line', 'Amount', 'How'], groups)}`;
  });

  const notes = `<section aria-labelledby="notes-heading"><h2 id="notes-heading">Notes and warnings</h2><ul class="notes">${view.notes.map((note) => `<li>${note}</li>`).join('')}</ul></section>`;
  const parities = REGIONAL_PRICE_PARITIES_SOURCE;
  // A comparison after tax: every estimate has the one tax year of its options.
  const taxYear = comparison.taxes?.[0]?.taxYear;
  const taxData = taxYear === undefined ? '' : `tax figures of tax year ${taxYear} (the notes name any earlier year a table rests on); `;
  const footer = `<footer><p>Data used: IRS limits of plan year ${comparison.planYear}; ${taxData}${parities.publisher} regional price parities ${parities.year} (released ${parities.released}), for the totals adjusted for prices; no wage distribution (those are for total-comp/market). Made by total-comp ${htmlText(LIBRARY_VERSION)}: estimates, not advice.</p></footer>`;
  const body = [
    `<h1>${view.title}</h1>`,
    `<p class="verdict">${verdict(comparison, formats, htmlText)}</p>`,
    bars,
    years,
    linesTable,
    `<section aria-labelledby="explained-heading"><h2 id="explained-heading">How each line is computed</h2>${explained.join('')}</section>`,
    notes,
    footer,
  ].join('\n');
  return `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${REPORT_POLICY}">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${view.title}</title>
<style>${REPORT_STYLE}</style>
</head>
<body>
<main>
${body}
</main>
</body>
</html>
`;
}
