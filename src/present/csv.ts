import type { OfferComparison } from '../engine/comparison.js';
import { shownEvaluation } from './shown-evaluation.js';

/** Quotes a CSV field per RFC 4180 when it holds a comma, a quote or a line break. */
function csvField(value: string): string {
  return /[",\r\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}

/**
 * A comparison as CSV (RFC 4180: quoted fields, CRLF line ends): one row per line per offer,
 * amounts rounded to the minor unit without grouping.
 *
 * @example
 * ```ts
 * renderCsv(comparison).split('\r\n')[0]; // "offer_id,offer_label,rank,component,label,category,recurring,amount,explanation"
 * ```
 */
export function renderCsv(comparison: OfferComparison): string {
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
