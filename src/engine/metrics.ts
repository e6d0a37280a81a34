import type { Decimal } from '../decimal/decimal.js';
import type { EvaluationContext } from './context.js';
import { adjustedTotal, totalsAt } from './evaluation.js';
import { offerLines } from './offer-lines.js';
import { projectedTotal, type ResolvedProjectionOptions } from './projection.js';
import { totalLines } from './totals.js';

/** What offers are ranked on (docs/semantics.md §16, §17). */
export type Metric =
  | 'annual'
  | 'firstYear'
  | 'adjusted'
  | 'effectiveHourly'
  | 'guaranteedCash'
  | 'low'
  | 'high'
  | 'horizon';

/**
 * Every metric, in the order the documentation lists them.
 *
 * @example
 * ```ts
 * METRICS.includes('horizon'); // true
 * ```
 */
export const METRICS: readonly Metric[] = Object.freeze([
  'annual',
  'firstYear',
  'adjusted',
  'effectiveHourly',
  'guaranteedCash',
  'low',
  'high',
  'horizon',
]);

/**
 * An offer's value on a metric for an annual base `B`, computing only what the metric needs.
 * `horizon` is the cumulative total of the projection; `adjusted` is `null` without a cost index.
 *
 * @example
 * ```ts
 * metricAt('annual', context, new Decimal(60000), projection)?.toString();
 * ```
 */
export function metricAt(
  metric: Metric,
  context: EvaluationContext,
  base: Decimal,
  projection: ResolvedProjectionOptions,
): Decimal | null {
  switch (metric) {
    case 'low':
    case 'high':
      // The evaluation's own lazy figure: the same arithmetic, in the same order.
      return totalsAt(context, base)[metric];
    case 'horizon':
      // The projection's last cumulative total, without its lines' objects and explanations.
      return projectedTotal(context, base, projection);
    default: {
      const expected = offerLines(context, base, 'expected');
      const sums = totalLines(expected.lines);
      if (metric === 'effectiveHourly') return sums.annual.div(expected.pay.hoursWorked);
      if (metric === 'adjusted') return adjustedTotal(sums.annual, context);
      return sums[metric];
    }
  }
}
