import type { Offer } from './types.js';
import { afterUses } from '../util/after-uses.js';
import { compiledParser } from './compiled-parser.js';
import { offerSchema } from './schema.js';
import { safeValidate } from './validate.js';
import type { OfferValidationError } from './validation-error.js';

/**
 * Marks offers this library parsed, so that evaluating them again skips validation. A registered
 * symbol, so the ESM and CommonJS builds recognise each other's offers.
 */
const PARSED_OFFER = Symbol.for('total-comp.parsed-offer');

/** Parses zod's runtime parser does before the compiled one is made (bench/README.md has why). */
const PARSES_BEFORE_COMPILING = 1000;

/**
 * The parser of offers: zod's runtime parser for the first {@link PARSES_BEFORE_COMPILING}
 * parses, then {@link offerSchema} compiled by zod (`z.compile`) into one generated function,
 * which parses a valid offer about three times as fast and hands anything it cannot accept to
 * the runtime parser, so results and errors are the same. Compiling costs some thirty
 * milliseconds, three thousand parses' worth of the time it saves, so a program that parses a
 * few offers never pays for it. Where generated code is not allowed (a Content-Security-Policy
 * without `unsafe-eval`), zod returns the schema as it is.
 */
const offerParser = afterUses(PARSES_BEFORE_COMPILING, offerSchema, () => compiledParser(offerSchema));

/**
 * Whether a value is an offer returned by {@link parseOffer} (validated, defaults filled,
 * frozen): such offers are evaluated without being validated again.
 *
 * @example
 * ```ts
 * isParsedOffer(parseOffer(input)); // true
 * isParsedOffer(input);             // false
 * ```
 */
export function isParsedOffer(value: unknown): value is Offer {
  return typeof value === 'object' && value !== null && Object.hasOwn(value, PARSED_OFFER);
}

/** Freezes every element of a list, then the list. */
function freezeEach<T extends object>(list: readonly T[]): void {
  for (const item of list) Object.freeze(item);
  Object.freeze(list);
}

/**
 * Freezes a parsed offer object by object. Its shape is known, so nothing is searched, as a
 * generic deep freeze, which visits every decimal too, would. test/offer/parse.test.ts checks that everything reachable ends up frozen.
 */
function freezeOffer(offer: Offer): Offer {
  const { benefits, costs } = offer;
  for (const retirement of benefits.retirement) {
    freezeEach(retirement.match);
    Object.freeze(retirement.eligiblePay);
    if (retirement.vesting.type === 'graded') Object.freeze(retirement.vesting.vestedPercentByYear);
    Object.freeze(retirement.vesting);
    if (retirement.pension !== null) Object.freeze(retirement.pension);
    Object.freeze(retirement);
  }
  Object.freeze(benefits.retirement);
  for (const insurance of benefits.insurance) if (insurance.outOfPocket !== null) Object.freeze(insurance.outOfPocket);
  if (benefits.hsa !== null) Object.freeze(benefits.hsa);
  if (benefits.hra !== null) Object.freeze(benefits.hra);
  freezeEach(benefits.insurance);
  freezeEach(benefits.other);
  Object.freeze(benefits.timeOff);
  Object.freeze(benefits.education);
  Object.freeze(benefits);
  if (costs.commute !== null) Object.freeze(costs.commute);
  freezeEach(costs.other);
  Object.freeze(costs);
  freezeEach(offer.growth.steps);
  Object.freeze(offer.growth);
  for (const bonus of offer.bonuses) {
    if (bonus.clawback !== null) Object.freeze(bonus.clawback);
    if (bonus.perUnit !== null) {
      freezeEach(bonus.perUnit.tiers);
      Object.freeze(bonus.perUnit);
    }
  }
  freezeEach(offer.pay.differentials);
  freezeEach(offer.bonuses);
  Object.freeze(offer.pay);
  if (offer.overtime !== null) Object.freeze(offer.overtime);
  Object.freeze(offer.location);
  return Object.freeze(offer);
}

/** The result of {@link safeParseOffer}. */
export type SafeParseOfferResult =
  | { readonly success: true; readonly data: Offer }
  | { readonly success: false; readonly error: OfferValidationError };

/**
 * Validates an offer without throwing. On success `data` is the parsed offer, deeply frozen;
 * otherwise `error` lists every problem with its path. The input is never changed. An offer
 * that this library already parsed is returned as it is.
 *
 * @example
 * ```ts
 * const result = safeParseOffer({ label: 'Coder', pay: { type: 'salary', amount: '52,000' } });
 * if (!result.success) console.log(result.error.issues[0]);
 * // { path: "pay.amount", message: 'must be a number or a decimal string, got "52,000"' }
 * ```
 */
export function safeParseOffer(input: unknown, pathPrefix = ''): SafeParseOfferResult {
  if (isParsedOffer(input)) return { success: true, data: input };
  const result = safeValidate(offerParser(), input, 'offer', pathPrefix);
  if (!result.success) return result;
  Object.defineProperty(result.data, PARSED_OFFER, { value: true, enumerable: false });
  return { success: true, data: freezeOffer(result.data) };
}

/**
 * Validates an offer and fills its defaults (docs/semantics.md §1), or throws an {@link OfferValidationError}
 * naming every problem. The result is deeply frozen; every amount is a {@link Decimal}.
 *
 * @example
 * ```ts
 * const offer = parseOffer({ label: 'Remote CPC', pay: { type: 'salary', amount: 58000 } });
 * offer.id;                     // "remote-cpc"
 * offer.pay.hoursPerWeek.toString(); // "40"
 * ```
 */
export function parseOffer(input: unknown): Offer {
  const result = safeParseOffer(input);
  if (!result.success) throw result.error;
  return result.data;
}
