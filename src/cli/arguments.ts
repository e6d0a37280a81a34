import { type ParseArgsConfig, parseArgs } from 'node:util';
import type { ComparisonMetric } from '../engine/comparison.js';
import { METRICS } from '../engine/metrics.js';
import type { FilingStatus } from '../data/tax/types.js';
import { COMPARISON_FORMATS, type ComparisonFormat } from '../present/format-comparison.js';
import { describeValue } from '../util/describe-value.js';
import { escapeControls } from '../util/escape-controls.js';
import { closestName } from '../util/closest-name.js';
import { type CliError, usage } from './cli-error.js';

/** What the command line was asked to do, with every option checked. */
export type Command =
  | { readonly name: 'help' }
  | { readonly name: 'version' }
  | { readonly name: 'equivalent'; readonly amount: string; readonly from: string; readonly to: string }
  | {
      readonly name: 'compare' | 'evaluate';
      /** A file path, or "-" for standard input. */
      readonly source: string;
      readonly format: ComparisonFormat;
      readonly metric: ComparisonMetric;
      readonly referenceIndex: number | undefined;
      readonly years: number | undefined;
      readonly planYear: number | undefined;
      readonly locale: string;
      readonly market: boolean;
      /** The tax options, when `--filing` was given: the comparison then ranks after tax. */
      readonly taxes: CommandTaxes | undefined;
      /** Print each line's explanation under a table. */
      readonly explain: boolean;
    };

/** What `--filing`, `--tax-year`, `--state` and `--locality` ask for (docs/semantics.md §22). */
export interface CommandTaxes {
  readonly filingStatus: FilingStatus;
  readonly taxYear?: number;
  readonly state?: string;
  readonly locality?: string;
}

const FILING_STATUSES: readonly FilingStatus[] = ['single', 'married-joint', 'head-of-household'];

/** The metrics of the command line: an evaluation's, and `afterTax` (with `--filing`). */
const CLI_METRICS: readonly ComparisonMetric[] = [...METRICS, 'afterTax'];

/**
 * The tax options of the command line, or `undefined` without `--filing`; a usage error for a
 * tax option without `--filing`, or `--filing` with a metric other than `afterTax`.
 */
function taxOptions(values: { readonly [name: string]: string | boolean | undefined }, metric: ComparisonMetric): CommandTaxes | undefined {
  const filing = values.filing as string | undefined;
  const others = (['tax-year', 'state', 'locality'] as const).filter((name) => values[name] !== undefined);
  if (filing === undefined) {
    if (metric === 'afterTax') throw usage('--metric afterTax needs --filing single, married-joint or head-of-household');
    if (others.length > 0) throw usage(`--${others[0] as string} needs --filing single, married-joint or head-of-household`);
    return undefined;
  }
  if (!FILING_STATUSES.includes(filing as FilingStatus)) throw usage(`--filing must be one of ${FILING_STATUSES.join(', ')}, got ${describeValue(filing)}`);
  if (metric !== 'afterTax') throw usage(`--filing ranks the offers after tax: leave --metric out, or give --metric afterTax (got ${describeValue(metric)})`);
  const taxYear = wholeNumber('tax-year', values['tax-year'] as string | undefined, 1900, 2999);
  const state = values.state as string | undefined;
  const locality = values.locality as string | undefined;
  return {
    filingStatus: filing as FilingStatus,
    ...(taxYear === undefined ? {} : { taxYear }),
    ...(state === undefined ? {} : { state }),
    ...(locality === undefined ? {} : { locality }),
  };
}

/** The options of the command line: the one list that parsing and "did you mean" read. */
const OPTIONS = {
  metric: { type: 'string' },
  format: { type: 'string' },
  'reference-index': { type: 'string' },
  years: { type: 'string' },
  'plan-year': { type: 'string' },
  market: { type: 'boolean' },
  filing: { type: 'string' },
  'tax-year': { type: 'string' },
  state: { type: 'string' },
  locality: { type: 'string' },
  explain: { type: 'boolean' },
  locale: { type: 'string' },
  from: { type: 'string' },
  to: { type: 'string' },
  help: { type: 'boolean', short: 'h' },
  version: { type: 'boolean', short: 'v' },
} as const satisfies ParseArgsConfig['options'];

/** A usage error naming the first unknown option of the arguments, with the known one it is closest to. */
function unknownOption(argv: readonly string[]): CliError {
  const end = argv.indexOf('--');
  const shorts: ReadonlySet<string> = new Set(Object.values(OPTIONS).flatMap((option): string[] => ('short' in option ? [option.short] : [])));
  for (const argument of end === -1 ? argv : argv.slice(0, end)) {
    if (!argument.startsWith('-') || argument === '-') continue;
    const long = argument.startsWith('--');
    const name = long ? (argument.slice(2).split('=')[0] as string) : argument.slice(1, 2);
    if (long ? Object.hasOwn(OPTIONS, name) : shorts.has(name)) continue;
    const near = closestName(name, Object.keys(OPTIONS));
    return usage(`unknown option ${escapeControls(long ? `--${name}` : `-${name}`)}${near === undefined ? '' : `: did you mean --${near}?`}`);
  }
  return usage('unknown option');
}

/** Node's words for an option's value said in ours: a value missing, one given to a flag, one that starts with "-". */
function optionValueProblem(message: string): string {
  const typed = /Option '(-[^' ]+)/.exec(message)?.[1];
  // Any other words of Node's name the option as typed: escaped, like every user text of a message.
  if (typed === undefined) return escapeControls(message);
  const option = escapeControls(typed);
  if (message.includes('argument missing')) return `${option} needs a value`;
  if (message.includes('does not take an argument')) return `${option} takes no value`;
  if (message.includes('ambiguous')) return `${option} needs a value; one that starts with "-" is written ${option}=-…`;
  return escapeControls(message);
}

function wholeNumber(name: string, text: string | undefined, min: number, max: number): number | undefined {
  if (text === undefined) return undefined;
  const value = Number(text);
  if (!/^\d+$/.test(text) || value < min || value > max) throw usage(`--${name} must be a whole number from ${min} to ${max}, got ${describeValue(text)}`);
  return value;
}

/**
 * Reads the command line's arguments (without `node` and the script) into a {@link Command},
 * or throws a usage error (exit 2) naming what is wrong.
 *
 * @example
 * ```ts
 * parseArguments(['compare', 'offers.json', '--format', 'json']).name; // "compare"
 * ```
 */
export function parseArguments(argv: readonly string[]): Command {
  let parsed;
  try {
    parsed = parseArgs({
      args: [...argv],
      allowPositionals: true,
      strict: true,
      options: OPTIONS,
    });
  } catch (error) {
    if ((error as { code?: string }).code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION') throw unknownOption(argv);
    throw usage(optionValueProblem((error as Error).message));
  }
  const { values, positionals } = parsed;
  if (values.help === true) return { name: 'help' };
  if (values.version === true) return { name: 'version' };
  const [command, source, ...extra] = positionals;
  if (command === undefined) throw usage('missing a command: compare, evaluate or equivalent');
  if (command === 'equivalent') {
    if (source === undefined || values.from === undefined || values.to === undefined) {
      throw usage('equivalent needs an amount, --from and --to, such as: equivalent 60000 --from US-OK --to US-NJ');
    }
    return { name: 'equivalent', amount: source, from: values.from, to: values.to };
  }
  if (command !== 'compare' && command !== 'evaluate') throw usage(`unknown command ${describeValue(command)}: use compare, evaluate or equivalent`);
  if (source === undefined) throw usage(`${command} needs a file of offers, or "-" for standard input`);
  if (extra.length > 0) throw usage(`unexpected argument ${describeValue(extra.join(' '))}`);

  const format = (values.format ?? 'table') as ComparisonFormat;
  if (!COMPARISON_FORMATS.includes(format)) throw usage(`--format must be one of ${COMPARISON_FORMATS.join(', ')}, got ${describeValue(format)}`);
  // With --filing the offers rank after tax unless another metric is asked for (a usage error).
  const metric = (values.metric ?? (values.filing === undefined ? 'annual' : 'afterTax')) as ComparisonMetric;
  if (!CLI_METRICS.includes(metric)) throw usage(`--metric must be one of ${CLI_METRICS.join(', ')}, got ${describeValue(metric)}`);
  const taxes = taxOptions(values, metric);
  const referenceText = values['reference-index'];
  const referenceIndex = referenceText === undefined ? undefined : Number(referenceText);
  if (referenceText !== undefined && (!/^\d+(\.\d+)?$/.test(referenceText) || referenceIndex === undefined || referenceIndex < 1 || referenceIndex > 1000)) {
    throw usage(`--reference-index must be a number from 1 to 1000, got ${describeValue(referenceText)}`);
  }
  const locale = values.locale ?? 'en-US';
  try {
    new Intl.NumberFormat(locale);
  } catch {
    throw usage(`--locale must be a BCP 47 locale such as en-US, got ${describeValue(locale)}`);
  }
  return {
    name: command,
    source,
    format,
    metric,
    referenceIndex,
    years: wholeNumber('years', values.years, 1, 50),
    planYear: wholeNumber('plan-year', values['plan-year'], 1900, 2999),
    locale,
    market: values.market === true,
    taxes,
    explain: values.explain === true,
  };
}
