import { Decimal, max } from '../decimal/decimal.js';
import { minorUnit, roundDown, roundUp } from '../decimal/round.js';

/**
 * Largest annual base the search goes to before it calls a target unreachable.
 *
 * @example
 * ```ts
 * BREAK_EVEN_SEARCH_MAX.toString(); // "1e+15"
 * ```
 */
export const BREAK_EVEN_SEARCH_MAX = new Decimal('1e15');
const ZERO_BASE = new Decimal(0);
/** The step used to read the slope of the metric around the current base. */
const SLOPE_STEP = new Decimal(1000);
/** Secant steps tried before bisection. */
const SECANT_STEPS = 6;

/**
 * The smallest annual base, to the currency's minor unit (`digits` decimals: the cent for USD,
 * the yen for JPY), at which a metric reaches a target: at the answer the metric is ≥ the
 * target, one unit below it is not. `metricAt` must not decrease as the base
 * grows (every total of an offer is piecewise linear and non-decreasing in its base); pass the
 * metric at the current base when it is known, to save computing it again. Returns
 * `null` when even {@link BREAK_EVEN_SEARCH_MAX} does not reach the target.
 *
 * The search is exact, in whole minor units: secant steps from the slope around the current
 * base (exact once they reach the linear piece where the target lies), then, if they have not
 * found it, bisection between bounds that reach and do not reach the target. Every candidate
 * is checked: the metric reaches the target there and not one unit below.
 *
 * @example
 * ```ts
 * // metric = 1.04 × base + 900; target 70,000 → base ≥ 66,442.307… → 66,442.31
 * breakEvenBase((base) => base.times('1.04').plus(900), new Decimal(70000), new Decimal(60000), 2)?.toString();
 * // "66442.31"
 * ```
 */
export function breakEvenBase(
  metricAt: (base: Decimal) => Decimal | null,
  target: Decimal,
  currentBase: Decimal,
  digits: number,
  currentValue: Decimal | null = metricAt(currentBase),
): Decimal | null {
  const unit = minorUnit(digits);
  const ceilToUnit = (value: Decimal) => roundUp(value, digits);
  const reaches = (base: Decimal) => metricAt(base)?.greaterThanOrEqualTo(target) ?? false;

  // The best offer's own break-even: its base already reaches the target (its own value), and if
  // one unit less does not, that is the answer, with one evaluation instead of a slope probe,
  // a guess and its check.
  if (
    currentValue?.greaterThanOrEqualTo(target) === true &&
    ceilToUnit(currentBase).equals(currentBase) &&
    (currentBase.isZero() || !reaches(currentBase.minus(unit)))
  ) {
    return currentBase;
  }

  // Secant steps through the last two points: exact once both lie on the linear piece where the
  // target is, so a few steps find the answer even across the kinks of the IRS caps.
  let [olderBase, olderValue] = [currentBase, currentValue];
  let [newerBase, newerValue] = [currentBase.plus(SLOPE_STEP), metricAt(currentBase.plus(SLOPE_STEP))];
  let guess = ceilToUnit(currentBase);
  for (let step = 0; step < SECANT_STEPS; step += 1) {
    if (olderValue === null || newerValue === null) break;
    const slope = newerValue.minus(olderValue).div(newerBase.minus(olderBase));
    if (!slope.isPositive() || slope.isZero()) break;
    guess = Decimal.min(BREAK_EVEN_SEARCH_MAX, max(ZERO_BASE, ceilToUnit(newerBase.plus(target.minus(newerValue).div(slope)))));
    if (guess.equals(newerBase)) break;
    const guessValue = metricAt(guess);
    if (guessValue?.greaterThanOrEqualTo(target) === true && (guess.isZero() || !reaches(guess.minus(unit)))) return guess;
    [olderBase, olderValue] = [newerBase, newerValue];
    [newerBase, newerValue] = [guess, guessValue];
  }

  // Bisection on cents between a base that does not reach the target and one that does; the
  // secant's last guess narrows one side.
  if (!reaches(BREAK_EVEN_SEARCH_MAX)) return null;
  if (reaches(ZERO_BASE)) return ZERO_BASE;
  let [low, high] = reaches(guess) ? [ZERO_BASE, guess] : [guess, BREAK_EVEN_SEARCH_MAX];
  while (high.minus(low).greaterThan(unit)) {
    const middle = roundDown(low.plus(high).div(2), digits);
    if (reaches(middle)) high = middle;
    else low = middle;
  }
  return high;
}
