import { describe, expect, test } from 'vitest';
import { federalTaxYear, type FederalTaxYear } from '../../../src/data/tax/federal-tax.js';
import type { LocalTax, StateTaxRules, StateTaxYear } from '../../../src/data/tax/types.js';
import { Decimal, ZERO } from '../../../src/decimal/decimal.js';
import { localIncomeTax } from '../../../src/engine/tax/local-income-tax.js';
import { stateIncomeTax } from '../../../src/engine/tax/state-income-tax.js';
import { payrollProgramTax } from '../../../src/engine/tax/state-payroll-tax.js';
import { tableYear } from '../../../src/engine/tax/table-year.js';
import { stateWages, taxWages } from '../../../src/engine/tax/tax-wages.js';
import { evaluateOffer } from '../../../src/index.js';

const federal2026: FederalTaxYear = federalTaxYear(2026) ?? (() => { throw new Error('no 2026'); })();
const same = <T>(value: T) => ({ single: value, 'married-joint': value, 'head-of-household': value });

function rules(fields: Partial<StateTaxRules> & { year?: Partial<StateTaxYear> }): { rules: StateTaxRules; year: StateTaxYear } {
  const year: StateTaxYear = { year: 2026, brackets: same([[0, '5']]), standardDeduction: null, personalExemption: null, fromYearBefore: [], source: 'test', ...fields.year };
  return { rules: { code: 'US-XX', name: 'Test', startingPoint: 'federal-agi', years: [year], taxes: [], notModelled: [], ...fields }, year };
}
const stateTax = (made: { rules: StateTaxRules; year: StateTaxYear }, wages: number, other = 0) =>
  stateIncomeTax(made.rules, made.year, federal2026, 'single', new Decimal(wages), new Decimal(other));

describe('state income tax (docs/semantics.md §22)', () => {
  test('a flat tax on state wages: Pennsylvania-style, deferrals taxed', () => {
    // $60,000 with a 5 % 401(k) deferral: federal wages 57,000; the state adds the 3,000 back: 3.07 % × 60,000 = 1,842
    const evaluation = evaluateOffer({ label: 'P', pay: { type: 'salary', amount: 60000 }, benefits: { retirement: { plan: '401k', employeeContributionPercent: 5 } } });
    const wages = taxWages(evaluation);
    const pennsylvania = rules({ startingPoint: 'own', taxes: ['deferrals-401k', 'deferrals-403b-457b', 'pension'], year: { brackets: same([[0, '3.07']]) } });
    expect(stateWages(wages, pennsylvania.rules.taxes).toString()).toBe('60000');
    expect(stateTax(pennsylvania, stateWages(wages, pennsylvania.rules.taxes).toNumber()).tax.toString()).toBe('1842');
    // Without the add-back: 3.07 % × 57,000 = 1,749.90
    expect(stateTax(pennsylvania, wages.federalWages.toNumber()).tax.toString()).toBe('1749.9');
  });

  test('brackets after a standard deduction (Oregon-style), and a credit for the exemption (California-style)', () => {
    // Oregon 2025 single: 60,000 − 2,835 = 57,165; 4.75 % × 4,400 + 6.75 % × 6,700 + 8.75 % × 46,065
    // = 209 + 452.25 + 4,030.6875 = 4,691.9375
    const oregon = rules({ year: { brackets: same([[0, '4.75'], [4400, '6.75'], [11100, '8.75'], [125000, '9.9']]), standardDeduction: same(2835) } });
    expect(stateTax(oregon, 60000).tax.toString()).toBe('4691.9375');
    // A $153 credit comes off the tax, never below 0.
    const credit = rules({ year: { brackets: same([[0, '1']]), personalExemption: { kind: 'credit', amounts: same(153) } } });
    expect(stateTax(credit, 20000).tax.toString()).toBe('47');
    expect(stateTax(credit, 10000).tax.toString()).toBe('0');
    // A deduction comes off income: 5 % × (20,000 − 2,000) = 900
    expect(stateTax(rules({ year: { personalExemption: { kind: 'deduction', amounts: same(2000) } } }), 20000).tax.toString()).toBe('900');
  });

  test('federal taxable income as the starting point (Colorado-style), and other household wages', () => {
    // 4.4 % × (60,000 − 16,100) = 4.4 % × 43,900 = 1,931.60
    const colorado = rules({ startingPoint: 'federal-taxable-income', year: { brackets: same([[0, '4.4']]) } });
    expect(stateTax(colorado, 60000).tax.toString()).toBe('1931.6');
    // With 10,000 of other wages (all under the deduction): 4.4 % × (70,000 − 16,100) = 2,371.60 with, 0 without.
    expect(stateTax(colorado, 60000, 10000).tax.toString()).toBe('2371.6');
  });
});

describe('payroll programmes and local taxes', () => {
  test('a rate on wages up to a cap, at most the published maximum', () => {
    const tdi = { name: 'TDI', ratePercent: '0.23', wageCap: 165400, maxPerYear: 380.42, source: 'test' };
    // 0.23 % × 60,000 = 138; on 200,000 the cap: 0.23 % × 165,400 = 380.42
    expect(payrollProgramTax(tdi, new Decimal(60000)).toString()).toBe('138');
    expect(payrollProgramTax(tdi, new Decimal(200000)).toString()).toBe('380.42');
    expect(payrollProgramTax({ ...tdi, wageCap: null, maxPerYear: 100 }, new Decimal(200000)).toString()).toBe('100');
  });

  test('New York City’s schedule, Yonkers’ surcharge, a Maryland county’s rate and Philadelphia’s months', () => {
    const base = { stateTaxable: new Decimal(52000), stateTaxableWithout: ZERO, stateTax: new Decimal(2800), wages: new Decimal(60000) };
    const nyc: LocalTax = { kind: 'brackets', years: [{ year: 2025, brackets: same([[0, '3.078'], [12000, '3.762'], [25000, '3.819'], [50000, '3.876']]), source: 'NYC' }] };
    // 3.078 % × 12,000 + 3.762 % × 13,000 + 3.819 % × 25,000 + 3.876 % × 2,000 = 369.36 + 489.06 + 954.75 + 77.52 = 1,890.69
    const city = localIncomeTax(nyc, 2026, 'single', base);
    expect([city?.tax.toString(), city?.year]).toEqual(['1890.69', 2025]);
    // 16.75 % × 2,800 = 469
    expect(localIncomeTax({ kind: 'surcharge', years: [{ year: 2025, percentOfStateTax: '16.75', source: 'Y' }] }, 2025, 'single', base)?.tax.toString()).toBe('469');
    // 3.2 % × 52,000 = 1,664
    expect(localIncomeTax({ kind: 'flat', years: [{ year: 2025, ratePercent: '3.2', source: 'M' }] }, 2025, 'single', base)?.tax.toString()).toBe('1664');
    // (6 × 3.75 + 6 × 3.74) / 12 = 3.745 % of 60,000 = 2,247
    const philadelphia = localIncomeTax(
      { kind: 'wage', years: [{ year: 2025, periods: [{ fromMonth: 1, ratePercent: '3.75' }, { fromMonth: 7, ratePercent: '3.74' }], source: 'P' }] },
      2025,
      'single',
      base,
    );
    expect([philadelphia?.ratePercent?.toString(), philadelphia?.tax.toString()]).toEqual(['3.745', '2247']);
    expect(localIncomeTax({ kind: 'flat', years: [] }, 2025, 'single', base)).toBeNull();
  });

  test('a table’s year: the year asked, else the newest before it, else the oldest', () => {
    const years = [{ year: 2025 }, { year: 2026 }];
    expect(tableYear(years, 2026)).toEqual({ entry: { year: 2026 }, fallback: false });
    expect(tableYear([{ year: 2025 }], 2026)).toEqual({ entry: { year: 2025 }, fallback: true });
    expect(tableYear(years, 2024)).toEqual({ entry: { year: 2025 }, fallback: true });
    expect(tableYear([], 2026)).toBeNull();
  });
});
