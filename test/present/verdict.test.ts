import { readFileSync } from 'node:fs';
import { expect, test } from 'vitest';
import { Decimal } from '../../src/decimal/decimal.js';
import type { OfferComparison } from '../../src/engine/comparison.js';
import { formatComparison } from '../../src/format.js';
import { compareOffers, type OfferInput } from '../../src/index.js';
import { htmlText } from '../../src/present/html-text.js';
import { numberFormats } from '../../src/present/number-format.js';
import { verdict } from '../../src/present/verdict.js';

const usd = numberFormats('USD', 'en-US');
const { offers } = JSON.parse(readFileSync(new URL('../../examples/offers.json', import.meta.url), 'utf8')) as { offers: OfferInput[] };

test('the example: the best, the gap, a clear lead, and the base the runner-up needs — the figures the table shows', () => {
  const comparison = compareOffers(offers);
  const sentence = verdict(comparison, usd, htmlText);
  // 74,430.50 − 67,793.25 = 6,637.25, and 6,637.25 / 74,430.50 = 8.917 % → 8.9 %; 8.9 % is beyond the 2 % of a close call.
  expect(sentence).toMatch(
    /^mercy-ccs comes first on annual total at \$74,430\.50, ahead of remote-cpc by \$6,637\.25 \(\+8\.9%\): a clear lead, beyond the 2% of a close call; remote-cpc would need a base of (\$[\d,.]+) to match it\.$/,
  );
  // The break-even base is the one the table shows, not a second computation.
  const base = sentence.match(/need a base of (\$[\d,.]+)/)?.[1] as string;
  expect(formatComparison(comparison)).toMatch(new RegExp(`Base needed to match the best +— +${base.replace(/[$.]/g, '\\$&')} `));
});

test('a close call, and an hourly runner-up with its rate', () => {
  const comparison = compareOffers([
    { id: 'a', label: 'A', pay: { type: 'salary', amount: 60500 } },
    { id: 'b', label: 'B', pay: { type: 'hourly', rate: 29 } },
  ]);
  // a: 60,500; b: 29 × 2,080 = 60,320, 180 behind: 180 / 60,500 = 0.3 %, within 2 %; b needs 60,500 / 2,080 = 29.0865… → 29.09 an hour.
  expect(verdict(comparison, usd, htmlText)).toBe(
    'a comes first on annual total at $60,500.00, ahead of b by $180.00 (+0.3%): a close call, within the 2% that estimates of bonuses and overtime are rarely better than; b would need a base of $60,500.00 ($29.09/h) to match it.',
  );
});

test('one offer; and a runner-up no base can bring level, its ids written by the text function', () => {
  const single = compareOffers([{ id: 'one', label: 'One', pay: { type: 'salary', amount: 1000 } }]);
  expect(verdict(single, usd, (text) => `[${text}]`)).toBe('[one] is the only offer: $1,000.00 on annual total.');
  // A stand-in with the fields a verdict reads: a best offer of zero and a runner-up without a break-even base.
  const stub = {
    metric: 'guaranteedCash',
    closeCall: false,
    closePercent: new Decimal(2),
    offers: [
      { id: 'b', rank: 2, value: new Decimal(-5), deltaToBest: { amount: new Decimal(-5), percent: null }, breakEvenBase: null, breakEvenRate: null },
      { id: 'a', rank: 1, value: new Decimal(0), deltaToBest: { amount: new Decimal(0), percent: null }, breakEvenBase: null, breakEvenRate: null },
    ],
  } as unknown as OfferComparison;
  expect(verdict(stub, usd, htmlText)).toBe(
    'a comes first on guaranteed cash at $0.00, ahead of b by $5.00: a clear lead, beyond the 2% of a close call; no base pay would bring b level.',
  );
});
