import type { Decimal } from './decimal.js';
import type { Explainer } from './explain.js';
import type { Workload } from './hours.js';

/** The value of paid time off (SPEC 3.12): shown, never added, because base pay already pays it. */
export interface PaidTimeOff {
  readonly days: Decimal;
  readonly hours: Decimal;
  /** `Hoff × R`. */
  readonly value: Decimal;
  readonly explanation: string;
}

/**
 * `Hoff × R`: what the paid days off are worth at the regular rate. Not a line and not in any
 * total: the base already pays for these hours, so adding them would count them twice.
 *
 * @example
 * ```ts
 * paidTimeOff(workload, new Decimal(25), explain).value.toString(); // "5600" for 224 h at $25
 * ```
 */
export function paidTimeOff(hours: Workload, rate: Decimal, explain: Explainer): PaidTimeOff {
  const value = hours.timeOffHours.times(rate);
  return Object.freeze({
    days: hours.timeOffDays,
    hours: hours.timeOffHours,
    value,
    get explanation() {
      return (
        `${explain.number(hours.timeOffDays)} days off = ${explain.number(hours.timeOffHours)} h × ${explain.rate(rate)} regular rate` +
        ` = ${explain.money(value)}; already paid inside base pay, so shown but not added.`
      );
    },
  });
}
