// The package in a real browser (issue 20, item 8): the ESM entries — main, format, market and tax — bundled for the browser by
// esbuild (`platform: 'browser'`, so the `browser` export condition picks dist/browser/), run in
// headless Chromium under a Content-Security-Policy without 'unsafe-eval', must compare the
// example offers exactly as Node does, in every format, without one policy violation or error.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { expect, test } from 'vitest';
import { launchChromium } from './launch.js';

const root = fileURLToPath(new URL('../..', import.meta.url));
const offers = readFileSync(new URL('../../examples/offers.json', import.meta.url), 'utf8');
const FORMATS = ['table', 'markdown', 'csv', 'json'] as const;
const POLICY = "default-src 'none'; script-src 'self'";

/** What the page runs: every format of the example offers' comparison, by the package's name. */
const PAGE_SCRIPT = `
import { compareOffers, comparisonToJSON, parseOffer } from 'total-comp';
import { formatComparison } from 'total-comp/format';
import { equivalentSalary, marketPosition, marketPositionToJSON } from 'total-comp/market';
import { compareOffersAfterTax } from 'total-comp/tax';
const offers = JSON.parse(${JSON.stringify(offers)}).offers.map((offer) => parseOffer(offer));
const comparison = compareOffers(offers);
window.results = Object.fromEntries(${JSON.stringify(FORMATS)}.map((format) => [format, formatComparison(comparison, { format })]));
window.results.market = JSON.stringify([equivalentSalary(60000, { from: 'US-OK', to: 'US-NJ' }).toFixed(2), ...offers.map((offer) => marketPositionToJSON(marketPosition(offer)))]);
window.results.afterTax = JSON.stringify(comparisonToJSON(compareOffersAfterTax(offers, { filingStatus: 'single' })));
`;

/** The same in Node, from the built package (dist/), as users import it there. */
async function nodeResults(): Promise<Record<string, string>> {
  const { compareOffers, parseOffer } = (await import(`${root}dist/index.js`)) as typeof import('../../src/index.js');
  const { formatComparison } = (await import(`${root}dist/format.js`)) as typeof import('../../src/format.js');
  const { equivalentSalary, marketPosition, marketPositionToJSON } = (await import(`${root}dist/market.js`)) as typeof import('../../src/market.js');
  const { compareOffersAfterTax } = (await import(`${root}dist/tax.js`)) as typeof import('../../src/tax.js');
  const { comparisonToJSON } = (await import(`${root}dist/index.js`)) as typeof import('../../src/index.js');
  const parsed = (JSON.parse(offers) as { offers: unknown[] }).offers.map((offer) => parseOffer(offer));
  const comparison = compareOffers(parsed);
  return {
    ...Object.fromEntries(FORMATS.map((format) => [format, formatComparison(comparison, { format })])),
    market: JSON.stringify([equivalentSalary(60000, { from: 'US-OK', to: 'US-NJ' }).toFixed(2), ...parsed.map((offer) => marketPositionToJSON(marketPosition(offer)))]),
    afterTax: JSON.stringify(comparisonToJSON(compareOffersAfterTax(parsed, { filingStatus: 'single' }))),
  };
}

/** Bundles a script for the browser and runs it in a page under {@link POLICY}: what it left in `window.results`, the policy's violations and the errors. */
async function runInPage(script: string) {
  const bundle = await build({
    stdin: { contents: script, resolveDir: root, loader: 'js' },
    bundle: true,
    write: false,
    format: 'esm',
    platform: 'browser',
    absWorkingDir: root,
    logLevel: 'silent',
  });
  const code = bundle.outputFiles[0]?.text ?? '';
  const browser = await launchChromium();
  try {
    const page = await browser.newPage();
    const problems: string[] = [];
    page.on('console', (message) => {
      if (message.type() === 'error' || message.type() === 'warning') problems.push(`console ${message.type()}: ${message.text()}`);
    });
    page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
    const listen = "window.violations = []; document.addEventListener('securitypolicyviolation', (event) => window.violations.push(event.violatedDirective));";
    const files: Record<string, [string, string]> = {
      '/': ['text/html', '<!doctype html><meta charset="utf-8"><script src="/listen.js"></script><script type="module" src="/bundle.js"></script>'],
      '/listen.js': ['text/javascript', listen],
      '/bundle.js': ['text/javascript', code],
    };
    await page.route('http://total-comp.test/**', async (route) => {
      const file = files[new URL(route.request().url()).pathname];
      if (file === undefined) return route.fulfill({ status: 404, body: '' });
      return route.fulfill({ status: 200, contentType: file[0], headers: { 'content-security-policy': POLICY }, body: file[1] });
    });
    await page.goto('http://total-comp.test/');
    await page.waitForFunction(() => 'results' in globalThis, undefined, { timeout: 20_000 });
    const results = await page.evaluate(() => (globalThis as unknown as { results: Record<string, string> }).results);
    // A violation event is dispatched as a task: let any pending one arrive.
    await page.evaluate(() => new Promise((resolve) => setTimeout(resolve, 50)));
    const violations = await page.evaluate(() => (globalThis as unknown as { violations: string[] }).violations);
    return { code, results, violations, problems };
  } finally {
    await browser.close();
  }
}

test('in headless Chromium under a strict CSP, the browser bundle compares offers byte for byte as Node does', async () => {
  const { code, results, violations, problems } = await runInPage(PAGE_SCRIPT);
  // The browser build (dist/browser/), which has no zod compiler (z.compile) in it.
  expect(code).toContain('// dist/browser/index.js');
  expect(code).not.toContain('// dist/index.js');
  expect(problems).toEqual([]);
  expect(violations).toEqual([]);
  const expected = await nodeResults();
  for (const entry of [...FORMATS, 'market', 'afterTax']) expect(results[entry], entry).toBe(expected[entry]);
  expect(results.market).toContain('74317.82');
  expect(results.table).toContain('Best: mercy-ccs');
});

test('the page can fail: generated code, even caught, is a violation the test sees', async () => {
  const { violations } = await runInPage("try { new Function('return 1'); } catch {} window.results = {};");
  expect(violations).toEqual(['script-src']);
});
