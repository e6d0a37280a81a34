import { Decimal, max } from './decimal.js';

/**
 * Largest annual base the search goes to before it calls a target unreachable.
 *
 * @example
 * ```ts
 * BREAK_EVEN_SEARCH_MAX.toString(); // "1e+15"
 * ```
 */
export const BREAK_EVEN_SEARCH_MAX = new Decimal('1e15');
const CENT = new Decimal('0.01');
/** The step used to read the slope of the metric around the current base. */
const SLOPE_STEP = new Decimal(1000);

function ceilToCent(value: Decimal): Decimal {
  return value.toDecimalPlaces(2, Decimal.ROUND_CEIL);
}

function floorToCent(value: Decimal): Decimal {
  return value.toDecimalPlaces(2, Decimal.ROUND_FLOOR);
}

/**
 * The smallest annual base, to the cent, at which a metric reaches a target: at the answer the
 * metric is ≥ the target, one cent below it is not. `metricAt` must not decrease as the base
 * grows (every total of an offer is piecewise linear and non-decreasing in its base). Returns
 * `null` when even {@link BREAK_EVEN_SEARCH_MAX} does not reach the target.
 *
 * The search is exact, in Decimal cents: a first guess from the slope around the current base
 * (exact where the metric is linear there), then bisection on cents between bounds that reach
 * and do not reach the target.
 *
 * @example
 * ```ts
 * // metric = 1.04 × base + 900; target 70,000 → base ≥ 66,442.307… → 66,442.31
 * breakEvenBase((base) => base.times('1.04').plus(900), new Decimal(70000), new Decimal(60000))?.toString();
 * // "66442.31"
 * ```
 */
export function breakEvenBase(
  metricAt: (base: Decimal) => Decimal | null,
  target: Decimal,
  currentBase: Decimal,
): Decimal | null {
  const reaches = (base: Decimal) => metricAt(base)?.greaterThanOrEqualTo(target) ?? false;
  const isAnswer = (base: Decimal) => reaches(base) && (base.isZero() || !reaches(base.minus(CENT)));

  const here = metricAt(currentBase);
  const there = metricAt(currentBase.plus(SLOPE_STEP));
  let guess = ceilToCent(currentBase);
  if (here !== null && there !== null && there.greaterThan(here)) {
    const slope = there.minus(here).div(SLOPE_STEP);
    guess = max(new Decimal(0), ceilToCent(currentBase.plus(target.minus(here).div(slope))));
    if (guess.greaterThan(BREAK_EVEN_SEARCH_MAX)) guess = BREAK_EVEN_SEARCH_MAX;
    if (isAnswer(guess)) return guess;
  }

  // Bracket: `low` does not reach the target (or is below zero), `high` does.
  let low: Decimal;
  let high: Decimal;
  let step = max(CENT, floorToCent(guess.div(64)));
  if (reaches(guess)) {
    high = guess;
    low = guess.minus(step);
    while (low.greaterThan(0) && reaches(low)) {
      high = low;
      step = step.times(2);
      low = high.minus(step);
    }
    if (!low.greaterThan(0)) {
      if (reaches(new Decimal(0))) return new Decimal(0);
      low = new Decimal(0);
    }
  } else {
    low = guess;
    high = guess.plus(step);
    while (!reaches(high)) {
      if (high.greaterThanOrEqualTo(BREAK_EVEN_SEARCH_MAX)) return null;
      low = high;
      step = step.times(2);
      high = Decimal.min(high.plus(step), BREAK_EVEN_SEARCH_MAX);
    }
  }
  while (high.minus(low).greaterThan(CENT)) {
    const middle = floorToCent(low.plus(high).div(2));
    if (reaches(middle)) high = middle;
    else low = middle;
  }
  return high;
}
