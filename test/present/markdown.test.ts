import { marked } from 'marked';
import { expect, test } from 'vitest';
import { formatComparison } from '../../src/format.js';
import { compareOffers } from '../../src/index.js';
import { escapeControls } from '../../src/util/escape-controls.js';
import { cellsOf, findings, HOSTILE_LABEL_GROUPS, html, offersLabelled } from '../fixtures/hostile-text.js';

test.each(HOSTILE_LABEL_GROUPS)('any label renders as its literal text in one cell: no HTML, no link, no emphasis, one table (issue 19, item 3)', (...labels) => {
  const markdown = formatComparison(compareOffers(offersLabelled(labels)), { format: 'markdown' });
  const rendered = marked.parse(markdown, { gfm: true, async: false }) as string;
  expect(rendered.match(/<table>/g)).toHaveLength(1);
  const [header] = cellsOf(rendered);
  expect(header).toHaveLength(labels.length + 1);
  for (const [index, label] of labels.entries()) {
    const heading = `#${labels.length - index} offer-${index}`;
    expect((header as string[]).some((cell) => cell.startsWith(heading) && cell.endsWith(`<br>${html(escapeControls(label.trim()))}`)), heading).toBe(true);
  }
  expect(findings('markdown', markdown, labels, escapeControls)).toEqual([]);
});
