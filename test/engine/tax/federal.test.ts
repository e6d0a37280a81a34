import { fc, test as fcTest } from '@fast-check/vitest';
import { describe, expect, test } from 'vitest';
import { FEDERAL_TAX, federalTaxYear, type FederalTaxYear } from '../../../src/data/tax/federal-tax.js';
import type { FilingStatus } from '../../../src/data/tax/types.js';
import { Decimal, ZERO } from '../../../src/decimal/decimal.js';
import { federalIncomeTax } from '../../../src/engine/tax/federal-income-tax.js';
import { fica } from '../../../src/engine/tax/fica.js';
import { overtimeDeduction } from '../../../src/engine/tax/overtime-deduction.js';
import { scheduleTax } from '../../../src/engine/tax/schedule-tax.js';

const year = (value: number): FederalTaxYear => federalTaxYear(value) ?? (() => { throw new Error(`no ${value}`); })();
const tax = (value: number, status: FilingStatus, wages: number, other = 0, deduction = 0) =>
  federalIncomeTax(year(value), status, new Decimal(wages), new Decimal(other), new Decimal(deduction)).tax.toString();

describe('federal income tax (docs/semantics.md §22)', () => {
  test('single and joint, each year, on $60,000 of federal wages', () => {
    // 2026 single: 60,000 − 16,100 = 43,900; 10 % × 12,400 + 12 % × 31,500 = 1,240 + 3,780 = 5,020
    expect(tax(2026, 'single', 60000)).toBe('5020');
    // 2026 joint: 60,000 − 32,200 = 27,800; 2,480 + 12 % × 3,000 = 2,840
    expect(tax(2026, 'married-joint', 60000)).toBe('2840');
    // 2026 head of household: 60,000 − 24,150 = 35,850; 1,770 + 12 % × 18,150 = 1,770 + 2,178 = 3,948
    expect(tax(2026, 'head-of-household', 60000)).toBe('3948');
    // 2025 single: 60,000 − 15,750 = 44,250; 1,192.50 + 12 % × 32,325 = 1,192.50 + 3,879 = 5,071.50
    expect(tax(2025, 'single', 60000)).toBe('5071.5');
    // 2025 joint: 60,000 − 31,500 = 28,500; 2,385 + 12 % × 4,650 = 2,943
    expect(tax(2025, 'married-joint', 60000)).toBe('2943');
    // 2024 single: 60,000 − 14,600 = 45,400; 1,160 + 12 % × 33,800 = 5,216
    expect(tax(2024, 'single', 60000)).toBe('5216');
    // 2024 joint: 60,000 − 29,200 = 30,800; 2,320 + 12 % × 7,600 = 3,232
    expect(tax(2024, 'married-joint', 60000)).toBe('3232');
  });

  test('a high earner crosses every bracket: 2026 single, $700,000', () => {
    // taxable 683,900: 1,240 + 12 % × 38,000 + 22 % × 55,300 + 24 % × 96,075 + 32 % × 54,450 + 35 % × 384,375 + 37 % × 43,300
    // = 1,240 + 4,560 + 12,166 + 23,058 + 17,424 + 134,531.25 + 16,021 = 209,000.25
    expect(tax(2026, 'single', 700000)).toBe('209000.25');
  });

  test('the tax a job adds to a household with other wages, and the overtime deduction', () => {
    // Joint 2026, a spouse earns 50,000: without the job 50,000 − 32,200 = 17,800 → 1,780;
    // with 60,000 more: 77,800 → 2,480 + 12 % × 53,000 = 8,840; the job adds 7,060.
    expect(tax(2026, 'married-joint', 60000, 50000)).toBe('7060');
    // 2026 single, 61,750 of wages with a 3,250 overtime deduction: 61,750 − 16,100 − 3,250 = 42,400 → 1,240 + 3,600 = 4,840.
    expect(tax(2026, 'single', 61750, 0, 3250)).toBe('4840');
    expect(tax(2026, 'single', 10000)).toBe('0');
  });
});

describe('the overtime deduction (IRC §225)', () => {
  const rules = year(2026).overtimeDeduction;
  const deduct = (premium: number, magi: number, status: FilingStatus = 'single') =>
    overtimeDeduction(rules, status, new Decimal(premium), new Decimal(magi)).amount.toString();

  test('capped, then reduced by $100 for each whole $1,000 of income over the start', () => {
    expect(deduct(3250, 61750)).toBe('3250');
    // min(14,000, 12,500) − 100 × ⌊15,500 / 1,000⌋ = 12,500 − 1,500 = 11,000
    expect(deduct(14000, 165500)).toBe('11000');
    // A partial $1,000 is dropped: 1,999 over → one step, $100 (Schedule 1-A line 19).
    expect(deduct(5000, 151999)).toBe('4900');
    // Joint: $25,000 cap, from $300,000; 999 over → no step.
    expect(deduct(30000, 300999, 'married-joint')).toBe('25000');
    // Never below zero: 12,500 − 100 × 200 < 0
    expect(deduct(12500, 350000)).toBe('0');
  });

  test('none outside 2025–2028', () => {
    expect(year(2024).overtimeDeduction).toBeNull();
    expect(overtimeDeduction(null, 'single', new Decimal(3250), new Decimal(60000)).amount.isZero()).toBe(true);
  });
});

describe('Social Security and Medicare', () => {
  test('the wage base stops Social Security; additional Medicare over the threshold', () => {
    // 2026: 6.2 % × 184,500 = 11,439; 1.45 % × 200,000 = 2,900
    const high = fica(year(2026), 'single', new Decimal(200000), ZERO, true);
    expect([high.socialSecurity, high.medicare, high.additionalMedicare].map(String)).toEqual(['11439', '2900', '0']);
    // 0.9 % × (250,000 − 200,000) = 450
    expect(fica(year(2026), 'single', new Decimal(250000), ZERO, true).additionalMedicare.toString()).toBe('450');
    // Joint, a spouse's 150,000: 0.9 % × (270,000 − 250,000) = 180
    expect(fica(year(2026), 'married-joint', new Decimal(120000), new Decimal(150000), true).additionalMedicare.toString()).toBe('180');
    // 2024 and 2025 wage bases: 6.2 % × 168,600 = 10,453.20; 6.2 % × 176,100 = 10,918.20
    expect(fica(year(2024), 'single', new Decimal(300000), ZERO, true).socialSecurity.toString()).toBe('10453.2');
    expect(fica(year(2025), 'single', new Decimal(300000), ZERO, true).socialSecurity.toString()).toBe('10918.2');
    // A job outside Social Security pays Medicare only.
    expect(fica(year(2026), 'single', new Decimal(60000), ZERO, false).socialSecurity.isZero()).toBe(true);
  });
});

describe('schedules', () => {
  test('a stated tax at a bracket’s start stands for the brackets below (Ohio-style)', () => {
    // $342 plus 2.75 % over $26,050: at 40,000, 342 + 2.75 % × 13,950 = 342 + 383.625 = 725.625
    expect(scheduleTax([[0, '0'], [26050, '2.75', 342]], new Decimal(40000)).toString()).toBe('725.625');
    expect(scheduleTax([[0, '0'], [26050, '2.75', 342]], new Decimal(26000)).toString()).toBe('0');
    expect(scheduleTax([[0, '4']], new Decimal(-5)).toString()).toBe('0');
  });
});

describe('properties', () => {
  const statuses = fc.constantFrom<FilingStatus>('single', 'married-joint', 'head-of-household');
  const cents = fc.integer({ min: 0, max: 100_000_000 }).map((value) => new Decimal(value).div(100));
  fcTest.prop([fc.constantFrom(...FEDERAL_TAX), statuses, cents, cents, cents])(
    'more wages never lower the tax; the tax is never negative nor above the wages',
    (rules, status, first, second, other) => {
      const [low, high] = first.lessThanOrEqualTo(second) ? [first, second] : [second, first];
      const at = (wages: Decimal) => federalIncomeTax(rules, status, wages, other, ZERO).tax;
      expect(at(low).isNegative()).toBe(false);
      expect(at(high).greaterThanOrEqualTo(at(low))).toBe(true);
      expect(at(high).lessThanOrEqualTo(high)).toBe(true);
      const payroll = (wages: Decimal) => fica(rules, status, wages, other, true);
      expect(payroll(high).socialSecurity.greaterThanOrEqualTo(payroll(low).socialSecurity)).toBe(true);
      // At the wage base Social Security stops rising.
      const base = new Decimal(rules.socialSecurity.wageBase);
      expect(payroll(base.plus(high)).socialSecurity.equals(payroll(base).socialSecurity)).toBe(true);
    },
  );

  fcTest.prop([statuses, cents, cents, fc.constantFrom(2024, 2025, 2026)])(
    'the overtime deduction is never more than the FLSA premium nor its cap, and is 0 outside 2025–2028',
    (status, premium, magi, value) => {
      const rules = year(value).overtimeDeduction;
      const result = overtimeDeduction(rules, status, premium, magi);
      expect(result.amount.lessThanOrEqualTo(premium)).toBe(true);
      expect(result.amount.isNegative()).toBe(false);
      if (rules === null) expect(result.amount.isZero()).toBe(true);
      else expect(result.amount.lessThanOrEqualTo(rules.max[status])).toBe(true);
    },
  );
});
