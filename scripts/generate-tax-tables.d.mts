// Types of scripts/generate-tax-tables.mjs, for the test that checks the generated files are in sync.

/** The TypeScript source of src/data/tax/tax-tables.ts, made from data/tax/ (under `root`, the repository by default). */
export function generateTaxTables(root?: URL): string;

/** The Markdown source of docs/tax-sources.md, made from data/tax/. */
export function generateTaxSourcesDoc(root?: URL): string;

/** The research of data/tax/: the state files sorted by code, payroll.json and local.json. */
export function readTaxData(root?: URL): { states: unknown[]; payroll: Record<string, unknown>; local: Record<string, unknown> };
