import * as z from 'zod/mini';
import { METRICS } from '../engine/metrics.js';

/** An amount as JSON: a decimal string rounded to its digits (minor unit, two or one decimals). */
const decimalString = z.string().check(z.regex(/^-?\d+(?:\.\d+)?$/));
/** Money, or null where the figure does not exist. */
const nullableDecimal = z.nullable(decimalString);

const LINE_COMPONENTS = [
  'base',
  'overtime',
  'differential',
  'overtime-on-bonuses',
  'overtime-on-differentials',
  'bonus',
  'insurance',
  'employee-premium',
  'out-of-pocket',
  'retirement-match',
  'retirement-nonelective',
  'pension',
  'hsa',
  'hra',
  'education',
  'other-benefit',
  'commute',
  'cost',
  'waiting-period',
] as const;
const WARNING_CODES = [
  'exempt-below-salary-level',
  'vesting-longer-than-erisa',
  'hours-over-80',
  'california-flat-bonus',
  'health-waiting-period-over-90-days',
  'retirement-waiting-period-over-a-year',
  'hsa-with-hra',
] as const;

const totals = z.strictObject({
  guaranteedCash: decimalString,
  variableCash: decimalString,
  benefits: decimalString,
  costs: decimalString,
  annual: decimalString,
  firstYear: decimalString,
  adjusted: nullableDecimal,
  low: decimalString,
  high: decimalString,
  hoursWorked: decimalString,
  effectiveHourly: decimalString,
});

const line = z.strictObject({
  component: z.enum(LINE_COMPONENTS),
  category: z.enum(['guaranteed-cash', 'variable-cash', 'benefits', 'costs']),
  label: z.string(),
  amount: decimalString,
  recurring: z.boolean(),
  explanation: z.string(),
});

const market = z.strictObject({
  occupation: z.string(),
  release: z.string(),
  source: z.string(),
  hourly: decimalString,
  annualEquivalent: decimalString,
  band: z.string(),
  percentile: nullableDecimal,
  stateMean: z.nullable(z.strictObject({ region: z.string(), release: z.string(), mean: decimalString, differencePercent: decimalString })),
  caveat: z.string(),
});

const TAX_COMPONENTS = [
  'federal-income-tax',
  'overtime-deduction',
  'social-security',
  'medicare',
  'additional-medicare',
  'state-income-tax',
  'state-payroll-tax',
  'local-income-tax',
] as const;

/** A tax estimate as JSON (docs/semantics.md §22). */
const taxes = z.strictObject({
  taxYear: z.int(),
  filingStatus: z.enum(['single', 'married-joint', 'head-of-household']),
  state: z.nullable(z.string()),
  locality: z.nullable(z.string()),
  lines: z.array(z.strictObject({ component: z.enum(TAX_COMPONENTS), label: z.string(), amount: decimalString, tax: z.boolean(), explanation: z.string() })),
  taxes: decimalString,
  afterTaxAnnual: decimalString,
  takeHomePay: decimalString,
  effectiveRatePercent: decimalString,
  marginalRatePercent: decimalString,
});

const comparedOffer = z.strictObject({
  id: z.string(),
  label: z.string(),
  totals,
  lines: z.array(line),
  paidTimeOff: z.strictObject({ days: decimalString, hours: decimalString, value: decimalString, explanation: z.string() }),
  warnings: z.array(z.strictObject({ code: z.enum(WARNING_CODES), path: z.string(), message: z.string() })),
  rank: z.int().check(z.minimum(1)),
  value: decimalString,
  deltaToBest: decimalString,
  deltaToBestPercent: nullableDecimal,
  closeToBest: z.boolean(),
  categoryDeltas: z.strictObject({ cash: decimalString, benefits: decimalString, costs: decimalString }),
  breakEvenBase: nullableDecimal,
  breakEvenRate: nullableDecimal,
  projection: z.nullable(
    z.array(
      z.strictObject({
        year: z.int().check(z.minimum(1)),
        base: decimalString,
        total: decimalString,
        cumulative: decimalString,
        presentValue: decimalString,
        cumulativePresentValue: decimalString,
      }),
    ),
  ),
  /** Only on a comparison after tax (`compareOffersAfterTax`, `--filing`). */
  taxes: z.optional(taxes),
  /** Only from `total-comp compare --market --format json`. */
  market: z.optional(market),
});

/**
 * The JSON of a comparison (`comparisonToJSON`, `total-comp compare --format json`, with
 * `--market` each offer's `market`) as a zod schema. Not part of the library at run time:
 * test/present/comparison-schema.test.ts generates `comparison.schema.json` from it, checks real
 * output against that file, and checks that its type is exactly `ComparisonJson`.
 *
 * @example
 * ```ts
 * comparisonSchema.safeParse(JSON.parse(formatComparison(comparison, { format: 'json' }))).success; // true
 * ```
 */
export const comparisonSchema = z.strictObject({
  currency: z.string().check(z.regex(/^[A-Z]{3}$/)),
  metric: z.enum([...METRICS, 'afterTax']),
  years: z.int().check(z.minimum(1)),
  planYear: z.int(),
  closePercent: decimalString,
  referenceIndex: decimalString,
  closeCall: z.boolean(),
  ranking: z.array(z.string()),
  offers: z.array(comparedOffer),
});

/**
 * The JSON Schema (draft 2020-12) of {@link comparisonSchema}, as `total-comp/comparison.schema.json` ships it.
 *
 * @example
 * ```ts
 * generateComparisonJsonSchema().required; // ["currency", "metric", …]
 * ```
 */
export function generateComparisonJsonSchema(): Record<string, unknown> {
  return {
    $id: 'https://unpkg.com/total-comp/comparison.schema.json',
    title: 'total-comp comparison',
    description:
      'What comparisonToJSON returns and `total-comp compare --format json` prints (docs/semantics.md §18): amounts are decimal strings rounded to the minor unit.',
    ...z.toJSONSchema(comparisonSchema, { target: 'draft-2020-12' }),
  };
}
