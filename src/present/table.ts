import { displayWidth as width } from '../util/display-width.js';
import type { ComparisonView } from './comparison-view.js';

function pad(text: string, size: number, align: 'left' | 'right'): string {
  const fill = ' '.repeat(Math.max(0, size - width(text)));
  return align === 'left' ? text + fill : fill + text;
}

/**
 * A comparison view as a plain-text table for a terminal: offers side by side, labels left,
 * amounts right-aligned, sections under their titles, notes under a rule.
 *
 * @example
 * ```ts
 * renderTable(comparisonView(comparison, { locale: 'en-US' }));
 * ```
 */
export function renderTable(view: ComparisonView): string {
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
