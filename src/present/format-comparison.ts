import type { OfferComparison } from '../api/compare.js';
import { comparisonToJSON } from './comparison-json.js';
import { type ComparisonView, comparisonView } from './comparison-view.js';
import { shownEvaluation } from './shown-evaluation.js';

/** Output formats of {@link formatComparison}. */
export type ComparisonFormat = 'table' | 'markdown' | 'csv' | 'json';

/** Options of {@link formatComparison}. */
export interface FormatOptions {
  /** Default `table`. */
  readonly format?: ComparisonFormat;
  /** BCP 47 locale of the numbers in `table` and `markdown`; default `en-US`. CSV and JSON are locale-free. */
  readonly locale?: string;
}

/** Display width of a cell: characters, not UTF-16 units. */
function width(text: string): number {
  return [...text].length;
}

function pad(text: string, size: number, align: 'left' | 'right'): string {
  const fill = ' '.repeat(Math.max(0, size - width(text)));
  return align === 'left' ? text + fill : fill + text;
}

function renderTable(view: ComparisonView): string {
  const labelWidth = Math.max(
    ...view.sections.flatMap((section) => [width(section.title), ...section.rows.map((row) => width(row.label) + 2)]),
  );
  const columnWidths = view.columns.map((column, index) =>
    Math.max(width(column.heading), ...view.sections.flatMap((section) => section.rows.map((row) => width(row.cells[index] ?? '')))),
  );
  const line = (label: string, cells: readonly string[]) =>
    [pad(label, labelWidth, 'left'), ...cells.map((cell, index) => pad(cell, columnWidths[index] ?? 0, 'right'))].join('   ').trimEnd();
  const rule = '─'.repeat(labelWidth + columnWidths.reduce((total, size) => total + size + 3, 0));
  const out = [view.title, ''];
  for (const column of view.columns) out.push(`  ${column.id}: ${column.label}`);
  out.push('', line('', view.columns.map((column) => column.heading)), rule);
  for (const section of view.sections) {
    out.push(section.title);
    for (const row of section.rows) out.push(line(`  ${row.label}`, row.cells));
  }
  out.push(rule, ...view.notes);
  return `${out.join('\n')}\n`;
}

function escapeMarkdown(text: string): string {
  return text.replace(/\\/g, '\\\\').replace(/\|/g, '\\|');
}

function renderMarkdown(view: ComparisonView): string {
  const row = (cells: readonly string[]) => `| ${cells.map(escapeMarkdown).join(' | ')} |`;
  const out = [`**${escapeMarkdown(view.title)}**`, ''];
  out.push(row(['', ...view.columns.map((column) => `${column.heading}<br>${column.label}`)]));
  out.push(`| --- |${view.columns.map(() => ' ---: |').join('')}`);
  for (const section of view.sections) {
    out.push(row([`**${section.title}**`, ...view.columns.map(() => '')]));
    for (const entry of section.rows) out.push(row([entry.label, ...entry.cells]));
  }
  out.push('', ...view.notes.map((note) => `> ${escapeMarkdown(note)}`));
  return `${out.join('\n')}\n`;
}

/** Quotes a CSV field per RFC 4180 when it holds a comma, a quote or a line break. */
function csvField(value: string): string {
  return /[",\r\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}

function renderCsv(comparison: OfferComparison): string {
  const header = ['offer_id', 'offer_label', 'rank', 'component', 'label', 'category', 'recurring', 'amount', 'explanation'];
  const rows = [header];
  for (const offer of comparison.offers) {
    const shown = shownEvaluation(offer.evaluation);
    for (const { line: entry, amount } of shown.lines) {
      rows.push([
        offer.id,
        offer.label,
        String(offer.rank),
        entry.component,
        entry.label,
        entry.category,
        String(entry.recurring),
        amount.toFixed(shown.digits),
        entry.explanation,
      ]);
    }
  }
  return rows.map((fields) => fields.map(csvField).join(',')).join('\r\n') + '\r\n';
}

/**
 * Writes a comparison for people or programs:
 * - `table`: offers side by side for a terminal, lines grouped by category, amounts aligned and
 *   formatted for the currency and locale, the best offer marked, then a totals block;
 * - `markdown`: the same as a GitHub-flavoured Markdown table;
 * - `csv`: one row per line per offer (RFC 4180: quoted fields, CRLF line ends), amounts rounded
 *   to the minor unit without grouping;
 * - `json`: exactly the JSON of SPEC 7.
 * Every amount shown is rounded half-up and shown lines add up to shown totals.
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
      return `${JSON.stringify(comparisonToJSON(comparison), null, 2)}\n`;
    case 'csv':
      return renderCsv(comparison);
    case 'markdown':
      return renderMarkdown(comparisonView(comparison, { locale: options.locale ?? 'en-US' }));
    case 'table':
      return renderTable(comparisonView(comparison, { locale: options.locale ?? 'en-US' }));
    default:
      throw new RangeError(`unknown format ${JSON.stringify(format)}: use table, markdown, csv or json`);
  }
}
