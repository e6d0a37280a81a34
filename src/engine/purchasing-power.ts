import type { Decimal } from '../decimal/decimal.js';

/**
 * What an amount spent where prices stand at `costIndex` buys where they stand at
 * `referenceIndex`: `amount × referenceIndex / costIndex`. The one place where a price index
 * meets an amount, so that cost of living is never multiplied in one place and divided in
 * another: `adjusted` totals and `equivalentSalary` both come through here.
 *
 * @example
 * ```ts
 * // $60,000 in Oklahoma (87.843) buys what $74,317.82 buys in New Jersey (108.805)
 * atReferencePrices(new Decimal(60000), new Decimal('87.843'), new Decimal('108.805')).toFixed(2); // "74317.82"
 * ```
 */
export function atReferencePrices(amount: Decimal, costIndex: Decimal, referenceIndex: Decimal): Decimal {
  return amount.times(referenceIndex).div(costIndex);
}
