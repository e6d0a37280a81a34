import type { ComparedOffer, OfferComparison } from '../engine/comparison.js';
import { METRIC_WORDS } from './comparison-view.js';
import type { NumberFormats } from './number-format.js';

/**
 * A comparison's verdict in one sentence (docs/semantics.md §23), from the figures the
 * comparison already holds — the ranking, the gap to the best (`deltaToBest`), the close call
 * and the break-even base — written, never computed again: the best offer and its value on
 * the ranking metric; the runner-up's gap in money and percent; whether that gap is within the
 * close-call margin; and the base the runner-up would need to match. `text` writes a user's text
 * (an offer's id) for the format.
 *
 * @example
 * ```ts
 * verdict(compareOffers(offers), numberFormats('USD', 'en-US'), htmlText);
 * // "mercy-ccs comes first on annual total at $86,519.50, ahead of remote-cpc by $3,093.66 (+3.7%): …"
 * ```
 */
export function verdict(comparison: OfferComparison, formats: NumberFormats, text: (userText: string) => string): string {
  const { money, percent } = formats;
  const ranked = [...comparison.offers].sort((a, b) => a.rank - b.rank);
  // compareOffers never returns an empty comparison.
  const best = ranked[0] as ComparedOffer;
  const words = METRIC_WORDS[comparison.metric];
  const runner = ranked[1];
  if (runner === undefined) return `${text(best.id)} is the only offer: ${money(best.value)} on ${words}.`;
  const gap = runner.deltaToBest;
  const share = gap.percent === null ? '' : ` (${percent(gap.percent.negated())}%)`;
  const margin = comparison.closeCall
    ? `a close call, within the ${comparison.closePercent}% that estimates of bonuses and overtime are rarely better than`
    : `a clear lead, beyond the ${comparison.closePercent}% of a close call`;
  const rate = runner.breakEvenRate === null ? '' : ` (${money(runner.breakEvenRate)}/h)`;
  const match =
    runner.breakEvenBase === null
      ? `no base pay would bring ${text(runner.id)} level`
      : `${text(runner.id)} would need a base of ${money(runner.breakEvenBase)}${rate} to match it`;
  return `${text(best.id)} comes first on ${words} at ${money(best.value)}, ahead of ${text(runner.id)} by ${money(gap.amount.negated())}${share}: ${margin}; ${match}.`;
}
