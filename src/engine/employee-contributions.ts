import { type Decimal, ZERO, sum } from '../decimal/decimal.js';
import type { ScenarioResult } from './offer-lines.js';

/**
 * What the employee puts in from pay in a steady year, by the rule that makes it pre-tax. None
 * of it is a line of the evaluation (it is part of the pay the lines already count, or a cost
 * already subtracted); the after-tax figures read it.
 */
export interface EmployeeContributions {
  /** 401(k), 403(b) and other-plan deferrals, within the shared 402(g) limit. */
  readonly electiveDeferrals: Decimal;
  /** The part of `electiveDeferrals` made to 403(b) plans (New Jersey taxes it, not a 401(k)'s). */
  readonly deferrals403b: Decimal;
  /** 457(b) deferrals, within the 457(b) limit. */
  readonly deferredCompensation: Decimal;
  /** Mandatory pension contributions, picked up by the employer (IRC §414(h)(2)). */
  readonly pension: Decimal;
  /** Your own HSA contributions, within the IRC §223(b) limit. */
  readonly hsa: Decimal;
  /** Health and other insurance premiums you pay (the `employee-premium` lines). */
  readonly premiums: Decimal;
}

/**
 * The employee's own contributions of a pass over an offer (see {@link EmployeeContributions}).
 *
 * @example
 * ```ts
 * employeeContributions(offerLines(context, base, 'expected')).electiveDeferrals.toString(); // "3000" for 5 % of $60,000
 * ```
 */
export function employeeContributions(pass: Pick<ScenarioResult, 'lines' | 'retirement' | 'shared'>): EmployeeContributions {
  const plans = pass.retirement.contributions;
  const deferrals = (test: (plan: string) => boolean) => sum(plans.filter((entry) => test(entry.plan.plan)).map((entry) => entry.deferral));
  return Object.freeze({
    electiveDeferrals: deferrals((plan) => plan !== '457b' && plan !== 'pension'),
    deferrals403b: deferrals((plan) => plan === '403b'),
    deferredCompensation: deferrals((plan) => plan === '457b'),
    pension: sum(plans.map((entry) => entry.pensionEmployee)),
    hsa: pass.shared.hsaContributions?.employee ?? ZERO,
    premiums: sum(pass.lines.filter((entry) => entry.component === 'employee-premium').map((entry) => entry.amount)),
  });
}
