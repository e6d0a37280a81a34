import type { Decimal } from '../decimal/decimal.js';
import type { Explainer } from './explain.js';
import { line, type Line } from './line.js';
import type { Costs } from '../offer/types.js';

/**
 * The `commute` line (days a week × cost a day × weeks worked) and one `cost` line per other
 * cost (docs/semantics.md §12). Costs are positive amounts, subtracted from the total.
 *
 * @example
 * ```ts
 * costLines(costs, new Decimal('46.4'), explain)[0]?.amount.toString(); // "2784" for 5 × $12 × 46.4
 * ```
 */
export function costLines(costs: Costs, workedWeeks: Decimal, explain: Explainer): Line[] {
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
    lines.push(
      line({
        component: 'cost',
        label: cost.label,
        amount: cost.annualAmount,
        category: 'costs',
        recurring: true,
        explanation: () => `${explain.money(cost.annualAmount)} a year, subtracted from the total.`,
      }),
    );
  }
  return lines;
}
