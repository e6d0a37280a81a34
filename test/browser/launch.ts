// Headless Chromium for the tests that need a real browser. It lives in
// scripts/launch-chromium.mjs so that the report's screenshot (scripts/screenshot-report.mjs,
// plain node) starts the same browser the same way.
export { launchChromium } from '../../scripts/launch-chromium.mjs';
