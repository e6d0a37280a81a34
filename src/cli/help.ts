/**
 * The text of `total-comp --help`.
 *
 * @example
 * ```ts
 * HELP.startsWith('total-comp'); // true
 * ```
 */
export const HELP = `total-comp — compare job offers on their whole annual value

Usage:
  total-comp compare <offers.json | -> [options]
  total-comp evaluate <offer.json | -> [options]
  total-comp equivalent <amount> --from US-XX --to US-YY
  total-comp --help | --version

compare reads { "offers": [ ... ] } or an array of offers; evaluate reads one offer.
"-" reads standard input.

Options:
  --metric M            annual (default), firstYear, adjusted, effectiveHourly,
                        guaranteedCash, low, high, horizon, afterTax (the default
                        with --filing)
  --format F            table (default), markdown, csv, json, html
  --reference-index N   price index of the reference area for "adjusted" (default 100)
  --years N             years of the "horizon" metric (default 5)
  --plan-year Y         plan year of the IRS limits (default: the newest in this release)
  --locale L            locale of the numbers in table and markdown (default en-US)
  --market              where each offer's base sits in BLS wages (SOC 29-2072 Medical
                        Records Specialists): under a table, or each offer's "market" in json
  --explain             under a table, each line's explanation (json and csv hold them)
  --from, --to          areas of "equivalent": US state codes (BEA price parities, 2024)
                        or cost indexes (100 is the US average)

After tax (an estimate: federal, Social Security and Medicare, state, local):
  --filing F            single, married-joint or head-of-household: ranks the
                        offers after tax and adds a Taxes block
  --tax-year Y          2024, 2025 or 2026 (default 2026)
  --state S             the state that taxes the wages (US-OR), or "none";
                        default each offer's location.region
  --locality L          US-NY-NYC, US-NY-YONKERS, US-PA-PHILADELPHIA or a
                        Maryland county (US-MD-MONTGOMERY)

Exit codes: 0 success, 1 invalid input (every problem printed with its path),
2 usage error.
`;
