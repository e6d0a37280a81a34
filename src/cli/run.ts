import { compareOffers } from '../api/compare.js';
import { compareOffersAfterTax } from '../api/compare-after-tax.js';
import { estimateTaxes } from '../api/estimate-taxes.js';
import type { Metric } from '../engine/metrics.js';
import { type Area, equivalentSalary } from '../api/equivalent-salary.js';
import { evaluateOffer } from '../api/evaluate.js';
import type { OfferComparison } from '../engine/comparison.js';
import type { OfferEvaluation } from '../engine/evaluation.js';
import { regionalPriceParity } from '../data/regional-price-parities.js';
import { parseOffer } from '../offer/parse.js';
import type { Offer, OfferInput } from '../offer/types.js';
import { OfferValidationError } from '../offer/validation-error.js';
import { marketPosition } from '../api/market-position.js';
import { comparisonToJSON } from '../present/comparison-json.js';
import { evaluationToJSON } from '../present/evaluation-json.js';
import { explanations } from '../present/explanations.js';
import { jsonDocument } from '../present/json-document.js';
import { marketPositionToJSON } from '../present/market-position-json.js';
import { formatComparison } from '../present/format-comparison.js';
import { taxesToJSON } from '../present/taxes-json.js';
import { escapeControls } from '../util/escape-controls.js';
import { type Command, parseArguments } from './arguments.js';
import { CliError, EXIT } from './cli-error.js';
import { HELP } from './help.js';
import { jsonError } from './json-error.js';
import { MARKET_SOURCE, marketWords } from './market-words.js';

/**
 * Largest input the command line reads: a bigger file fails fast instead of being parsed.
 *
 * @example
 * ```ts
 * INPUT_MAX_BYTES; // 10485760 (10 MB)
 * ```
 */
export const INPUT_MAX_BYTES = 10 * 1024 * 1024;

/** What the command line reads and writes: the process, or a test's stand-ins. */
export interface CliIo {
  readonly stdout: (text: string) => void;
  readonly stderr: (text: string) => void;
  /** Reads a file (or standard input for "-") as text, refusing more than `maxBytes`. */
  readonly readInput: (path: string, maxBytes: number) => Promise<string>;
  readonly version: string;
}

/** The input's JSON, or an invalid-input error (exit 1) naming the line and column where it breaks. */
function parseJson(text: string, source: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    // JSON.parse's message quotes the input raw and counts UTF-16 units from the start.
    const found = text.trim() === '' ? null : jsonError(text);
    const where = found === null ? (text.trim() === '' ? 'it is empty' : 'it cannot be read') : `line ${found.line}, column ${found.column}: ${found.problem}`;
    throw new CliError(`${source} is not valid JSON: ${where}`, EXIT.invalidInput);
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
    await run(parseArguments(argv), io);
    return EXIT.ok;
  } catch (error) {
    if (error instanceof OfferValidationError) {
      const { issues, issueCount } = error;
      const listed = issueCount > issues.length ? `; the first ${issues.length} are listed` : '';
      io.stderr(`total-comp: invalid input (${count(issueCount, 'problem')}${listed}):\n`);
      // Paths and messages quote user text escaped already; escaped again, in case one does not.
      for (const issue of issues) io.stderr(`${issue.path === '' ? '(input)' : escapeControls(issue.path)}: ${escapeControls(issue.message)}\n`);
      if (issueCount > issues.length) io.stderr(`… and ${(issueCount - issues.length).toLocaleString('en-US')} more.\n`);
      return EXIT.invalidInput;
    }
    if (error instanceof CliError) {
      io.stderr(`total-comp: ${escapeControls(error.message)}\n${error.hint === undefined ? '' : `${error.hint}\n`}`);
      return error.exitCode;
    }
    io.stderr(`total-comp: internal error: ${escapeControls(error instanceof Error ? error.message : String(error))}\n`);
    return EXIT.internal;
  }
}

/** "1 problem", "130,000 problems". */
function count(amount: number, noun: string): string {
  return `${amount.toLocaleString('en-US')} ${noun}${amount === 1 ? '' : 's'}`;
}

async function run(command: Command, io: CliIo): Promise<void> {
  switch (command.name) {
    case 'help':
      io.stdout(HELP);
      return;
    case 'version':
      io.stdout(`${io.version}\n`);
      return;
    case 'equivalent': {
      const { amount, from, to } = command;
      // An area is a state code or, as the API takes it, a cost index (`--to 95`).
      const area = (text: string): Area => (/^\d+(\.\d+)?$/.test(text) ? { costIndex: Number(text) } : text);
      const equivalent = equivalentSalary(amount, { from: area(from), to: area(to) });
      const where = (text: string) => (typeof area(text) === 'string' ? `in ${text}` : `at cost index ${text}`);
      const index = (text: string) => (typeof area(text) === 'string' ? String(regionalPriceParity(text)) : `cost index ${text}`);
      io.stdout(
        `${amount} ${where(from)} buys what ${equivalent.toFixed(2)} buys ${where(to)} ` +
          `(BEA regional price parities, 2024: ${index(from)} → ${index(to)}).\n`,
      );
      return;
    }
    default:
      break;
  }
  const { source, format, locale, metric, referenceIndex, years, planYear, taxes } = command;
  const name = source === '-' ? 'standard input' : escapeControls(source);
  const data = parseJson(await io.readInput(source, INPUT_MAX_BYTES), name);
  const options = {
    ...(taxes === undefined ? { metric: metric as Metric } : {}),
    ...(referenceIndex === undefined ? {} : { reference: { costIndex: referenceIndex } }),
    ...(years === undefined ? {} : { years }),
    ...(planYear === undefined ? {} : { planYear }),
  };
  // With --filing the offers rank after tax, each with its tax estimate (docs/semantics.md §22).
  const compare = (offers: readonly (OfferInput | Offer)[]) =>
    taxes === undefined ? compareOffers(offers, options) : compareOffersAfterTax(offers, { ...options, ...taxes });
  // A file of offers holds { "offers": [ ... ] } or an array of them.
  const offers = Array.isArray(data)
    ? data
    : typeof data === 'object' && data !== null && 'offers' in data
      ? (data as { offers: unknown }).offers
      : undefined;
  // The comparison in the format asked for, then what --explain and --market add under it.
  const show = (comparison: OfferComparison) => {
    if (command.market && format === 'json') {
      // The market position is the market entry's, not the comparison's: added to each offer here.
      const json = comparisonToJSON(comparison);
      const market = comparison.offers.map((offer) => marketPositionToJSON(marketPosition(offer.evaluation.offer)));
      io.stdout(jsonDocument({ ...json, offers: json.offers.map((offer, index) => ({ ...offer, market: market[index] })) }));
    } else {
      io.stdout(formatComparison(comparison, { format, locale }));
    }
    // json and csv hold every explanation already.
    if (command.explain && (format === 'table' || format === 'markdown')) io.stdout(`\n${explanations(comparison, format)}`);
    if (command.market && (format === 'csv' || format === 'html')) {
      io.stderr(`total-comp: --market is not shown in ${format}: use --format table, markdown or json for it\n`);
    }
    if (command.market && (format === 'table' || format === 'markdown')) {
      io.stdout(`\nMarket position (${MARKET_SOURCE}):\n`);
      for (const offer of comparison.offers) io.stdout(`${format === 'markdown' ? '- ' : '  '}${offer.id}: ${marketWords(offer.evaluation.offer)}\n`);
    }
  };
  if (command.name === 'evaluate') {
    if (offers !== undefined) {
      throw new CliError(`${name} holds a list of offers, a comparison: evaluate reads one offer; use "total-comp compare" for a list`, EXIT.invalidInput);
    }
    // One offer: its problems are named by their own paths (`pay.amount`), not `offers[0].…`.
    const offer = parseOffer(data);
    let evaluation: OfferEvaluation;
    if (format === 'json') {
      evaluation = evaluateOffer(offer, planYear === undefined ? {} : { planYear });
      const json = evaluationToJSON(evaluation);
      // After tax, the estimate follows the evaluation's figures (docs/semantics.md §22); --market adds `market`.
      io.stdout(
        jsonDocument({
          ...json,
          ...(taxes === undefined ? {} : { taxes: taxesToJSON(estimateTaxes(evaluation, taxes), evaluation) }),
          ...(command.market ? { market: marketPositionToJSON(marketPosition(offer)) } : {}),
        }),
      );
    } else {
      const comparison = compare([offer]);
      evaluation = (comparison.offers[0] as (typeof comparison.offers)[number]).evaluation;
      show(comparison);
    }
    // Warnings go to standard error too, where a script that reads the output still sees them.
    for (const warning of evaluation.warnings) io.stderr(`total-comp: warning: ${warning.path}: ${warning.message}\n`);
    return;
  }
  if (offers === undefined) {
    throw new CliError(`${name} must hold { "offers": [ ... ] } or an array of offers`, EXIT.invalidInput);
  }
  // Unknown JSON: compareOffers validates every offer at run time, naming `offers[i]` paths.
  show(compare(offers as readonly OfferInput[]));
}
