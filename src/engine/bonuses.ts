import { type Decimal, ZERO, fraction } from '../decimal/decimal.js';
import type { Explainer } from './explain.js';
import { line, type Line, type LineCategory } from './line.js';
import type { Bonus } from '../offer/types.js';
import type { Scenario } from './scenario.js';

/** One bonus's figures under a scenario. */
export interface BonusFigure {
  readonly bonus: Bonus;
  /** `T`: the annual target, `amount` or `B × percentOfBase / 100`. */
  readonly target: Decimal;
  /** The payout percent the scenario assumes. */
  readonly payoutPercent: Decimal;
  /** `E` (or the low / high payout): `T × payoutPercent / 100`. */
  readonly amount: Decimal;
}

/**
 * The payout percent a scenario assumes: expected, minimum or maximum (docs/semantics.md §6).
 *
 * @example
 * ```ts
 * payoutPercent(bonus, 'low').toString(); // "0" unless the bonus is guaranteed or says otherwise
 * ```
 */
export function payoutPercent(bonus: Bonus, scenario: Scenario): Decimal {
  if (bonus.oneTime || scenario === 'expected') return bonus.expectedPayoutPercent;
  return scenario === 'low' ? bonus.minPayoutPercent : bonus.maxPayoutPercent;
}

/**
 * `T`, `E` and the payout of one bonus for an annual base `B` (docs/semantics.md §6). One-time bonuses
 * always pay their expected amount: `low` and `high` vary recurring pay only.
 *
 * @example
 * ```ts
 * bonusFigure(bonus, new Decimal(60000), 'expected').amount.toString();
 * ```
 */
export function bonusFigure(bonus: Bonus, base: Decimal, scenario: Scenario): BonusFigure {
  const target = bonus.amount ?? base.times(fraction(bonus.percentOfBase ?? ZERO));
  const percent = payoutPercent(bonus, scenario);
  return { bonus, target, payoutPercent: percent, amount: target.times(fraction(percent)) };
}

/**
 * Whether a recurring bonus raises the FLSA regular rate (docs/semantics.md §7): not discretionary and not
 * a bona fide profit-sharing plan (29 CFR 778.208–778.214).
 *
 * @example
 * ```ts
 * entersRegularRate({ ...bonus, kind: 'profit-sharing' }); // false
 * ```
 */
export function entersRegularRate(bonus: Bonus): boolean {
  return !bonus.oneTime && !bonus.discretionary && bonus.kind !== 'profit-sharing';
}

/**
 * Whether a bonus paid once raises the FLSA regular rate: one that must be repaid if the
 * employee leaves early (a clawback) is pay for the hours worked in that period, not a gift
 * (29 CFR 778.211(c), 778.212); its premium counts in the first year only.
 *
 * @example
 * ```ts
 * entersRegularRateOnce({ ...signOn, clawback: { months: 12, prorated: false } }); // true
 * ```
 */
export function entersRegularRateOnce(bonus: Bonus): boolean {
  return bonus.oneTime && bonus.clawback !== null && !bonus.discretionary && bonus.kind !== 'profit-sharing';
}

/**
 * The total a bonus counts in: guaranteed cash when it is guaranteed, else variable cash.
 *
 * @example
 * ```ts
 * bonusCategory({ ...bonus, guaranteed: true }); // "guaranteed-cash"
 * ```
 */
export function bonusCategory(bonus: Bonus): LineCategory {
  return bonus.guaranteed ? 'guaranteed-cash' : 'variable-cash';
}

/**
 * The `bonus` line of one bonus.
 *
 * @example
 * ```ts
 * bonusLine(bonusFigure(bonus, base, 'expected'), base, explain).explanation;
 * // "$1,200.00 target × 80% expected payout = $960.00."
 * ```
 */
export function bonusLine(figure: BonusFigure, base: Decimal, explain: Explainer): Line {
  const { bonus, amount } = figure;
  return line({
    component: 'bonus',
    label: bonus.label,
    amount,
    category: bonusCategory(bonus),
    recurring: !bonus.oneTime,
    explanation: () => bonusWords(figure, base, explain),
  });
}

function bonusWords(figure: BonusFigure, base: Decimal, explain: Explainer): string {
  const { bonus, target, payoutPercent: percent, amount } = figure;
  const targetWords =
    bonus.percentOfBase === null
      ? `${explain.money(target)} target`
      : `${explain.percent(bonus.percentOfBase)} of ${explain.money(base)} base = ${explain.money(target)} target`;
  const payoutWords = percent.equals(100) ? '' : ` × ${explain.percent(percent)} expected payout = ${explain.money(amount)}`;
  const kindWords = [
    bonus.guaranteed ? 'guaranteed' : null,
    bonus.discretionary ? 'discretionary' : null,
    bonus.oneTime ? 'paid once, in the first year only' : null,
  ].filter((word) => word !== null);
  return `${targetWords}${payoutWords}${kindWords.length > 0 ? `; ${kindWords.join(', ')}` : ''}.`;
}
