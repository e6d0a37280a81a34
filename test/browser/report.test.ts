import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { formatComparison } from '../../src/format.js';
import { compareOffers, type OfferInput } from '../../src/index.js';
import { comparisonToJSON } from '../../src/present/comparison-json.js';
import { REPORT_POLICY } from '../../src/present/report-style.js';
import { launchChromium } from './launch.js';

// The example report (examples/offers.json, what `npm start` prints and writes to report.html),
// rendered by headless Chromium (docs/semantics.md §23).
const { offers } = JSON.parse(readFileSync(new URL('../../examples/offers.json', import.meta.url), 'utf8')) as { offers: OfferInput[] };
// The browser's globals that the functions run in the page use: the project compiles without the
// DOM library (src/ must not use it), so they are declared here, for this module only.
declare const window: { violations?: string[]; axe: { run: () => Promise<{ violations: { id: string; impact: string; nodes: unknown[] }[] }> } };
declare const document: {
  addEventListener: (type: 'securitypolicyviolation', listener: (event: { violatedDirective: string; blockedURI: string }) => void) => void;
  body: { style: { zoom: string } };
  documentElement: { scrollWidth: number; clientWidth: number };
};
declare function getComputedStyle(element: unknown): { borderBottomWidth: string; breakInside: string };
type SVGRectElement = { getBBox: () => { height: number } };

const AXE = createRequire(import.meta.url).resolve('axe-core/axe.min.js');
const ORIGIN = 'http://report.test/';

let browser: Browser;
let context: BrowserContext;
beforeAll(async () => {
  browser = await launchChromium();
  // Chromium here runs as a single process (@sparticuz/chromium's flags) and quits when a
  // context closes: the pages share one context, open to the end.
  context = await browser.newContext();
});
afterAll(async () => {
  await browser.close();
});

/**
 * Opens a page served at ORIGIN with the report's policy as a header too, and gathers what
 * goes wrong: console errors, page errors, requests, and Content-Security-Policy violations
 * (recorded by a listener the browser installs before the page, outside its policy).
 */
async function open(html: string, viewport = { width: 960, height: 1000 }) {
  const page = await context.newPage();
  await page.setViewportSize(viewport);
  const problems: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error' || message.type() === 'warning') problems.push(`console ${message.type()}: ${message.text()}`);
  });
  page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (event) => {
      window.violations ??= [];
      window.violations.push(`${event.violatedDirective} ${event.blockedURI}`);
    });
  });
  const requests: string[] = [];
  await page.route('**/*', (route) => {
    requests.push(route.request().url());
    return route.request().url() === ORIGIN
      ? route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', headers: { 'Content-Security-Policy': REPORT_POLICY }, body: html })
      : route.abort();
  });
  await page.goto(ORIGIN);
  const violations = await page.evaluate(() => window.violations ?? []);
  return { page, problems: [...problems, ...violations.map((violation) => `policy violation: ${violation}`)], requests };
}

/** The parts of each bar as drawn: category, figure, and height in the page's own units. */
const drawnParts = (page: Page) =>
  page.$$eval('g.bar', (bars) =>
    bars.map((bar) => ({
      id: bar.querySelector('text:last-of-type')?.textContent,
      parts: [...bar.querySelectorAll('rect.part')].map((rect) => ({
        category: rect.getAttribute('data-category'),
        amount: Number(rect.getAttribute('data-amount')),
        height: (rect as unknown as SVGRectElement).getBBox().height,
      })),
    })),
  );

describe('the example report in Chromium', () => {
  test('renders under its Content-Security-Policy with no error, no violation and no request but its own', async () => {
    const { page, problems, requests } = await open(formatComparison(compareOffers(offers), { format: 'html' }));
    expect(problems).toEqual([]);
    expect(requests).toEqual([ORIGIN]);
    // The style sheet was applied (its hash allowed it): the headings have their rule.
    expect(await page.$eval('h2', (heading) => getComputedStyle(heading).borderBottomWidth)).toBe('2px');
    expect(await page.textContent('.verdict')).toMatch(/^mercy-ccs comes first on annual total/);
    await page.close();
  });

  test('the listener does see a violation: a style sheet the policy does not name is refused', async () => {
    const tampered = formatComparison(compareOffers(offers), { format: 'html' }).replace('<style>', '<style>h2 { color: red; }');
    const { page, problems } = await open(tampered);
    expect(problems.some((problem) => problem.startsWith('policy violation: style-src'))).toBe(true);
    expect(await page.$eval('h2', (heading) => getComputedStyle(heading).borderBottomWidth)).toBe('0px');
    await page.close();
  });

  test('bar heights are proportional to the figures, which are the JSON’s', async () => {
    const comparison = compareOffers(offers);
    const { page } = await open(formatComparison(comparison, { format: 'html' }));
    const bars = await drawnParts(page);
    const json = comparisonToJSON(comparison);
    expect(bars.map((bar) => bar.id)).toEqual(json.ranking);
    const parts = bars.flatMap((bar) => bar.parts);
    const scale = (parts[0]?.height ?? 0) / Math.abs(parts[0]?.amount ?? 1);
    expect(scale).toBeGreaterThan(0);
    for (const part of parts) expect(part.height).toBeCloseTo(Math.abs(part.amount) * scale, 2);
    for (const bar of bars) {
      const totals = json.offers.find((offer) => offer.id === bar.id)?.totals;
      expect(bar.parts.find((part) => part.category === 'guaranteed-cash')?.amount).toBe(Number(totals?.guaranteedCash));
      expect(bar.parts.find((part) => part.category === 'benefits')?.amount).toBe(Number(totals?.benefits));
      expect(bar.parts.find((part) => part.category === 'costs')?.amount).toBe(-Number(totals?.costs));
    }
    await page.close();
  });

  test('the line chart of a comparison over years renders too, one marker per offer and year', async () => {
    const { page, problems } = await open(formatComparison(compareOffers(offers, { metric: 'horizon', years: 5 }), { format: 'html' }));
    expect(problems).toEqual([]);
    expect(await page.locator('svg .point').count()).toBe(15);
    expect(await page.locator('svg title#lines-title').textContent()).toBe('Cumulative total by year');
    await page.close();
  });

  test('axe-core finds no serious or critical violation (on a copy without the policy, which would refuse axe’s script)', async () => {
    for (const metric of ['annual', 'horizon'] as const) {
      const html = formatComparison(compareOffers(offers, { metric }), { format: 'html' }).replace(/<meta http-equiv="Content-Security-Policy"[^>]*>\n/, '');
      const page = await context.newPage();
      await page.setContent(html);
      await page.addScriptTag({ path: AXE });
      const violations = await page.evaluate(async () => {
        const result = await window.axe.run();
        return result.violations.map((violation) => ({ id: violation.id, impact: violation.impact, nodes: violation.nodes.length }));
      });
      expect(violations.filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')).toEqual([]);
      await page.close();
    }
  });

  test('at 200 % zoom (half the width in CSS pixels) the page reflows: nothing wider than the window but inside a table’s scroller', async () => {
    const { page } = await open(formatComparison(compareOffers(offers), { format: 'html' }), { width: 640, height: 800 });
    await page.evaluate(() => {
      document.body.style.zoom = '2';
    });
    // The document itself never scrolls sideways; wide tables scroll inside their own box.
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    await page.close();
  });

  test('prints on A4 and Letter with rows, charts and notes kept whole', async () => {
    const { page } = await open(formatComparison(compareOffers(offers, { metric: 'horizon' }), { format: 'html' }));
    await page.emulateMedia({ media: 'print' });
    expect(await page.$eval('tbody tr', (row) => getComputedStyle(row).breakInside)).toBe('avoid');
    expect(await page.$eval('figure', (figure) => getComputedStyle(figure).breakInside)).toBe('avoid');
    for (const format of ['A4', 'Letter']) {
      const pdf = await page.pdf({ format });
      expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
      // More than one page: the report does not shrink to fit, it breaks between rows.
      expect(pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g)?.length).toBeGreaterThan(1);
    }
    await page.close();
  });
});
