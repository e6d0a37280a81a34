import { expect, test } from 'vitest';
import { DEFAULT_PLAN_YEAR, IRS_LIMITS, irsLimitsFor } from '../../src/index.js';

test('the dated table of IRS limits, 2024–2026, each with its source', () => {
  // 402(g) 23,000 / 23,500 / 24,500; 415(c) 69,000 / 70,000 / 72,000; 401(a)(17) 345,000 / 350,000 / 360,000
  expect(
    IRS_LIMITS.map((limits) => [
      limits.year,
      limits.electiveDeferralLimit.toNumber(),
      limits.annualAdditionsLimit.toNumber(),
      limits.compensationLimit.toNumber(),
    ]),
  ).toEqual([
    [2024, 23000, 69000, 345000],
    [2025, 23500, 70000, 350000],
    [2026, 24500, 72000, 360000],
  ]);
  expect(IRS_LIMITS.map((limits) => limits.source)).toEqual([
    expect.stringContaining('IRS'),
    'IRS Notice 2024-80',
    'IRS Notice 2025-67',
  ]);
  expect(DEFAULT_PLAN_YEAR).toBe(Math.max(...IRS_LIMITS.map((limits) => limits.year)));
  expect(irsLimitsFor(2023)).toBeUndefined();
});
