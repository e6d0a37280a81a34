import type { OfferComparison } from '../engine/comparison.js';
import { escapeControls } from '../util/escape-controls.js';
import { TABLE_OFFERS_MAX } from './comparison-view.js';
import { markdownText } from './markdown.js';

/**
 * Each line's explanation, and the paid time off's, for the offers a table or Markdown shows
 * (best first): what `total-comp compare --explain` prints under the table. `markdown` writes a
 * list whose user text renders as plain text; `table` escapes controls (docs/semantics.md §15.1).
 *
 * @example
 * ```ts
 * explanations(compareOffers([{ id: 'a', label: 'A', pay: { type: 'salary', amount: 52000 } }]), 'table');
 * // "Explanations:\n  a, Base salary: $52,000.00 a year.\n  a, Paid time off: …\n"
 * ```
 */
export function explanations(comparison: OfferComparison, format: 'table' | 'markdown'): string {
  const text = format === 'markdown' ? markdownText : escapeControls;
  const bullet = format === 'markdown' ? '- ' : '  ';
  const offers = [...comparison.offers].sort((a, b) => a.rank - b.rank).slice(0, TABLE_OFFERS_MAX);
  const lines = offers.flatMap((offer) => [
    ...offer.evaluation.lines.map((line) => `${bullet}${text(offer.id)}, ${text(line.label)}: ${text(line.explanation)}\n`),
    `${bullet}${text(offer.id)}, Paid time off: ${text(offer.evaluation.paidTimeOff.explanation)}\n`,
    // After tax, each tax line's explanation too (docs/semantics.md §22).
    ...(comparison.taxes?.[comparison.offers.indexOf(offer)]?.lines ?? []).map((line) => `${bullet}${text(offer.id)}, ${text(line.label)}: ${text(line.explanation)}\n`),
  ]);
  return `Explanations:\n${lines.join('')}`;
}
