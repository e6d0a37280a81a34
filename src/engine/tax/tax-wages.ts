import { type Decimal, ZERO, max, sum } from '../../decimal/decimal.js';
import type { StateTaxedItem } from '../../data/tax/types.js';
import type { OfferEvaluation } from '../evaluation.js';

/** The wages of an offer's steady year as each tax counts them (docs/semantics.md §22). */
export interface TaxWages {
  /** `W`: base, overtime, differentials, the overtime-on lines and recurring cash bonuses (expected): every recurring cash line. */
  readonly wages: Decimal;
  /** Premiums you pay through a cafeteria plan (IRC §125). */
  readonly premiums: Decimal;
  /** Your own HSA contributions (IRC §223, §125). */
  readonly hsa: Decimal;
  /** 401(k), 403(b) and other deferrals (IRC §402(g)). */
  readonly electiveDeferrals: Decimal;
  /** The 403(b) part of them. */
  readonly deferrals403b: Decimal;
  /** 457(b) deferrals. */
  readonly deferredCompensation: Decimal;
  /** Pension contributions picked up by the employer (IRC §414(h)(2)). */
  readonly pension: Decimal;
  /** `FW = W − premiums − HSA − deferrals − pension`: wages for federal income tax (not below 0). */
  readonly federalWages: Decimal;
  /** `SW = W − premiums − HSA`: wages for Social Security and Medicare; deferrals stay in (IRC §3121(v)(1)). */
  readonly ficaWages: Decimal;
}

/**
 * The tax wages of an evaluation: its recurring cash and the pre-tax money you put in.
 *
 * @example
 * ```ts
 * // $60,000 with a 5 % 401(k) deferral: FW = 60,000 − 3,000 = 57,000; SW = 60,000
 * taxWages(evaluateOffer(offer)).federalWages.toString(); // "57000"
 * ```
 */
export function taxWages(evaluation: OfferEvaluation): TaxWages {
  const { totals, employeeContributions: own } = evaluation;
  const wages = totals.guaranteedCash.plus(totals.variableCash);
  const health = own.premiums.plus(own.hsa);
  return {
    wages,
    premiums: own.premiums,
    hsa: own.hsa,
    electiveDeferrals: own.electiveDeferrals,
    deferrals403b: own.deferrals403b,
    deferredCompensation: own.deferredCompensation,
    pension: own.pension,
    federalWages: max(ZERO, wages.minus(sum([health, own.electiveDeferrals, own.deferredCompensation, own.pension]))),
    ficaWages: max(ZERO, wages.minus(health)),
  };
}

/** What each item a state may tax is, in a tax-wage figure. */
const ITEMS: Readonly<Record<StateTaxedItem, (wages: TaxWages) => Decimal>> = {
  hsa: (wages) => wages.hsa,
  // An "other" plan counts as a 401(k), as for the federal limits.
  'deferrals-401k': (wages) => wages.electiveDeferrals.minus(wages.deferrals403b),
  'deferrals-403b-457b': (wages) => wages.deferrals403b.plus(wages.deferredCompensation),
  pension: (wages) => wages.pension,
  premiums: (wages) => wages.premiums,
};

/**
 * Wages as a state taxes them: federal wages plus the pre-tax items the state taxes anyway
 * (Pennsylvania: deferrals and pension pick-ups; New Jersey: HSA money, 403(b) and 457(b)
 * deferrals, pension pick-ups and premiums; California: HSA money). Never more than `W`.
 *
 * @example
 * ```ts
 * stateWages(wages, ['deferrals-401k', 'deferrals-403b-457b', 'pension']).toString(); // Pennsylvania
 * ```
 */
export function stateWages(wages: TaxWages, taxes: readonly StateTaxedItem[]): Decimal {
  return sum([wages.federalWages, ...taxes.map((item) => ITEMS[item](wages))]);
}
