// Types of scripts/launch-chromium.mjs, for the browser tests.
import type { Browser } from 'playwright-core';

/** Starts headless Chromium (from @sparticuz/chromium, driven by playwright-core); close it when done. */
export function launchChromium(): Promise<Browser>;
