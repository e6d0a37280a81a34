import * as z from 'zod/mini';
import { DEFAULT_TAX_YEAR, FEDERAL_TAX, federalTaxYear } from '../data/tax/federal-tax.js';
import { LOCALITIES } from '../data/tax/tax-tables.js';
import { localityOf, statePayrollYears, stateTaxRules } from '../data/tax/tax-lookup.js';
import type { FilingStatus, Locality } from '../data/tax/types.js';
import { type Decimal, ZERO } from '../decimal/decimal.js';
import type { ResolvedTaxOptions } from '../engine/tax/tax-estimate.js';
import { money, percent } from '../offer/numbers.js';
import { regionCode } from '../offer/schema.js';
import type { Offer } from '../offer/types.js';
import { validate } from '../offer/validate.js';
import type { ValidationIssue } from '../offer/validation-error.js';
import { Decimal as DecimalOf } from '../decimal/decimal.js';

/** Options of `estimateTaxes` and `compareOffersAfterTax` (docs/semantics.md §22). */
export interface TaxOptions {
  readonly filingStatus: FilingStatus;
  /** The tax year; default {@link DEFAULT_TAX_YEAR}. Plan limits follow the evaluation's `planYear`. */
  readonly taxYear?: number;
  /** A state's ISO 3166-2 code (`"US-OR"`), or `"none"` to leave state taxes out; default the offer's `location.region`. */
  readonly state?: string;
  /** A locality with an income tax: `"US-NY-NYC"`, `"US-NY-YONKERS"`, `"US-PA-PHILADELPHIA"`, a Maryland county (`"US-MD-MONTGOMERY"`). */
  readonly locality?: string;
  /** A flat local rate on wages, for a locality the table does not have (0–10). */
  readonly localRatePercent?: number | string;
  /** The household's other wages (a spouse's job); default 0. */
  readonly otherWages?: number | string;
  /** `false` for a public job outside Social Security; default true. */
  readonly socialSecurity?: boolean;
}

/** Tax options after validation, before a state is chosen for each offer. */
export interface TaxSettings {
  readonly filingStatus: FilingStatus;
  readonly taxYear: number;
  /** `"offer"`: each offer's own region. */
  readonly state: string;
  readonly locality: Locality | null;
  readonly localRatePercent: Decimal | null;
  readonly otherWages: Decimal;
  readonly socialSecurity: boolean;
}

/** The keys of {@link TaxOptions}, to split them from a comparison's options. */
export const TAX_OPTION_KEYS = Object.freeze(['filingStatus', 'taxYear', 'state', 'locality', 'localRatePercent', 'otherWages', 'socialSecurity'] as const);

const taxOptionsSchema = z
  .strictObject({
    filingStatus: z.enum(['single', 'married-joint', 'head-of-household']),
    taxYear: z._default(
      z.number().check(
        z.refine((year) => federalTaxYear(year) !== undefined, {
          error: (issue) => `must be a tax year of the table (${FEDERAL_TAX.map((entry) => entry.year).join(', ')}), got ${String(issue.input)}`,
        }),
      ),
      DEFAULT_TAX_YEAR,
    ),
    state: z.optional(z.union([z.literal('none'), regionCode])),
    locality: z.optional(
      z.string().check(
        z.refine((code) => localityOf(code) !== undefined, {
          error: () => `must be one of ${LOCALITIES.map((locality) => JSON.stringify(locality.code)).join(', ')}`,
        }),
      ),
    ),
    localRatePercent: z.optional(percent({ min: new DecimalOf(0), max: new DecimalOf(10) })),
    otherWages: z.optional(money()),
    socialSecurity: z._default(z.boolean(), true),
  })
  .check(
    z.refine((value) => value.locality === undefined || value.localRatePercent === undefined, {
      error: 'give a locality or a localRatePercent, not both',
      path: ['localRatePercent'],
    }),
    z.refine((value) => value.locality === undefined || value.state === undefined || value.state === localityOf(value.locality)?.state, {
      error: 'must be in the state given (options.state)',
      path: ['locality'],
    }),
  );

/**
 * Validates tax options, or throws an {@link OfferValidationError} with paths under `options`.
 *
 * @example
 * ```ts
 * resolveTaxSettings({ filingStatus: 'single' }).taxYear; // 2026
 * ```
 */
export function resolveTaxSettings(options: TaxOptions): TaxSettings {
  const value = validate(taxOptionsSchema, options, 'options', 'options');
  return Object.freeze({
    filingStatus: value.filingStatus,
    taxYear: value.taxYear,
    state: value.state ?? 'offer',
    locality: value.locality === undefined ? null : (localityOf(value.locality) as Locality),
    localRatePercent: value.localRatePercent ?? null,
    otherWages: value.otherWages ?? ZERO,
    socialSecurity: value.socialSecurity,
  });
}

/**
 * The settings of one offer's estimate: its state (the one given, else the offer's region), that
 * state's payroll programmes, and the locality when it lies in that state.
 *
 * @example
 * ```ts
 * taxOptionsFor(resolveTaxSettings({ filingStatus: 'single' }), offer).state?.code; // the offer's region
 * ```
 */
export function taxOptionsFor(settings: TaxSettings, offer: Offer): ResolvedTaxOptions {
  const code = settings.state === 'offer' ? offer.location.region : settings.state === 'none' ? null : settings.state;
  const state = code === null ? null : (stateTaxRules(code) ?? null);
  const locality = settings.locality !== null && settings.locality.state === state?.code ? settings.locality : null;
  return {
    filingStatus: settings.filingStatus,
    taxYear: settings.taxYear,
    federal: federalTaxYear(settings.taxYear) as NonNullable<ReturnType<typeof federalTaxYear>>,
    state,
    stateSkipped: state !== null ? null : settings.state === 'none' ? 'none' : 'unknown',
    payroll: state === null ? [] : statePayrollYears(state.code),
    locality,
    localRatePercent: settings.localRatePercent,
    otherWages: settings.otherWages,
    socialSecurity: settings.socialSecurity,
  };
}

/**
 * The issues of an offer the tax tables cannot estimate: amounts in a currency other than US
 * dollars.
 *
 * @example
 * ```ts
 * taxIssues(offer, 'offers[0]'); // [] for a dollar offer
 * ```
 */
export function taxIssues(offer: Offer, path: string): ValidationIssue[] {
  const at = (field: string) => (path === '' ? field : `${path}.${field}`);
  return offer.currency === 'USD'
    ? []
    : [{ path: at('currency'), message: `is "${offer.currency}": US taxes are estimated on amounts in US dollars ("USD")` }];
}
