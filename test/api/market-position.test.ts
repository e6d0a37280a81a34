import { fc, test as fcTest } from '@fast-check/vitest';
import { describe, expect, test } from 'vitest';
import { Decimal } from '../../src/decimal/decimal.js';
import { OfferValidationError } from '../../src/index.js';
import { marketPosition } from '../../src/api/market-position.js';

describe('marketPosition (BLS OEWS 29-2072)', () => {
  test('band and interpolated percentile, May 2024', () => {
    // $27 × 2,080 = 56,160, between the median 50,250 and p75 64,070:
    // 50 + (56,160 − 50,250) / (64,070 − 50,250) × 25 = 50 + 5,910 / 13,820 × 25 = 60.69…
    const position = marketPosition({ label: 'Coder', pay: { type: 'hourly', rate: 27 } });
    expect(position.band).toBe('p50–p75');
    expect(position.percentile?.toFixed(2)).toBe('60.69');
    expect(position.release).toBe('May 2024');
    expect(position.caveat).toContain('not overtime');
  });

  test('below the lowest and above the highest known percentile', () => {
    expect(marketPosition({ label: 'A', pay: { type: 'hourly', rate: 15 } })).toMatchObject({ band: 'below p10', percentile: null });
    expect(marketPosition({ label: 'A', pay: { type: 'salary', amount: 90000 } })).toMatchObject({ band: 'p90 or above', percentile: null });
  });

  test('the state mean, when the offer names a region (May 2023)', () => {
    // 68,000 vs the New Jersey mean 62,900: +8.108…%
    const position = marketPosition({ label: 'A', pay: { type: 'salary', amount: 68000 }, location: { region: 'US-NJ' } }, { release: 'May 2023' });
    expect(position.stateMean?.differencePercent.toFixed(1)).toBe('8.1');
    expect(position.band).toBe('p75–p90');
  });

  test('your own distribution for any occupation; unknown built-ins are errors', () => {
    const own = {
      occupation: '43-3021',
      title: 'Billing and Posting Clerks',
      release: 'my survey',
      percentiles: [
        { percentile: 25, annual: new Decimal(40000) },
        { percentile: 75, annual: new Decimal(60000) },
      ],
      mean: new Decimal(50000),
      source: 'my survey',
    };
    expect(marketPosition({ label: 'A', pay: { type: 'salary', amount: 50000 } }, { distribution: own }).percentile?.toString()).toBe('50');
    expect(() => marketPosition({ label: 'A', pay: { type: 'salary', amount: 1 } }, { occupation: '11-1111' })).toThrow(OfferValidationError);
    expect(() => marketPosition({ label: 'A', pay: { type: 'salary', amount: 1 } }, { release: 'May 1999' })).toThrow(/options\.release/);
  });

  fcTest.prop([fc.integer({ min: 1000, max: 20000 }), fc.integer({ min: 1000, max: 20000 })])('percentiles never fall as the base rises', (a, b) => {
    const [low, high] = a <= b ? [a, b] : [b, a];
    const at = (cents: number) => marketPosition({ label: 'A', pay: { type: 'hourly', rate: (cents / 100).toFixed(2) } });
    const [first, second] = [at(low), at(high)];
    if (first.percentile !== null && second.percentile !== null) expect(second.percentile.greaterThanOrEqualTo(first.percentile)).toBe(true);
    const order = ['below p10', 'p10–p25', 'p25–p50', 'p50–p75', 'p75–p90', 'p90 or above'];
    expect(order.indexOf(second.band)).toBeGreaterThanOrEqual(order.indexOf(first.band));
  });
});

test('exactly at the highest known percentile, and bad options', () => {
  const own = {
    occupation: 'x',
    title: 'x',
    release: 'x',
    percentiles: [
      { percentile: 10, annual: new Decimal(20800) },
      { percentile: 90, annual: new Decimal(41600) },
    ],
    mean: new Decimal(30000),
    source: 'x',
  };
  // $20 × 2,080 = 41,600: the 90th percentile itself.
  expect(marketPosition({ label: 'A', pay: { type: 'hourly', rate: 20 } }, { distribution: own })).toMatchObject({ band: 'p90 or above', percentile: new Decimal(90) });
  expect(() => marketPosition({ label: 'A', pay: { type: 'hourly', rate: 20 } }, { colour: 'red' } as never)).toThrow(/options\.colour/);
});

test('a distribution that is not an object is refused', () => {
  expect(() => marketPosition({ label: 'A', pay: { type: 'salary', amount: 1 } }, { distribution: 5 as never })).toThrow(/options\.distribution/);
});
