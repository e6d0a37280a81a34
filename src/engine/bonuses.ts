import { type Decimal, ZERO, fraction, max, min } from '../decimal/decimal.js';
import type { Explainer } from './explain.js';
import { line, type Line, type LineCategory } from './line.js';
import type { Bonus, PerUnit } from '../offer/types.js';
import type { Scenario } from './scenario.js';

/** One bonus's figures under a scenario. */
export interface BonusFigure {
  readonly bonus: Bonus;
  /** `T`: the annual target (docs/semantics.md §6). */
  readonly target: Decimal;
  /** What a percent target was taken of: the base, or the earnings; a per-unit bonus's pay an hour; else `null`. */
  readonly of: Decimal | null;
  /** Productive hours of a per-unit bonus, `HW × productivePercent / 100`, else `null`. */
  readonly productiveHours: Decimal | null;
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

/** How many of each bonus period a year has. */
const BONUS_PERIODS: Readonly<Record<Bonus['per'], number>> = Object.freeze({ year: 1, quarter: 4, month: 12 });

/**
 * Production pay an hour for `u` units an hour (docs/semantics.md §6): each tier pays its rate
 * on the units between its threshold and the next, `Σ rate_i × max(0, min(u, from_{i+1}) − from_i)`;
 * below the first threshold (the quota) nothing is paid (29 CFR 778.111).
 *
 * @example
 * ```ts
 * // 3.2 charts an hour, $1.50 a chart from 2.5 and $2.00 from 3.0: 1.50 × 0.5 + 2.00 × 0.2 = 1.15
 * perUnitPayPerHour(perUnit).toString(); // "1.15"
 * ```
 */
export function perUnitPayPerHour(perUnit: PerUnit): Decimal {
  let total = ZERO;
  perUnit.tiers.forEach((tier, index) => {
    const next = perUnit.tiers[index + 1];
    const upper = next === undefined ? perUnit.unitsPerHour : min(perUnit.unitsPerHour, next.fromUnitsPerHour);
    total = total.plus(tier.ratePerUnit.times(max(ZERO, upper.minus(tier.fromUnitsPerHour))));
  });
  return total;
}

/** What the targets of bonuses are taken of: base, earnings (base + overtime + differentials), hours worked. */
export interface BonusBases {
  readonly base: Decimal;
  readonly earnings: Decimal;
  readonly hoursWorked: Decimal;
}

/**
 * `T`, `E` and the payout of one bonus (docs/semantics.md §6): `T = amount × periods` (year 1,
 * quarter 4, month 12), `B × percentOfBase / 100`, `(B + overtime + differentials) ×
 * percentOfEarnings / 100`, or production pay an hour × productive hours; `E = T × payout / 100`.
 * One-time bonuses always pay their expected amount: `low` and `high` vary recurring pay only.
 *
 * @example
 * ```ts
 * bonusFigure(bonus, { base: new Decimal(60000), earnings: new Decimal(60000), hoursWorked: new Decimal(2080) }, 'expected').amount.toString();
 * ```
 */
export function bonusFigure(bonus: Bonus, bases: BonusBases, scenario: Scenario): BonusFigure {
  let target: Decimal;
  let of: Decimal | null = null;
  let productiveHours: Decimal | null = null;
  if (bonus.amount !== null) target = bonus.amount.times(BONUS_PERIODS[bonus.per]);
  else if (bonus.perUnit !== null) {
    of = perUnitPayPerHour(bonus.perUnit);
    productiveHours = bases.hoursWorked.times(fraction(bonus.perUnit.productivePercent));
    target = of.times(productiveHours);
  } else {
    of = bonus.percentOfEarnings === null ? bases.base : bases.earnings;
    target = of.times(fraction(bonus.percentOfBase ?? bonus.percentOfEarnings ?? ZERO));
  }
  const percent = payoutPercent(bonus, scenario);
  return { bonus, target, of, productiveHours, payoutPercent: percent, amount: target.times(fraction(percent)) };
}

/**
 * Whether a recurring bonus raises the FLSA regular rate (docs/semantics.md §7): not discretionary,
 * not a bona fide profit-sharing plan (29 CFR 778.208–778.214), and not a percentage of all
 * earnings, which already includes its overtime (778.210).
 *
 * @example
 * ```ts
 * entersRegularRate({ ...bonus, kind: 'profit-sharing' }); // false
 * ```
 */
export function entersRegularRate(bonus: Bonus): boolean {
  return !bonus.oneTime && !bonus.discretionary && bonus.kind !== 'profit-sharing' && bonus.percentOfEarnings === null;
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
 * bonusLine(bonusFigure(bonus, bases, 'expected'), explain).explanation;
 * // "$1,200.00 target × 80% expected payout = $960.00."
 * ```
 */
export function bonusLine(figure: BonusFigure, explain: Explainer): Line {
  const { bonus, amount } = figure;
  return line({
    component: 'bonus',
    label: bonus.label,
    amount,
    category: bonusCategory(bonus),
    recurring: !bonus.oneTime,
    explanation: () => bonusWords(figure, explain),
  });
}

const PERIOD_WORDS: Readonly<Record<Bonus['per'], string>> = Object.freeze({ year: '', quarter: ' a quarter × 4', month: ' a month × 12' });

/** The target of a bonus in words, with the arithmetic of its form. */
function targetWords(figure: BonusFigure, explain: Explainer): string {
  const { bonus, target, of, productiveHours } = figure;
  if (bonus.amount !== null) {
    return bonus.per === 'year' ? `${explain.money(target)} target` : `${explain.money(bonus.amount)}${PERIOD_WORDS[bonus.per]} = ${explain.money(target)} target`;
  }
  if (bonus.perUnit !== null && of !== null && productiveHours !== null) {
    const perUnit = bonus.perUnit;
    const tiers = perUnit.tiers.map((tier) => `${explain.rate(tier.ratePerUnit)} a ${perUnit.unit} from ${explain.number(tier.fromUnitsPerHour)}`).join(', ');
    return (
      `${explain.number(perUnit.unitsPerHour)} ${perUnit.unit}s an hour (${tiers} an hour) = ${explain.rate(of)} an hour × ` +
      `${explain.number(productiveHours)} productive h = ${explain.money(target)} target`
    );
  }
  const percent = bonus.percentOfBase ?? bonus.percentOfEarnings;
  const what = bonus.percentOfBase === null ? 'earnings (base, overtime and differentials)' : 'base';
  return `${explain.percent(percent ?? ZERO)} of ${explain.money(of ?? ZERO)} ${what} = ${explain.money(target)} target`;
}

function bonusWords(figure: BonusFigure, explain: Explainer): string {
  const { bonus, payoutPercent: percent, amount } = figure;
  const payoutWords = percent.equals(100) ? '' : ` × ${explain.percent(percent)} expected payout = ${explain.money(amount)}`;
  const kindWords = [
    bonus.guaranteed ? 'guaranteed' : null,
    bonus.discretionary ? 'discretionary' : null,
    bonus.oneTime ? 'paid once, in the first year only' : null,
  ].filter((word) => word !== null);
  return `${targetWords(figure, explain)}${payoutWords}${kindWords.length > 0 ? `; ${kindWords.join(', ')}` : ''}.`;
}
