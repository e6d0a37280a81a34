import { fc, test as fcTest } from '@fast-check/vitest';
import { describe, expect, test } from 'vitest';
import { breakEvenBase } from '../../src/engine/break-even.js';
import { Decimal } from '../../src/decimal/decimal.js';

describe('breakEvenBase', () => {
  test('a linear metric: solved in one step', () => {
    // 1.04 × base + 900 ≥ 70,000 → base ≥ 66,442.3076… → 66,442.31
    const calls: string[] = [];
    const metric = (base: Decimal) => {
      calls.push(base.toString());
      return base.times('1.04').plus(900);
    };
    expect(breakEvenBase(metric, new Decimal(70000), new Decimal(60000), 2)?.toString()).toBe('66442.31');
    expect(calls.length).toBeLessThanOrEqual(4);
  });

  test('a piecewise metric with a cap (a match that stops growing at 1,800)', () => {
    // metric = base + min(0.03 × base, 1,800); past 60,000 the slope is 1.
    // Target 70,000: base + 1,800 ≥ 70,000 → 68,200.
    const metric = (base: Decimal) => base.plus(Decimal.min(base.times('0.03'), 1800));
    expect(breakEvenBase(metric, new Decimal(70000), new Decimal(40000), 2)?.toString()).toBe('68200');
    // Target 50,000 from above: 1.03 × base ≥ 50,000 → 48,543.6893… → 48,543.69
    expect(breakEvenBase(metric, new Decimal(50000), new Decimal(90000), 2)?.toString()).toBe('48543.69');
  });

  test("the best offer's own value: its base, found with one evaluation (one cent below)", () => {
    // 1.04 × 60,000 + 900 = 63,300; one cent less gives 63,299.9896 < 63,300.
    const calls: string[] = [];
    const metric = (base: Decimal) => {
      calls.push(base.toString());
      return base.times('1.04').plus(900);
    };
    expect(breakEvenBase(metric, new Decimal(63300), new Decimal(60000), 2, new Decimal(63300))?.toString()).toBe('60000');
    expect(calls).toEqual(['59999.99']);
    // A base between cents is never the answer, even when it reaches the target: at 60,000.005
    // the metric is 63,300.0052 ≥ 63,300, and the smallest cent that reaches it is 60,000.00.
    const between = new Decimal('60000.005');
    expect(breakEvenBase(metric, new Decimal(63300), between, 2, metric(between))?.toString()).toBe('60000');
  });

  test('a target reached at zero base, and one never reached', () => {
    expect(breakEvenBase((base) => base.plus(5000), new Decimal(1000), new Decimal(30000), 2)?.toString()).toBe('0');
    expect(breakEvenBase(() => new Decimal(10), new Decimal(1000), new Decimal(30000), 2)).toBeNull();
    expect(breakEvenBase(() => null, new Decimal(1000), new Decimal(30000), 2)).toBeNull();
  });

  fcTest.prop([
    fc.integer({ min: 0, max: 5000 }),
    fc.integer({ min: 0, max: 100_000_00 }),
    fc.integer({ min: 0, max: 200_000_00 }),
    fc.integer({ min: 0, max: 300_000_00 }),
    fc.integer({ min: 1, max: 20 }),
  ])('tight to the cent on piecewise-linear metrics with a kink', (extraPermille, capCents, targetCents, currentCents, divisor) => {
    // metric = base + min(extra × base, cap) / divisor: non-decreasing, kinked at the cap.
    const extra = new Decimal(extraPermille).div(1000);
    const cap = new Decimal(capCents).div(100);
    const metric = (base: Decimal) => base.plus(Decimal.min(base.times(extra), cap).div(divisor));
    const target = new Decimal(targetCents).div(100);
    const found = breakEvenBase(metric, target, new Decimal(currentCents).div(100), 2);
    expect(found).not.toBeNull();
    if (found === null) return;
    expect(metric(found).greaterThanOrEqualTo(target)).toBe(true);
    if (found.greaterThan(0)) expect(metric(found.minus('0.01')).lessThan(target)).toBe(true);
  });
});

describe('when the secant cannot find it', () => {
  test('a metric with a jump falls back to bisection and stays exact', () => {
    // Below 50,000 the metric is the base; from 50,000 on it jumps by 10,000.
    const metric = (base: Decimal) => (base.lessThan(50000) ? base : base.plus(10000));
    // Target 55,000 is reached first at 50,000 (60,000 ≥ 55,000; 49,999.99 is not).
    expect(breakEvenBase(metric, new Decimal(55000), new Decimal(20000), 2)?.toString()).toBe('50000');
    // Target 45,000 from far above: 45,000.
    expect(breakEvenBase(metric, new Decimal(45000), new Decimal(900000), 2)?.toString()).toBe('45000');
  });

  test('a flat metric around the current base', () => {
    // Flat at 1,000 up to 80,000, then rising one for one.
    const metric = (base: Decimal) => Decimal.max(new Decimal(1000), base.minus(79000));
    expect(breakEvenBase(metric, new Decimal(5000), new Decimal(10000), 2)?.toString()).toBe('84000');
  });
});
