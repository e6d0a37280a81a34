import { type Decimal, sum, ZERO } from './decimal.js';
import { minorUnit, roundDown } from './round.js';

/**
 * Splits an already rounded total among exact parts so that the rounded parts add up to it
 * exactly (largest-remainder allocation): every part is floored to the minor unit, and the
 * units left over go to the parts with the largest remainders, earlier parts first on a tie.
 * Each part ends within one minor unit of its exact value.
 *
 * @example
 * ```ts
 * allocate(new Decimal('1.00'), [1, 1, 1].map((n) => new Decimal(n).div(3)), 2).map(String);
 * // ["0.34", "0.33", "0.33"]
 * ```
 */
export function allocate(total: Decimal, parts: readonly Decimal[], digits: number): Decimal[] {
  const unit = minorUnit(digits);
  const floors = parts.map((part) => roundDown(part, digits));
  const leftover = total.minus(sum(floors)).div(unit).toNumber();
  /* c8 ignore next 3 -- unreachable when total is the rounding of the parts' sum */
  if (!Number.isInteger(leftover) || leftover < 0 || leftover > parts.length) {
    throw new RangeError(`cannot allocate ${total} among parts summing to ${sum(parts).toString()}`);
  }
  const order = parts
    .map((part, index) => ({ index, remainder: part.minus(floors[index] as Decimal) }))
    .sort((a, b) => b.remainder.comparedTo(a.remainder) || a.index - b.index);
  const shown = [...floors];
  for (const { index } of order.slice(0, leftover)) shown[index] = (shown[index] as Decimal).plus(unit);
  return shown.map((value) => (value.isZero() ? ZERO : value));
}
