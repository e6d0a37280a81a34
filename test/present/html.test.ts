import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { Decimal } from '../../src/decimal/decimal.js';
import { formatComparison } from '../../src/format.js';
import { compareOffersAfterTax } from '../../src/tax.js';
import { compareOffers, type OfferInput } from '../../src/index.js';
import { comparisonToJSON } from '../../src/present/comparison-json.js';
import { comparisonView } from '../../src/present/comparison-view.js';
import { renderHtml } from '../../src/present/html.js';
import { htmlText } from '../../src/present/html-text.js';
import { numberFormats } from '../../src/present/number-format.js';
import { REPORT_POLICY, REPORT_STYLE, REPORT_STYLE_HASH } from '../../src/present/report-style.js';
import { escapeControls } from '../../src/util/escape-controls.js';
import { findings, HOSTILE_LABEL_GROUPS, offersLabelled } from '../fixtures/hostile-text.js';

const { offers } = JSON.parse(readFileSync(new URL('../../examples/offers.json', import.meta.url), 'utf8')) as { offers: OfferInput[] };
const { version } = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { version: string };
const { money, negativeMoney } = numberFormats('USD', 'en-US');

describe('the page (docs/semantics.md §23)', () => {
  test('self-contained: its policy allows its one style sheet by hash, and nothing loads or runs', () => {
    const page = formatComparison(compareOffers(offers), { format: 'html' });
    expect(REPORT_STYLE_HASH).toBe(`sha256-${createHash('sha256').update(REPORT_STYLE, 'utf8').digest('base64')}`);
    expect(page).toContain(`<meta http-equiv="Content-Security-Policy" content="${REPORT_POLICY}">`);
    expect(REPORT_POLICY).toBe(`default-src 'none'; style-src '${REPORT_STYLE_HASH}'; base-uri 'none'; form-action 'none'`);
    expect(page.match(/<style>/g)).toHaveLength(1);
    expect(page).toContain(`<style>${REPORT_STYLE}</style>`);
    expect(page).not.toMatch(/<script|<link|<img|<iframe|<object|\ssrc=|\shref=|\sstyle=|@import/i);
    expect(page.replaceAll('http://www.w3.org/2000/svg', '')).not.toMatch(/https?:|\/\//);
    // Fills refer to the page's own patterns only.
    for (const [reference] of page.matchAll(/url\([^)]*\)/g)) expect(reference).toMatch(/^url\(#tc-[a-z]+\)$/);
    expect(page.startsWith('<!DOCTYPE html>\n<html lang="en">')).toBe(true);
  });

  test('the example: verdict, bars, the table grouped as the text table, explanations, notes, vintages, version', () => {
    const comparison = compareOffers(offers);
    const page = renderHtml(comparison, { locale: 'en-US' });
    expect(page).toContain('<p class="verdict">mercy-ccs comes first on annual total at $74,430.50, ahead of remote-cpc by $6,637.25 (+8.9%)');
    expect(page.match(/<g class="bar">/g)).toHaveLength(3);
    // No years were asked for: no line chart.
    expect(page).not.toContain('Cumulative total by year');
    // The sections of the text table, in its order, each a group of rows.
    const view = comparisonView(comparison, { locale: 'en-US', text: htmlText });
    const groups = [...page.matchAll(/<th scope="rowgroup" colspan="4">([^<]*)<\/th>/g)].map((match) => match[1]);
    expect(groups).toEqual(view.sections.map((section) => section.title));
    for (const note of view.notes) expect(page).toContain(`<li>${note}</li>`);
    // The explanation of mercy-ccs's match, with its shown amount: 50 % of 6 % of 68,000 = 2,040.
    expect(page).toMatch(/<tr><th scope="row">403\(b\) match<\/th><td class="text">\$2,040\.00<\/td><td class="text">[^<]*2,040[^<]*<\/td><\/tr>/);
    expect(page).toContain(`total-comp ${version}`);
    expect(page).toContain('IRS limits of plan year 2026');
    expect(page).toContain('regional price parities 2024 (released 2026-02-19)');
  });

  test('the figures are the JSON’s: the bars’ parts, totals and ranges, and every line’s amount', () => {
    const comparison = compareOffers(offers);
    const page = renderHtml(comparison, { locale: 'en-US' });
    for (const offer of comparisonToJSON(comparison).offers) {
      const bar = page.match(new RegExp(`<g class="bar">((?:(?!<g class="bar">).)*?>${offer.id}</text>)</g>`))?.[1] as string;
      const amounts = Object.fromEntries([...bar.matchAll(/data-category="([a-z-]+)" data-amount="([-\d.]+)"/g)].map(([, category, amount]) => [category, amount]));
      const { totals } = offer;
      const negated = totals.costs === '0.00' ? undefined : `-${totals.costs}`;
      expect(amounts).toEqual(
        Object.fromEntries(
          Object.entries({ 'guaranteed-cash': totals.guaranteedCash, 'variable-cash': totals.variableCash, benefits: totals.benefits, costs: negated }).filter(
            ([, amount]) => amount !== undefined && amount !== '0.00',
          ),
        ),
      );
      expect(bar).toContain(`class="total" data-amount="${totals.annual}"`);
      expect(bar).toContain(`data-low="${totals.low}" data-high="${totals.high}"`);
      const section = page.slice(page.indexOf(`<h3>${offer.id}</h3>`));
      // The JSON's lines are the evaluation's, in order: the category says which are costs (shown negative).
      const categories = comparison.offers.find((compared) => compared.id === offer.id)?.evaluation.lines.map((line) => line.category);
      for (const [index, line] of offer.lines.entries()) {
        const shown = categories?.[index] === 'costs' ? negativeMoney(new Decimal(line.amount)) : money(new Decimal(line.amount));
        expect(section).toContain(`<tr><th scope="row">${htmlText(line.label)}</th><td class="text">${shown}</td>`);
      }
    }
  });

  test('with years asked for: the line chart and its table, year by year, vesting marked', () => {
    const comparison = compareOffers(offers, { metric: 'horizon', years: 5 });
    const page = formatComparison(comparison, { format: 'html' });
    expect(page).toContain('<h2 id="years-heading">Over 5 years</h2>');
    expect(page.match(/class="point"/g)).toHaveLength(15);
    // mercy-ccs: year 1 is its first year, 74,430.50 + the 2,000 sign-on = 76,430.50; year 2 adds 74,430.50.
    expect(page).toMatch(/<tr><th scope="row">Year 1<\/th><td>\$76,430\.50<\/td>/);
    expect(page).toMatch(/<tr><th scope="row">Year 2<\/th><td>\$150,861\.00<\/td>/);
    expect(page).toContain('mercy-ccs: 403(b) employer money 20% vested');
    expect(page.match(/<g class="event"/g)).toHaveLength(5);
  });

  test('after tax: the Taxes block in the table, and the tax year among the data used', () => {
    const comparison = compareOffersAfterTax(offers, { filingStatus: 'single', taxYear: 2025 });
    const page = renderHtml(comparison, { locale: 'en-US' });
    expect(page).toMatch(/<th scope="rowgroup" colspan="4">Taxes \(estimated: tax year 2025/);
    expect(page).toContain('tax figures of tax year 2025');
    expect(page).toMatch(/<p class="verdict">[a-z-]+ comes first on annual total after tax at /);
    expect(renderHtml(compareOffers(offers), { locale: 'en-US' })).not.toContain('tax figures of');
  });

  test('warnings are listed', () => {
    const page = renderHtml(
      // An exempt salary of 20,000 is below the FLSA salary level.
      compareOffers([{ id: 'w', label: 'W', pay: { type: 'salary', amount: 20000, exempt: true } }, { id: 'v', label: 'V', pay: { type: 'salary', amount: 50000 } }]),
      { locale: 'en-US' },
    );
    expect(page).toMatch(/<li>Warning, w \(pay\.exempt\): an exempt salary of \$20,000\.00 a year/);
  });

  test.each(HOSTILE_LABEL_GROUPS)('any label renders as its literal text, never as markup (issue 22, item 4)', (...labels) => {
    const page = formatComparison(compareOffers(offersLabelled(labels)), { format: 'html' });
    expect(findings('html', page, labels, escapeControls)).toEqual([]);
  });
});
