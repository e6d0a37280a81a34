import { expect, test } from 'vitest';
import { DEFAULT_PLAN_YEAR, IRS_LIMITS, irsLimitsFor } from '../../src/index.js';

test('the dated table of IRS limits, 2024–2026, each with its source', () => {
  // 402(g) 23,000 / 23,500 / 24,500; 415(c) 69,000 / 70,000 / 72,000; 401(a)(17) 345,000 / 350,000 / 360,000;
  // 457(b) as 402(g); HSA self-only 4,150 / 4,300 / 4,400 and family 8,300 / 8,550 / 8,750 (IRC §223(b)(2))
  expect(
    IRS_LIMITS.map((limits) => [
      limits.year,
      limits.electiveDeferralLimit.toNumber(),
      limits.annualAdditionsLimit.toNumber(),
      limits.compensationLimit.toNumber(),
      limits.deferredCompensationLimit.toNumber(),
      limits.hsaSelfOnlyLimit.toNumber(),
      limits.hsaFamilyLimit.toNumber(),
    ]),
  ).toEqual([
    [2024, 23000, 69000, 345000, 23000, 4150, 8300],
    [2025, 23500, 70000, 350000, 23500, 4300, 8550],
    [2026, 24500, 72000, 360000, 24500, 4400, 8750],
  ]);
  expect(IRS_LIMITS.map((limits) => limits.source)).toEqual([
    'IRS Notice 2023-75; HSA: Rev. Proc. 2023-23 §3.01',
    'IRS Notice 2024-80; HSA: Rev. Proc. 2024-25 §3.01',
    'IRS Notice 2025-67; HSA: Rev. Proc. 2025-19 §3.01',
  ]);
  expect(DEFAULT_PLAN_YEAR).toBe(Math.max(...IRS_LIMITS.map((limits) => limits.year)));
  expect(irsLimitsFor(2023)).toBeUndefined();
});
