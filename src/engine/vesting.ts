import { type Decimal, HUNDRED, ZERO } from '../decimal/decimal.js';
import type { Vesting } from '../offer/types.js';

/**
 * The percent of employer retirement money vested after a number of whole years of service:
 * immediate 100; cliff 0 before its year and 100 from it; graded the schedule's entry for the
 * year (0 before the first year, 100 after the schedule ends).
 *
 * @example
 * ```ts
 * vestedPercent({ type: 'cliff', years: 3 }, 2).toString(); // "0"
 * ```
 */
export function vestedPercent(vesting: Vesting, yearsOfService: number): Decimal {
  switch (vesting.type) {
    case 'immediate':
      return HUNDRED;
    case 'cliff':
      return yearsOfService >= vesting.years ? HUNDRED : ZERO;
    case 'graded': {
      if (yearsOfService < 1) return ZERO;
      return vesting.vestedPercentByYear[yearsOfService - 1] ?? HUNDRED;
    }
  }
}
