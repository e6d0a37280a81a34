import { escapeControls } from '../util/escape-controls.js';
import type { ComparisonView } from './comparison-view.js';

/**
 * The ASCII punctuation that starts Markdown syntax in a table cell, in CommonMark, GFM and the
 * dialects of GitHub and common renderers: escapes, code, emphasis, strikethrough, links,
 * images and footnotes, HTML and autolinks (`<`, `www.`, `https:`, `a@b.c`), entities, the cell
 * separator, math, emoji codes, references, and the marks some renderers add (`^ = + { }`).
 */
const MARKDOWN_SYNTAX = /[\\`*_[\]<>&|~$:@#!.^=+{}]/g;

/**
 * A user's text as Markdown that renders as that very text, on one line, in one table cell:
 * controls escaped (see {@link escapeControls}, the line break included, which would end the
 * table), then every character that could start Markdown syntax behind a backslash, which
 * CommonMark allows before any ASCII punctuation (docs/semantics.md §15.1).
 *
 * @example
 * ```ts
 * markdownText('[x](javascript:alert(1)) <b>'); // "\\[x\\](javascript\\:alert(1)) \\<b\\>"
 * ```
 */
export function markdownText(text: string): string {
  return escapeControls(text).replace(MARKDOWN_SYNTAX, '\\$&');
}

/**
 * A comparison view as a GitHub-flavoured Markdown table. The view's user text must have gone
 * through {@link markdownText} (`comparisonView(comparison, { locale, text: markdownText })`);
 * its own words and figures hold no Markdown syntax.
 *
 * @example
 * ```ts
 * renderMarkdown(comparisonView(comparison, { locale: 'en-US', text: markdownText }));
 * ```
 */
export function renderMarkdown(view: ComparisonView): string {
  const row = (cells: readonly string[]) => `| ${cells.join(' | ')} |`;
  const out = [`**${view.title}**`, ''];
  out.push(row(['', ...view.columns.map((column) => `${column.heading}<br>${column.label}`)]));
  out.push(`| --- |${view.columns.map(() => ' ---: |').join('')}`);
  for (const section of view.sections) {
    out.push(row([`**${section.title}**`, ...view.columns.map(() => '')]));
    for (const entry of section.rows) out.push(row([entry.label, ...entry.cells]));
  }
  out.push('', ...view.notes.map((note) => `> ${note}`));
  return `${out.join('\n')}\n`;
}
