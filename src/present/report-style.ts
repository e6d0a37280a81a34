/**
 * The style sheet of the HTML report (docs/semantics.md §23): the page's only style, inline in
 * one `<style>` element. Sizes are in `rem` and `%` and the charts scale to their container, so
 * the page reflows at 200 % zoom; in print, rows, charts and sections are never cut across pages.
 * Chart fills are patterns and outlines, set by SVG attributes (no `style` attribute anywhere:
 * the policy below allows this sheet alone).
 */
export const REPORT_STYLE = `
:root { color-scheme: light; font-family: system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; color: #1a1a1a; background: #fff; }
body { margin: 0; line-height: 1.45; }
main { max-width: 60rem; margin: 0 auto; padding: 1.5rem 1rem 3rem; }
h1 { font-size: 1.6rem; margin: 0 0 0.5rem; }
h2 { font-size: 1.25rem; margin: 2rem 0 0.5rem; border-bottom: 2px solid #1a1a1a; }
h3 { font-size: 1.05rem; margin: 1.25rem 0 0.25rem; }
.verdict { font-size: 1.15rem; padding: 0.75rem 1rem; border-left: 0.4rem solid #1a1a1a; background: #f2f2f2; }
figure { margin: 1rem 0; }
figure svg { display: block; width: 100%; max-width: 48rem; height: auto; }
figcaption { font-size: 0.9rem; margin-top: 0.25rem; }
.scroll { overflow-x: auto; }
table { border-collapse: collapse; width: 100%; font-size: 0.92rem; }
caption { text-align: left; font-weight: 600; padding: 0.25rem 0; }
th, td { padding: 0.3rem 0.5rem; border-bottom: 1px solid #bbb; vertical-align: top; }
thead th { text-align: right; border-bottom: 2px solid #1a1a1a; }
thead th:first-child, tbody th { text-align: left; }
td { text-align: right; white-space: nowrap; }
td.text { text-align: left; white-space: normal; }
tbody th[scope="rowgroup"] { background: #e8e8e8; font-weight: 700; }
.label { display: block; font-weight: 400; font-size: 0.85rem; }
ul.notes li { margin: 0.25rem 0; }
footer { margin-top: 2rem; font-size: 0.85rem; border-top: 1px solid #bbb; }
svg text { font-family: inherit; fill: #1a1a1a; }
@media print {
  @page { size: auto; margin: 12mm; }
  main { max-width: none; padding: 0; }
  .scroll { overflow: visible; }
  tr, figure, .verdict, li, h2, h3 { break-inside: avoid; page-break-inside: avoid; }
  h2, h3 { break-after: avoid; page-break-after: avoid; }
  thead { display: table-header-group; }
  td { white-space: normal; }
}
`;

/**
 * The SHA-256 of {@link REPORT_STYLE}, base64, as a Content-Security-Policy source; a test
 * hashes the style sheet and fails when this is out of date.
 */
export const REPORT_STYLE_HASH = 'sha256-JwDnjO44Qh1J1lFyUZWh7WhGqoVBk4YjTLzb0pNbO5E=';

/**
 * The report's own Content-Security-Policy, in a `<meta http-equiv>` at the top of the page
 * (docs/semantics.md §23): nothing may load or run — no script, image, font, frame or
 * connection — and the one style allowed is the report's style sheet, by its hash. A page that
 * is served can send the same policy as a header.
 */
export const REPORT_POLICY = `default-src 'none'; style-src '${REPORT_STYLE_HASH}'; base-uri 'none'; form-action 'none'`;
