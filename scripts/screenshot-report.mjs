// Writes docs/report.png, the picture of the example report the README shows: the comparison of
// examples/offers.json that `npm start` prints and writes to report.html, rendered by headless
// Chromium at a laptop's width. `npm run screenshot` builds first and runs this.
import { readFileSync } from 'node:fs';
import { compareOffers } from 'total-comp';
import { formatComparison } from 'total-comp/format';
import { launchChromium } from './launch-chromium.mjs';

const { offers } = JSON.parse(readFileSync(new URL('../examples/offers.json', import.meta.url), 'utf8'));
const html = formatComparison(compareOffers(offers), { format: 'html' });
const browser = await launchChromium();
try {
  const page = await browser.newPage({ viewport: { width: 960, height: 1100 }, deviceScaleFactor: 1 });
  await page.setContent(html);
  const path = new URL('../docs/report.png', import.meta.url).pathname;
  // The top of the page, to the end of its first section: the verdict, the bar chart and its table.
  const section = await page.locator('section').first().boundingBox();
  await page.screenshot({ path, fullPage: true, clip: { x: 0, y: 0, width: 960, height: Math.ceil((section?.y ?? 0) + (section?.height ?? 1100) + 16) } });
  console.log(`wrote ${path}`);
} finally {
  await browser.close();
}
