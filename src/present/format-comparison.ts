import type { OfferComparison } from '../engine/comparison.js';
import { comparisonToJSON } from './comparison-json.js';
import { comparisonView } from './comparison-view.js';
import { renderCsv } from './csv.js';
import { renderHtml } from './html.js';
import { jsonDocument } from './json-document.js';
import { markdownText, renderMarkdown } from './markdown.js';
import { renderTable } from './table.js';

/** Output formats of {@link formatComparison}. */
export type ComparisonFormat = 'table' | 'markdown' | 'csv' | 'json' | 'html';

/**
 * Every output format, the default first.
 *
 * @example
 * ```ts
 * COMPARISON_FORMATS.includes('csv'); // true
 * ```
 */
export const COMPARISON_FORMATS: readonly ComparisonFormat[] = Object.freeze(['table', 'markdown', 'csv', 'json', 'html']);

/** Options of {@link formatComparison}. */
export interface FormatOptions {
  /** Default `table`. */
  readonly format?: ComparisonFormat;
  /** BCP 47 locale of the numbers in `table`, `markdown` and `html`; default `en-US`. CSV and JSON are locale-free. */
  readonly locale?: string;
}

/**
 * Writes a comparison for people or programs:
 * - `table`: offers side by side for a terminal, lines grouped by category, amounts aligned and
 *   formatted for the currency and locale, the best offer marked, then a totals block;
 * - `markdown`: the same as a GitHub-flavoured Markdown table;
 * - `csv`: one row per line per offer (RFC 4180: quoted fields, CRLF line ends), amounts rounded
 *   to the minor unit without grouping;
 * - `json`: exactly the JSON of docs/semantics.md §18;
 * - `html`: one self-contained, printable page (docs/semantics.md §23) — the verdict in a sentence, a
 *   stacked bar chart of where each offer's money comes from, a line chart of the cumulative
 *   totals when the metric is `horizon`, the table of lines with their explanations, notes and
 *   warnings — with inline CSS and SVG only, no script, and its own Content-Security-Policy.
 * Every amount shown is rounded half-up and shown lines add up to shown totals. A user's text
 * is safe in every format (docs/semantics.md §15.1): its controls never reach a terminal, a label renders
 * as its literal text in Markdown and HTML, and no CSV cell starts a formula.
 *
 * @example
 * ```ts
 * import { formatComparison } from 'total-comp/format';
 * console.log(formatComparison(compareOffers(offers), { format: 'table' }));
 * ```
 */
export function formatComparison(comparison: OfferComparison, options: FormatOptions = {}): string {
  const format = options.format ?? 'table';
  switch (format) {
    case 'json':
      return jsonDocument(comparisonToJSON(comparison));
    case 'csv':
      return renderCsv(comparison);
    case 'markdown':
      return renderMarkdown(comparisonView(comparison, { locale: options.locale ?? 'en-US', text: markdownText }));
    case 'html':
      return renderHtml(comparison, { locale: options.locale ?? 'en-US' });
    case 'table':
      return renderTable(comparisonView(comparison, { locale: options.locale ?? 'en-US' }));
    default:
      throw new RangeError(`unknown format ${JSON.stringify(format)}: use table, markdown, csv, json or html`);
  }
}
