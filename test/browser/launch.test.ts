import { expect, test } from 'vitest';
import { launchChromium } from './launch.js';

test('headless Chromium starts from the npm package and renders a page', async () => {
  const browser = await launchChromium();
  try {
    const page = await browser.newPage();
    await page.setContent('<main><h1>Offers</h1></main>');
    expect(await page.textContent('h1')).toBe('Offers');
  } finally {
    await browser.close();
  }
});
