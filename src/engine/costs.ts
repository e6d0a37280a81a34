import { type Decimal, fraction } from '../decimal/decimal.js';
import type { Explainer } from './explain.js';
import { line, type Line } from './line.js';
import type { Costs, OtherCost } from '../offer/types.js';

/** The yearly amount of another cost at an annual base, and the sentence that explains it. */
function otherCost(cost: OtherCost, base: Decimal, explain: Explainer): { amount: Decimal; explanation: () => string } {
  if (cost.percentOfBase !== null) {
    const percent = cost.percentOfBase;
    const amount = base.times(fraction(percent));
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
 * (docs/semantics.md §12). Costs are positive amounts, subtracted from the total.
 *
 * @example
 * ```ts
 * costLines(costs, new Decimal(50000), new Decimal('46.4'), explain)[0]?.amount.toString(); // "2784" for 5 × $12 × 46.4
 * ```
 */
export function costLines(costs: Costs, base: Decimal, workedWeeks: Decimal, explain: Explainer): Line[] {
  const lines: Line[] = [];
  if (costs.commute !== null) {
    const { daysPerWeek, costPerDay } = costs.commute;
    const amount = daysPerWeek.times(costPerDay).times(workedWeeks);
    lines.push(
      line({
        component: 'commute',
        label: 'Commute',
        amount,
        category: 'costs',
        recurring: true,
        explanation: () => `${explain.number(daysPerWeek)} days/week × ${explain.money(costPerDay)} a day × ${explain.number(workedWeeks)} weeks worked = ${explain.money(amount)}.`,
      }),
    );
  }
  for (const cost of costs.other) {
    const { amount, explanation } = otherCost(cost, base, explain);
    lines.push(line({ component: 'cost', label: cost.label, amount, category: 'costs', recurring: true, explanation }));
  }
  return lines;
}
