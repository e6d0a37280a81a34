import { describe, expect, test } from 'vitest';
import { slowerThanErisa } from '../../src/engine/warnings.js';
import { compareOffers, evaluateOffer, type OfferInput } from '../../src/index.js';
import { formatComparison } from '../../src/present/format-comparison.js';

const codes = (input: OfferInput, options = {}) => evaluateOffer(input, options).warnings.map((warning) => `${warning.code} ${warning.path}`);

describe('exempt-below-salary-level (29 CFR 541.600; Lab. Code §515(a))', () => {
  test('an exempt salary under $684 a week ($35,568 a year) is warned of; at the level it is not', () => {
    expect(codes({ label: 'A', pay: { type: 'salary', amount: 35567.99 } })).toEqual(['exempt-below-salary-level pay.exempt']);
    expect(codes({ label: 'A', pay: { type: 'salary', amount: 35568 } })).toEqual([]);
    // $684 × 52 = $35,568 a week's level, however the salary is stated: 2,950 a month = 35,400 a year.
    expect(codes({ label: 'A', pay: { type: 'salary', amount: 2950, per: 'month' } })).toEqual(['exempt-below-salary-level pay.exempt']);
    // The location pay adjustment counts: 36,000 − 5 % = 34,200.
    expect(codes({ label: 'A', pay: { type: 'salary', amount: 36000 }, location: { payAdjustmentPercent: -5 } })).toHaveLength(1);
    // Non-exempt and hourly offers are not warned: overtime is paid.
    expect(codes({ label: 'A', pay: { type: 'salary', amount: 30000, exempt: false } })).toEqual([]);
    expect(codes({ label: 'A', pay: { type: 'hourly', rate: 10 } })).toEqual([]);
  });

  test("in California, under twice the state minimum wage × 2,080 for the plan year", () => {
    // 2026: 2 × 16.90 × 2,080 = 70,304; 2025: 2 × 16.50 × 2,080 = 68,640.
    const california = { label: 'CA', pay: { type: 'salary', amount: 70000 }, location: { region: 'US-CA' } } as const;
    const warnings = evaluateOffer(california).warnings;
    expect(warnings.map((warning) => warning.code)).toEqual(['exempt-below-salary-level']);
    expect(warnings[0]?.message).toBe(
      "an exempt salary of $70,000.00 a year is below California's 2026 minimum for exempt employees of $70,304.00 (twice the $16.90 state minimum wage × 2,080 h, Lab. Code §515(a)): overtime would likely be owed",
    );
    expect(codes(california, { planYear: 2025 })).toEqual([]);
    // Elsewhere the state minimum does not apply.
    expect(codes({ ...california, location: { region: 'US-NV' } })).toEqual([]);
    // Under both levels: two warnings.
    expect(codes({ ...california, pay: { type: 'salary', amount: 30000 } })).toHaveLength(2);
  });
});

describe('vesting-longer-than-erisa (IRC §411(a)(2)(B))', () => {
  const withVesting = (vesting: object, plan = '401k', governmental?: boolean) =>
    codes({
      label: 'V',
      pay: { type: 'salary', amount: 60000 },
      benefits: { retirement: { plan, match: [{ matchPercent: 50, upToPercentOfPay: 6 }], vesting, ...(governmental === undefined ? {} : { governmental }) } as never },
    });

  test('a cliff over 3 years, or a graded schedule slower than 20 % after 2 years rising to 100 % after 6', () => {
    expect(withVesting({ type: 'cliff', years: 3 })).toEqual([]);
    expect(withVesting({ type: 'cliff', years: 4 })).toEqual(['vesting-longer-than-erisa benefits.retirement.vesting']);
    expect(withVesting({ type: 'graded', vestedPercentByYear: [0, 20, 40, 60, 80, 100] })).toEqual([]);
    expect(withVesting({ type: 'graded', vestedPercentByYear: [20, 40, 60, 80, 100] })).toEqual([]);
    expect(withVesting({ type: 'graded', vestedPercentByYear: [0, 0, 100] })).toEqual([]);
    expect(withVesting({ type: 'graded', vestedPercentByYear: [0, 20, 40, 60, 80, 90, 100] })).toHaveLength(1);
    expect(withVesting({ type: 'graded', vestedPercentByYear: [0, 10, 40, 60, 80, 100] })).toHaveLength(1);
    expect(withVesting({ type: 'cliff', years: 5 }, '403b')).toHaveLength(1);
  });

  test('not for governmental plans, nor for a 457(b) or another plan', () => {
    expect(withVesting({ type: 'cliff', years: 5 }, '401k', true)).toEqual([]);
    expect(withVesting({ type: 'cliff', years: 5 }, '457b')).toEqual([]);
    expect(withVesting({ type: 'cliff', years: 5 }, 'other')).toEqual([]);
  });

  test('the rule on every schedule', () => {
    expect(slowerThanErisa({ type: 'immediate' })).toBe(false);
    expect(slowerThanErisa({ type: 'cliff', years: 0 })).toBe(false);
  });
});

describe('vesting of a pension (IRC §411(a)(2)(A)) and of several plans', () => {
  const pension = (vesting: object, governmental = false) =>
    codes({
      label: 'P',
      pay: { type: 'salary', amount: 60000 },
      benefits: { retirement: [{ plan: '401k', nonElectivePercent: 3 }, { plan: 'pension', pension: { employerPercentOfPay: 8 }, vesting, governmental } as never] },
    });

  test('a pension may take a 5-year cliff or 20 % after 3 years rising to 100 % after 7; the path names the plan in the list', () => {
    expect(pension({ type: 'cliff', years: 5 })).toEqual([]);
    expect(pension({ type: 'cliff', years: 6 })).toEqual(['vesting-longer-than-erisa benefits.retirement[1].vesting']);
    expect(pension({ type: 'graded', vestedPercentByYear: [0, 0, 20, 40, 60, 80, 100] })).toEqual([]);
    expect(pension({ type: 'graded', vestedPercentByYear: [0, 0, 10, 40, 60, 80, 100] })).toHaveLength(1);
    expect(pension({ type: 'cliff', years: 10 }, true)).toEqual([]);
    expect(slowerThanErisa({ type: 'cliff', years: 5 }, 'pension')).toBe(false);
  });
});

describe('waiting periods (PHSA §2708; IRC §410(a)(1))', () => {
  const waits = (medical: number, retirement: object) =>
    codes({
      label: 'W',
      pay: { type: 'salary', amount: 60000 },
      benefits: {
        insurance: [{ kind: 'dental', startsAfterMonths: 12 }, { kind: 'medical', employerPaid: 7900, startsAfterMonths: medical }],
        retirement: { plan: '401k', match: [{ matchPercent: 100, upToPercentOfPay: 4 }], ...retirement } as never,
      },
    });

  test('medical coverage may wait 90 days, no more (other kinds are not checked)', () => {
    expect(waits(3, {})).toEqual([]);
    expect(waits(4, {})).toEqual(['health-waiting-period-over-90-days benefits.insurance[1].startsAfterMonths']);
  });

  test('a plan may wait a year of service; two only with immediate vesting and no deferrals; governmental plans are exempt', () => {
    expect(waits(0, { startsAfterMonths: 12 })).toEqual([]);
    expect(waits(0, { startsAfterMonths: 13 })).toEqual(['retirement-waiting-period-over-a-year benefits.retirement.startsAfterMonths']);
    expect(waits(0, { startsAfterMonths: 24, governmental: true })).toEqual([]);
    const noDeferrals = codes({
      label: 'W',
      pay: { type: 'salary', amount: 60000 },
      benefits: { retirement: { plan: '401k', nonElectivePercent: 5, startsAfterMonths: 24 } },
    });
    expect(noDeferrals).toEqual([]);
  });

  test('an HSA beside an HRA', () => {
    expect(codes({ label: 'H', pay: { type: 'salary', amount: 60000 }, benefits: { hsa: { employerContribution: 500 }, hra: { employerContribution: 1000 } } })).toEqual([
      'hsa-with-hra benefits.hra',
    ]);
  });
});

describe('hours-over-80', () => {
  test('scheduled plus extra hours over 80 in a week, the most of any week or of the high estimate', () => {
    expect(codes({ label: 'H', pay: { type: 'hourly', rate: 20, hoursPerWeek: 60 }, overtime: { hoursPerWeek: 20 } })).toEqual([]);
    expect(codes({ label: 'H', pay: { type: 'hourly', rate: 20, hoursPerWeek: 60 }, overtime: { hoursPerWeek: 21 } })).toEqual(['hours-over-80 overtime.hoursPerWeek']);
    expect(codes({ label: 'H', pay: { type: 'hourly', rate: 20, hoursPerWeek: 60 }, overtime: { hoursPerWeek: 10, maxHoursPerWeek: 25 } })).toHaveLength(1);
    expect(codes({ label: 'H', pay: { type: 'hourly', rate: 20, hoursPerWeek: 84 } })).toEqual(['hours-over-80 pay.hoursPerWeek']);
    // 1,100 h a year over 52 weeks is 21.15 h a week on top of 60.
    expect(codes({ label: 'H', pay: { type: 'hourly', rate: 20, hoursPerWeek: 60 }, overtime: { hoursPerYear: 1100 } })).toEqual(['hours-over-80 overtime.hoursPerYear']);
  });
});

test('warnings change no figure, and show under the table', () => {
  const low = { id: 'low', label: 'Low salary', pay: { type: 'salary', amount: 30000 } } as const;
  const same = { ...low, pay: { ...low.pay, exempt: false } };
  // The exempt and non-exempt offers at 40 h are the same money; only the first is warned of.
  expect(evaluateOffer(low).totals.annual.toString()).toBe(evaluateOffer(same).totals.annual.toString());
  const table = formatComparison(compareOffers([low]));
  expect(table).toContain('Warning, low (pay.exempt): an exempt salary of $30,000.00 a year ($576.92 a week) is below the FLSA salary level');
  expect(formatComparison(compareOffers([low]), { format: 'markdown' })).toContain('> Warning, low (pay.exempt): an exempt salary');
});
