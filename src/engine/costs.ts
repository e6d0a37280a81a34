import { type Decimal, fraction } from '../decimal/decimal.js';
import type { Explainer } from './explain.js';
import { line, type Line } from './line.js';
import type { Costs, OtherCost } from '../offer/types.js';
import type { Figure } from './totals.js';

/** A cost that is a percent of base, such as union dues, at an annual base. */
function percentOfBase(percent: Decimal, base: Decimal): Decimal {
  return base.times(fraction(percent));
}

/** The `commute` line: days a week × cost a day × weeks worked. */
function commuteLine(commute: NonNullable<Costs['commute']>, workedWeeks: Decimal, explain: Explainer): Line {
  const { daysPerWeek, costPerDay } = commute;
  const amount = daysPerWeek.times(costPerDay).times(workedWeeks);
  return line({
    component: 'commute',
    label: 'Commute',
    amount,
    category: 'costs',
    recurring: true,
    explanation: () => `${explain.number(daysPerWeek)} days/week × ${explain.money(costPerDay)} a day × ${explain.number(workedWeeks)} weeks worked = ${explain.money(amount)}.`,
  });
}

/** The yearly amount of another cost at an annual base, and the sentence that explains it. */
function otherCost(cost: OtherCost, base: Decimal, explain: Explainer): { amount: Decimal; explanation: () => string } {
  if (cost.percentOfBase !== null) {
    const percent = cost.percentOfBase;
    const amount = percentOfBase(percent, base);
    return { amount, explanation: () => `${explain.percent(percent)} of ${explain.money(base)} base pay = ${explain.money(amount)} a year, subtracted from the total.` };
  }
  // The schema gives every other cost a yearly amount: stated, or amount × its periods.
  const amount = cost.annualAmount as Decimal;
  const stated = cost.amount;
  return {
    amount,
    explanation: () =>
      stated !== null && cost.per === 'month'
        ? `${explain.money(stated)} a month × 12 = ${explain.money(amount)} a year, subtracted from the total.`
        : `${explain.money(amount)} a year, subtracted from the total.`,
  };
}

/**
 * The `commute` line (days a week × cost a day × weeks worked) and one `cost` line per other
 * cost — a yearly amount, a monthly one × 12, or a percent of base such as union dues
 * (docs/semantics.md §12). Costs are positive amounts, subtracted from the total. `kept`, the
 * lines of the same costs at another base, gives the lines no base changes (every cost but a
 * percent of base), which are then reused rather than built again.
 *
 * @example
 * ```ts
 * costLines(costs, new Decimal(50000), new Decimal('46.4'), explain)[0]?.amount.toString(); // "2784" for 5 × $12 × 46.4
 * ```
 */
export function costLines(costs: Costs, base: Decimal, workedWeeks: Decimal, explain: Explainer, kept?: readonly Line[]): Line[] {
  const lines: Line[] = [];
  if (costs.commute !== null) lines.push(kept?.[0] ?? commuteLine(costs.commute, workedWeeks, explain));
  for (const cost of costs.other) {
    const same = cost.percentOfBase === null ? kept?.[lines.length] : undefined;
    if (same !== undefined) lines.push(same);
    else {
      const { amount, explanation } = otherCost(cost, base, explain);
      lines.push(line({ component: 'cost', label: cost.label, amount, category: 'costs', recurring: true, explanation }));
    }
  }
  return lines;
}

/**
 * The figures of {@link costLines} at another base, without a line object for what the base
 * changes: `kept` (the same costs' lines at any base) as they are, a percent of base as a bare
 * figure at `base`, in the order of the lines.
 *
 * @example
 * ```ts
 * // union dues of 1.5 % at 60,000 a year: 900
 * costFigures(costs, new Decimal(60000), costLines(costs, new Decimal(50000), weeks, explain))[1]?.amount.toString(); // "900"
 * ```
 */
export function costFigures(costs: Costs, base: Decimal, kept: readonly Line[]): Figure[] {
  const offset = costs.commute === null ? 0 : 1;
  return kept.map((entry, index) => {
    const percent = index < offset ? null : (costs.other[index - offset] as OtherCost).percentOfBase;
    return percent === null ? entry : { category: 'costs', amount: percentOfBase(percent, base), recurring: true };
  });
}
