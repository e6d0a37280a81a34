import type { OfferComparison } from '../engine/comparison.js';
import { escapeControls } from '../util/escape-controls.js';
import { shownEvaluation } from './shown-evaluation.js';
import { shownTaxes } from './shown-taxes.js';

/** Quotes a CSV field per RFC 4180 when it holds a comma, a quote or a line break. */
function csvField(value: string): string {
  return /[",\r\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}

/** What makes a spreadsheet read a cell as a formula (OWASP, "CSV Injection"). */
const FORMULA_START = /^[=+\-@\t\r]/;

/**
 * A text cell (an id, a label, an explanation) that a spreadsheet shows as text: controls
 * escaped (see `escapeControls`), and a single quote before a cell that would start a
 * formula, as OWASP advises (docs/semantics.md §15.1).
 */
function csvText(value: string): string {
  const shown = escapeControls(value);
  return FORMULA_START.test(shown) ? `'${shown}` : shown;
}

/**
 * A comparison as CSV (RFC 4180: quoted fields, CRLF line ends): one row per line per offer,
 * amounts rounded to the minor unit without grouping. Text cells are safe in a spreadsheet and
 * on a terminal: controls escaped, and a quote before `= + - @`, tab or CR that would start a
 * formula; amounts, ranks and `recurring` stay as they are.
 *
 * @example
 * ```ts
 * renderCsv(comparison).split('\r\n')[0]; // "offer_id,offer_label,rank,component,label,category,recurring,amount,explanation"
 * ```
 */
export function renderCsv(comparison: OfferComparison): string {
  const header = ['offer_id', 'offer_label', 'rank', 'component', 'label', 'category', 'recurring', 'amount', 'explanation'];
  const rows = [header];
  for (const [index, offer] of comparison.offers.entries()) {
    const shown = shownEvaluation(offer.evaluation);
    // After tax, the estimate's lines follow the offer's, in the category "taxes" (docs/semantics.md §22).
    const estimate = comparison.taxes?.[index];
    const taxes = estimate === undefined ? [] : shownTaxes(estimate, shown.totals.annual, shown.digits).lines;
    const lines = [
      ...shown.lines.map(({ line: entry, amount }) => ({ entry, category: entry.category, recurring: entry.recurring, amount })),
      ...taxes.map(({ line: entry, amount }) => ({ entry, category: 'taxes', recurring: true, amount })),
    ];
    for (const { entry, category, recurring, amount } of lines) {
      rows.push([
        csvText(offer.id),
        csvText(offer.label),
        String(offer.rank),
        csvText(entry.component),
        csvText(entry.label),
        csvText(category),
        String(recurring),
        amount.toFixed(shown.digits),
        csvText(entry.explanation),
      ]);
    }
  }
  return rows.map((fields) => fields.map(csvField).join(',')).join('\r\n') + '\r\n';
}
