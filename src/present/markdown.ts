import type { ComparisonView } from './comparison-view.js';

function escapeMarkdown(text: string): string {
  return text.replace(/\\/g, '\\\\').replace(/\|/g, '\\|');
}

/**
 * A comparison view as a GitHub-flavoured Markdown table.
 *
 * @example
 * ```ts
 * renderMarkdown(comparisonView(comparison, { locale: 'en-US' }));
 * ```
 */
export function renderMarkdown(view: ComparisonView): string {
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
