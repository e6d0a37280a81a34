import { parseArgs } from 'node:util';
import { compareOffers } from '../api/compare.js';
import { marketPosition } from '../api/market-position.js';
import type { Offer } from '../offer/types.js';
import { equivalentSalary } from '../api/equivalent-salary.js';
import { regionalPriceParity } from '../data/regional-price-parities.js';
import { evaluateOffer } from '../engine/evaluation.js';
import { type ComparisonFormat, formatComparison } from '../present/format-comparison.js';
import { type Metric, METRICS } from '../engine/metrics.js';
import { toJSON } from '../present/evaluation-json.js';
import { OfferValidationError } from '../offer/validation-error.js';

/**
 * Largest input the command line reads: a bigger file fails fast instead of being parsed.
 *
 * @example
 * ```ts
 * INPUT_MAX_BYTES; // 10485760 (10 MB)
 * ```
 */
export const INPUT_MAX_BYTES = 10 * 1024 * 1024;

/**
 * Exit codes of the command line (SPEC 7); 3 is an internal error, which should never happen.
 *
 * @example
 * ```ts
 * EXIT.usage; // 2
 * ```
 */
export const EXIT = Object.freeze({ ok: 0, invalidInput: 1, usage: 2, internal: 3 });

/** What the command line reads and writes: the process, or a test's stand-ins. */
export interface CliIo {
  readonly stdout: (text: string) => void;
  readonly stderr: (text: string) => void;
  /** Reads a file (or standard input for "-") as text, refusing more than `maxBytes`. */
  readonly readInput: (path: string, maxBytes: number) => Promise<string>;
  readonly version: string;
}

/**
 * A problem the user can fix: printed as one line, with its exit code.
 *
 * @example
 * ```ts
 * throw new CliError('cannot read offers.json: no such file', EXIT.usage);
 * ```
 */
export class CliError extends Error {
  constructor(
    message: string,
    readonly exitCode: number,
  ) {
    super(message);
    this.name = 'CliError';
  }
}

const FORMATS: readonly ComparisonFormat[] = ['table', 'markdown', 'csv', 'json'];

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
                        guaranteedCash, low, high, horizon
  --format F            table (default), markdown, csv, json
  --reference-index N   price index of the reference area for "adjusted" (default 100)
  --years N             years of the "horizon" metric (default 5)
  --plan-year Y         plan year of the IRS limits (default: the newest in this release)
  --locale L            locale of the numbers in table and markdown (default en-US)
  --market              under a table, where each offer's base sits in BLS wages
                        (SOC 29-2072 Medical Records Specialists)
  --from, --to          areas of "equivalent": US state codes (BEA price parities, 2024)

Exit codes: 0 success, 1 invalid input (every problem printed with its path),
2 usage error.
`;

function usage(message: string): CliError {
  return new CliError(`${message}\nRun "total-comp --help" for usage.`, EXIT.usage);
}

function wholeNumber(name: string, text: string | undefined, min: number, max: number): number | undefined {
  if (text === undefined) return undefined;
  const value = Number(text);
  if (!/^\d+$/.test(text) || value < min || value > max) throw usage(`--${name} must be a whole number from ${min} to ${max}, got "${text}"`);
  return value;
}

function parseJson(text: string, source: string): unknown {
  try {
    return JSON.parse(text);
  } catch (error) {
    throw new CliError(`${source} is not valid JSON: ${(error as Error).message}`, EXIT.invalidInput);
  }
}

/**
 * Runs the command line on its arguments (without `node` and the script) and returns the exit
 * code. Never throws: every problem becomes a message on standard error and an exit code.
 *
 * @example
 * ```ts
 * const code = await runCli(['compare', 'offers.json', '--format', 'json'], io);
 * ```
 */
export async function runCli(argv: readonly string[], io: CliIo): Promise<number> {
  try {
    await run(argv, io);
    return EXIT.ok;
  } catch (error) {
    if (error instanceof OfferValidationError) {
      io.stderr(`total-comp: invalid input (${error.issues.length} problem${error.issues.length === 1 ? '' : 's'}):\n`);
      for (const issue of error.issues) io.stderr(`${issue.path === '' ? '(input)' : issue.path}: ${issue.message}\n`);
      return EXIT.invalidInput;
    }
    if (error instanceof CliError) {
      io.stderr(`total-comp: ${error.message}\n`);
      return error.exitCode;
    }
    io.stderr(`total-comp: internal error: ${error instanceof Error ? error.message : String(error)}\n`);
    return EXIT.internal;
  }
}

async function run(argv: readonly string[], io: CliIo): Promise<void> {
  let parsed;
  try {
    parsed = parseArgs({
      args: [...argv],
      allowPositionals: true,
      strict: true,
      options: {
        metric: { type: 'string' },
        format: { type: 'string' },
        'reference-index': { type: 'string' },
        years: { type: 'string' },
        'plan-year': { type: 'string' },
        market: { type: 'boolean' },
        locale: { type: 'string' },
        from: { type: 'string' },
        to: { type: 'string' },
        help: { type: 'boolean', short: 'h' },
        version: { type: 'boolean', short: 'v' },
      },
    });
  } catch (error) {
    throw usage((error as Error).message);
  }
  const { values, positionals } = parsed;
  if (values.help === true) {
    io.stdout(HELP);
    return;
  }
  if (values.version === true) {
    io.stdout(`${io.version}\n`);
    return;
  }
  const [command, source, ...extra] = positionals;
  if (command === undefined) throw usage('missing a command: compare, evaluate or equivalent');
  if (command === 'equivalent') {
    if (source === undefined || values.from === undefined || values.to === undefined) {
      throw usage('equivalent needs an amount, --from and --to, such as: equivalent 60000 --from US-OK --to US-NJ');
    }
    const equivalent = equivalentSalary(source, { from: values.from, to: values.to });
    io.stdout(
      `${source} in ${values.from} buys what ${equivalent.toFixed(2)} buys in ${values.to} ` +
        `(BEA regional price parities, 2024: ${String(regionalPriceParity(values.from))} → ${String(regionalPriceParity(values.to))}).\n`,
    );
    return;
  }
  if (command !== 'compare' && command !== 'evaluate') throw usage(`unknown command "${command}": use compare, evaluate or equivalent`);
  if (source === undefined) throw usage(`${command} needs a file of offers, or "-" for standard input`);
  if (extra.length > 0) throw usage(`unexpected argument "${extra.join(' ')}"`);

  const format = (values.format ?? 'table') as ComparisonFormat;
  if (!FORMATS.includes(format)) throw usage(`--format must be one of ${FORMATS.join(', ')}, got "${format}"`);
  const metric = (values.metric ?? 'annual') as Metric;
  if (!METRICS.includes(metric)) throw usage(`--metric must be one of ${METRICS.join(', ')}, got "${metric}"`);
  const referenceText = values['reference-index'];
  const referenceIndex = referenceText === undefined ? undefined : Number(referenceText);
  if (referenceText !== undefined && (!/^\d+(\.\d+)?$/.test(referenceText) || referenceIndex === undefined || referenceIndex < 1 || referenceIndex > 1000)) {
    throw usage(`--reference-index must be a number from 1 to 1000, got "${referenceText}"`);
  }
  const years = wholeNumber('years', values.years, 1, 50);
  const planYear = wholeNumber('plan-year', values['plan-year'], 1900, 2999);
  const locale = values.locale ?? 'en-US';
  try {
    new Intl.NumberFormat(locale);
  } catch {
    throw usage(`--locale must be a BCP 47 locale such as en-US, got "${locale}"`);
  }

  const name = source === '-' ? 'standard input' : source;
  const text = await io.readInput(source, INPUT_MAX_BYTES);
  const data = parseJson(text, name);
  const options = {
    metric,
    ...(referenceIndex === undefined ? {} : { reference: { costIndex: referenceIndex } }),
    ...(years === undefined ? {} : { years }),
    ...(planYear === undefined ? {} : { planYear }),
  };
  if (command === 'evaluate') {
    if (format === 'json') {
      io.stdout(`${JSON.stringify(toJSON(evaluateOffer(data, options.planYear === undefined ? {} : { planYear: options.planYear })), null, 2)}\n`);
      return;
    }
    io.stdout(formatComparison(compareOffers([data], options), { format, locale }));
    return;
  }
  const offers = Array.isArray(data)
    ? data
    : typeof data === 'object' && data !== null && 'offers' in data
      ? (data as { offers: unknown }).offers
      : undefined;
  if (offers === undefined) {
    throw new CliError(`${name} must hold { "offers": [ ... ] } or an array of offers`, EXIT.invalidInput);
  }
  const comparison = compareOffers(offers, options);
  io.stdout(formatComparison(comparison, { format, locale }));
  if (values.market === true && (format === 'table' || format === 'markdown')) {
    io.stdout(`\nMarket position (${MARKET_SOURCE}):\n`);
    for (const offer of comparison.offers) io.stdout(`${format === 'markdown' ? '- ' : '  '}${offer.id}: ${marketWords(offer.evaluation.offer)}\n`);
  }
}

const MARKET_SOURCE = 'BLS OEWS, SOC 29-2072 Medical Records Specialists; base pay only, OEWS excludes overtime and year-end bonuses';

/**
 * Where an offer's base sits in the built-in BLS wages, in one line for the `--market` option.
 *
 * @example
 * ```ts
 * marketWords(parseOffer({ label: 'A', pay: { type: 'salary', amount: 68000 }, location: { region: 'US-NJ' } }));
 * // "base at about the 81st percentile nationally (May 2024); 8% above the US-NJ mean (May 2023)"
 * ```
 */
export function marketWords(offer: Offer): string {
  const position = marketPosition(offer);
  const where =
    position.percentile === null
      ? `base ${position.band === 'below p10' ? 'below the 10th' : 'at or above the 90th'} percentile nationally`
      : `base at about the ${ordinal(Math.round(position.percentile.toNumber()))} percentile nationally`;
  const state =
    position.stateMean === null
      ? ''
      : `; ${position.stateMean.differencePercent.abs().toFixed(0)}% ${position.stateMean.differencePercent.isNegative() ? 'below' : 'above'} the ${position.stateMean.region} mean (May 2023)`;
  return `${where} (${position.release})${state}`;
}

function ordinal(value: number): string {
  const tens = value % 100;
  const suffix = tens >= 11 && tens <= 13 ? 'th' : ({ 1: 'st', 2: 'nd', 3: 'rd' } as Record<number, string>)[value % 10] ?? 'th';
  return `${value}${suffix}`;
}
