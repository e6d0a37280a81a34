import { marked } from 'marked';
import { expect, test } from 'vitest';
import { formatComparison } from '../../src/format.js';
import { compareOffers } from '../../src/index.js';
import { escapeControls } from '../../src/util/escape-controls.js';
import { HOSTILE_LABEL_GROUPS, offersLabelled, UNSAFE_FOR_A_TERMINAL } from '../fixtures/hostile-text.js';

/** Text as marked writes it into HTML. */
const html = (text: string) =>
  text.replaceAll('&', '&amp;').replaceAll('<', '&lt;').replaceAll('>', '&gt;').replaceAll('"', '&quot;').replaceAll("'", '&#39;');

/** The tags the library's own Markdown makes: a table, bold section titles, line breaks in headings, notes. */
const OWN_TAGS = new Set(['table', 'thead', 'tbody', 'tr', 'th', 'td', 'strong', 'br', 'p', 'blockquote']);

/** The rendered HTML's cells, row by row. */
const cellsOf = (rendered: string) =>
  [...rendered.matchAll(/<tr>([\s\S]*?)<\/tr>/g)].map((row) => [...(row[1] as string).matchAll(/<t[dh][^>]*>([\s\S]*?)<\/t[dh]>/g)].map((cell) => cell[1] as string));

test.each(HOSTILE_LABEL_GROUPS)('any label renders as its literal text in one cell: no HTML, no link, no emphasis, one table (issue 19, item 3)', (...labels) => {
  const markdown = formatComparison(compareOffers(offersLabelled(labels)), { format: 'markdown' });
  const rendered = marked.parse(markdown, { gfm: true, async: false }) as string;
  expect(rendered.match(/<table>/g)).toHaveLength(1);
  const tags = new Set([...rendered.matchAll(/<\/?([a-z][a-z0-9]*)/gi)].map((match) => (match[1] as string).toLowerCase()));
  expect([...tags].filter((tag) => !OWN_TAGS.has(tag))).toEqual([]);
  const [header, ...rows] = cellsOf(rendered);
  const columns = (header as string[]).length;
  expect(columns).toBe(labels.length + 1);
  for (const row of rows) expect(row).toHaveLength(columns);
  const rowLabels = new Set(rows.map((row) => row[0]));
  for (const [index, label] of labels.entries()) {
    const literal = html(escapeControls(label.trim()));
    expect(rowLabels.has(literal), label).toBe(true);
    const heading = `#${labels.length - index} offer-${index}`;
    expect((header as string[]).some((cell) => cell.startsWith(heading) && cell.endsWith(`<br>${literal}`)), heading).toBe(true);
  }
  expect(markdown).not.toMatch(UNSAFE_FOR_A_TERMINAL);
});
