// Headless Chromium for the browser tests and the report's screenshot: the binary comes from the
// npm package @sparticuz/chromium (no download at run time, no system package), driven by
// playwright-core. Both are dev dependencies; nothing here ships.
import chromium from '@sparticuz/chromium';
import { chromium as playwright } from 'playwright-core';

/**
 * Starts headless Chromium; close it when done (`await browser.close()`).
 *
 * @example
 * const browser = await launchChromium();
 * const page = await browser.newPage();
 * await page.setContent('<h1>Offers</h1>');
 * await browser.close();
 */
export async function launchChromium() {
  // The flags @sparticuz/chromium needs (no sandbox, no GPU, a single process) and no
  // background networking: this machine has no internet, and the browser would keep trying.
  const args = [...chromium.args, '--disable-background-networking', '--disable-component-update', '--no-first-run'];
  return playwright.launch({ executablePath: await chromium.executablePath(), args, headless: true });
}
