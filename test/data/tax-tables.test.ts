import { describe, expect, test } from 'vitest';
import { generateTaxSourcesDoc, generateTaxTables } from '../../scripts/generate-tax-tables.mjs';
import { Decimal } from '../../src/decimal/decimal.js';
import { REGION_CODES } from '../../src/data/regional-price-parities.js';
import { LOCALITIES, STATE_PAYROLL_TAXES, STATE_TAXES } from '../../src/data/tax/tax-tables.js';
import type { FilingStatus, PerStatus, Schedule, StateTaxRules } from '../../src/data/tax/types.js';
import { unfrozenPaths } from '../helpers.js';

const STATUSES: readonly FilingStatus[] = ['single', 'married-joint', 'head-of-household'];
const WITHOUT_WAGE_TAX = ['US-AK', 'US-FL', 'US-NH', 'US-NV', 'US-SD', 'US-TN', 'US-TX', 'US-WA', 'US-WY'];

const state = (code: string): StateTaxRules => STATE_TAXES.find((entry) => entry.code === code) as StateTaxRules;
const year = (code: string, taxYear: number) => state(code).years.find((entry) => entry.year === taxYear);

/** A rate string that parses as a decimal from `low` to `high` percent. */
function isRate(rate: string, low: number, high: number): boolean {
  if (!/^\d+(\.\d+)?$/.test(rate)) return false;
  const value = new Decimal(rate);
  return value.gte(low) && value.lte(high);
}

/** What is wrong with a schedule: `from` strictly increasing from 0, rates 0–20 %, fixed amounts (where given) on every bracket and never negative. */
function scheduleProblems(schedule: Schedule): string[] {
  const problems: string[] = [];
  if (schedule.length === 0) problems.push('no bracket');
  if (schedule[0]?.[0] !== 0) problems.push('the first bracket does not start at 0');
  schedule.forEach(([from, rate, taxAtFrom], index) => {
    const before = schedule[index - 1];
    if (before !== undefined && !(from > before[0])) problems.push(`${from} does not follow ${before[0]}`);
    if (!isRate(rate, 0, 20)) problems.push(`rate ${rate}`);
    if (taxAtFrom !== undefined && !(taxAtFrom >= 0)) problems.push(`tax at ${from}: ${taxAtFrom}`);
    if ((taxAtFrom === undefined) !== (schedule[0]?.[2] === undefined)) problems.push('a fixed amount on some brackets only');
  });
  return problems;
}

function perStatusProblems(brackets: PerStatus<Schedule>): string[] {
  expect(Object.keys(brackets).sort()).toEqual([...STATUSES].sort());
  return STATUSES.flatMap((status) => scheduleProblems(brackets[status]).map((problem) => `${status}: ${problem}`));
}

describe('the generated tables', () => {
  test('src/data/tax/tax-tables.ts is what scripts/generate-tax-tables.mjs makes of data/tax (npm run generate:tax writes it)', async () => {
    await expect(generateTaxTables()).toMatchFileSnapshot('../../src/data/tax/tax-tables.ts');
  });

  test('docs/tax-sources.md is what the same script makes of data/tax', async () => {
    await expect(generateTaxSourcesDoc()).toMatchFileSnapshot('../../docs/tax-sources.md');
  });

  test('are deeply frozen', () => {
    expect(unfrozenPaths(STATE_TAXES)).toEqual([]);
    expect(unfrozenPaths(STATE_PAYROLL_TAXES)).toEqual([]);
    expect(unfrozenPaths(LOCALITIES)).toEqual([]);
  });
});

describe('STATE_TAXES', () => {
  test('has every state and DC exactly once, sorted by code', () => {
    const codes = STATE_TAXES.map((entry) => entry.code);
    expect(codes).toEqual([...REGION_CODES]);
    expect(new Set(codes).size).toBe(51);
  });

  test('states without a tax on wages have no starting point, no year and nothing taxed', () => {
    const without = STATE_TAXES.filter((entry) => entry.startingPoint === null);
    expect(without.map((entry) => entry.code)).toEqual(WITHOUT_WAGE_TAX);
    for (const entry of without) expect([entry.years, entry.taxes]).toEqual([[], []]);
  });

  test('every state with a wage tax has 2025', () => {
    const withTax = STATE_TAXES.filter((entry) => entry.startingPoint !== null);
    expect(withTax).toHaveLength(42);
    expect(withTax.filter((entry) => !entry.years.some((taxYear) => taxYear.year === 2025)).map((entry) => entry.code)).toEqual([]);
  });

  test.each(STATE_TAXES.filter((entry) => entry.years.length > 0).map((entry) => [entry.code, entry]))(
    '%s: each year has all three filing statuses, brackets from 0 strictly increasing, rates 0–20 %, figures not negative',
    (_, entry) => {
      const years = entry.years.map((taxYear) => taxYear.year);
      expect(years).toEqual([...new Set(years)].sort());
      for (const taxYear of entry.years) {
        expect(perStatusProblems(taxYear.brackets), `${entry.code} ${taxYear.year}`).toEqual([]);
        for (const amounts of [taxYear.standardDeduction, taxYear.personalExemption?.amounts]) {
          if (amounts === null || amounts === undefined || amounts === 'federal') continue;
          expect(Object.keys(amounts).sort()).toEqual([...STATUSES].sort());
          for (const status of STATUSES) expect(amounts[status]).toBeGreaterThanOrEqual(0);
        }
        expect(['deduction', 'credit', undefined]).toContain(taxYear.personalExemption?.kind);
        expect(taxYear.source.length).toBeGreaterThan(0);
        expect(taxYear.source.length).toBeLessThanOrEqual(100);
      }
    },
  );

  test('a figure taken from the year before equals the year before\'s, and only four are', () => {
    const taken: string[] = [];
    for (const entry of STATE_TAXES) {
      for (const taxYear of entry.years) {
        for (const field of taxYear.fromYearBefore) {
          taken.push(`${entry.code} ${taxYear.year} ${field}`);
          const before = year(entry.code, taxYear.year - 1);
          expect(before, `${entry.code} ${taxYear.year - 1}`).toBeDefined();
          expect(before?.[field]).not.toBeNull();
          expect(taxYear[field]).toEqual(before?.[field]);
        }
      }
    }
    expect(taken.sort()).toEqual([
      'US-AR 2026 standardDeduction',
      'US-MD 2026 standardDeduction',
      'US-OH 2026 personalExemption',
      'US-RI 2026 standardDeduction',
    ]);
  });

  test('the taxed pre-tax items are known, unique and in order; what is not modelled is said in a few words', () => {
    const order = ['hsa', 'deferrals-401k', 'deferrals-403b-457b', 'pension', 'premiums'];
    for (const entry of STATE_TAXES) {
      expect(entry.taxes.every((item) => order.includes(item))).toBe(true);
      expect([...entry.taxes]).toEqual([...entry.taxes].sort((a, b) => order.indexOf(a) - order.indexOf(b)));
      expect(new Set(entry.taxes).size).toBe(entry.taxes.length);
      for (const phrase of entry.notModelled) {
        expect(phrase.length).toBeGreaterThan(0);
        expect(phrase.length).toBeLessThanOrEqual(80);
      }
    }
    expect(STATE_TAXES.filter((entry) => entry.taxes.length > 0).map((entry) => entry.code)).toEqual(['US-CA', 'US-NJ', 'US-PA']);
  });
});

describe('STATE_PAYROLL_TAXES', () => {
  const entries = Object.entries(STATE_PAYROLL_TAXES);

  test('lists, by real state code, only states with an employee share in some year, each with 2025', () => {
    expect(entries.map(([code]) => code)).toEqual(['US-CA', 'US-CO', 'US-CT', 'US-DE', 'US-HI', 'US-MA', 'US-ME', 'US-MN', 'US-NJ', 'US-NY', 'US-OR', 'US-RI', 'US-VT', 'US-WA']);
    for (const [code, years] of entries) {
      expect(REGION_CODES).toContain(code);
      expect(years.some((taxYear) => taxYear.programs.length > 0)).toBe(true);
      expect(years.map((taxYear) => taxYear.year)).toEqual([2025, 2026]);
    }
    expect(STATE_PAYROLL_TAXES['US-MD']).toBeUndefined();
    expect(STATE_PAYROLL_TAXES['US-DC']).toBeUndefined();
  });

  test('programmes have rates 0–5 %, caps and yearly maxima positive or null, and a short source', () => {
    for (const [code, years] of entries) {
      for (const taxYear of years) {
        for (const program of taxYear.programs) {
          const where = `${code} ${taxYear.year} ${program.name}`;
          expect(isRate(program.ratePercent, 0, 5), where).toBe(true);
          if (program.wageCap !== null) expect(program.wageCap, where).toBeGreaterThan(0);
          if (program.maxPerYear !== null) expect(program.maxPerYear, where).toBeGreaterThan(0);
          expect(program.source.length, where).toBeGreaterThan(0);
          expect(program.source.length, where).toBeLessThanOrEqual(100);
        }
      }
    }
  });

  test('spot checks against data/tax/payroll.json', () => {
    const programs = (code: string, taxYear: number) => STATE_PAYROLL_TAXES[code]?.find((entry) => entry.year === taxYear)?.programs ?? [];
    expect(programs('US-CA', 2026).map((program) => [program.ratePercent, program.wageCap])).toEqual([['1.3', null]]);
    expect(programs('US-NJ', 2025).map((program) => [program.ratePercent, program.wageCap, program.maxPerYear])).toEqual([
      ['0.23', 165_400, 380.42],
      ['0.33', 165_400, 545.82],
    ]);
    expect(programs('US-WA', 2026).map((program) => [program.ratePercent, program.wageCap])).toEqual([
      ['0.807159', 184_500],
      ['0.58', null],
    ]);
    // Hawaii caps by the week ($1,441.72 of wages, $7.21 of tax): 52 weeks make the yearly cap.
    expect(programs('US-HI', 2025)[0]).toMatchObject({ ratePercent: '0.5', wageCap: 74_969.44, maxPerYear: null });
    expect(programs('US-NY', 2025)[0]).toMatchObject({ ratePercent: '0.5', wageCap: null, maxPerYear: 31.2 });
    // Minnesota's premiums start in 2026: 2025 has no programme.
    expect(programs('US-MN', 2025)).toEqual([]);
    expect(programs('US-MN', 2026)[0]?.ratePercent).toBe('0.44');
  });
});

describe('LOCALITIES', () => {
  test('codes are unique and sorted, each in a real state, each with 2025', () => {
    const codes = LOCALITIES.map((locality) => locality.code);
    expect(new Set(codes).size).toBe(codes.length);
    expect(codes).toEqual([...codes].sort());
    for (const locality of LOCALITIES) {
      expect(REGION_CODES).toContain(locality.state);
      expect(locality.code.startsWith(`${locality.state}-`)).toBe(true);
      expect(locality.tax.years.map((taxYear) => taxYear.year)).toContain(2025);
    }
  });

  test('New York City, Yonkers, Philadelphia, and the 23 Maryland counties and Baltimore City', () => {
    const kinds = Object.fromEntries(LOCALITIES.map((locality) => [locality.code, locality.tax.kind]));
    expect(kinds).toMatchObject({
      'US-NY-NYC': 'brackets',
      'US-NY-YONKERS': 'surcharge',
      'US-PA-PHILADELPHIA': 'wage',
      'US-MD-MONTGOMERY': 'flat',
      'US-MD-BALTIMORE-CITY': 'flat',
      'US-MD-BALTIMORE-COUNTY': 'flat',
      'US-MD-PRINCE-GEORGES': 'flat',
      'US-MD-QUEEN-ANNES': 'flat',
      'US-MD-ST-MARYS': 'flat',
      'US-MD-ANNE-ARUNDEL': 'brackets',
      'US-MD-FREDERICK': 'brackets',
    });
    const maryland = LOCALITIES.filter((locality) => locality.state === 'US-MD');
    expect(maryland).toHaveLength(24);
    for (const locality of maryland) expect(locality.code).toMatch(/^US-MD-[A-Z]+(-[A-Z]+)*$/);
  });

  test('rates, schedules and periods are well formed', () => {
    for (const { code, tax } of LOCALITIES) {
      for (const taxYear of tax.years) {
        expect(taxYear.source.length, code).toBeGreaterThan(0);
        expect(taxYear.source.length, code).toBeLessThanOrEqual(100);
      }
      if (tax.kind === 'brackets') for (const taxYear of tax.years) expect(perStatusProblems(taxYear.brackets), code).toEqual([]);
      if (tax.kind === 'flat') for (const taxYear of tax.years) expect(isRate(taxYear.ratePercent, 0, 20), code).toBe(true);
      if (tax.kind === 'surcharge') for (const taxYear of tax.years) expect(isRate(taxYear.percentOfStateTax, 0, 100), code).toBe(true);
      if (tax.kind === 'wage') {
        for (const taxYear of tax.years) {
          expect(taxYear.periods[0]?.fromMonth, code).toBe(1);
          const months = taxYear.periods.map((period) => period.fromMonth);
          expect(months).toEqual([...new Set(months)].sort((a, b) => a - b));
          for (const period of taxYear.periods) {
            expect(period.fromMonth).toBeGreaterThanOrEqual(1);
            expect(period.fromMonth).toBeLessThanOrEqual(12);
            expect(isRate(period.ratePercent, 0, 20), code).toBe(true);
          }
        }
      }
    }
  });

  test('spot checks against data/tax/local.json', () => {
    const tax = (code: string) => LOCALITIES.find((locality) => locality.code === code)?.tax;
    expect(tax('US-MD-MONTGOMERY')).toMatchObject({ kind: 'flat', years: [{ year: 2025, ratePercent: '3.20' }] });
    expect(tax('US-MD-WORCESTER')).toMatchObject({ kind: 'flat', years: [{ year: 2025, ratePercent: '2.25' }] });
    expect(tax('US-NY-YONKERS')).toMatchObject({ kind: 'surcharge', years: [{ year: 2025, percentOfStateTax: '16.75' }] });
    expect(tax('US-PA-PHILADELPHIA')).toMatchObject({
      kind: 'wage',
      years: [
        { year: 2025, periods: [{ fromMonth: 1, ratePercent: '3.75' }, { fromMonth: 7, ratePercent: '3.74' }] },
        { year: 2026, periods: [{ fromMonth: 1, ratePercent: '3.74' }] },
      ],
    });
    const nyc = tax('US-NY-NYC');
    expect(nyc?.kind === 'brackets' ? nyc.years.map((taxYear) => taxYear.brackets['married-joint']) : null).toEqual([
      [[0, '3.078'], [21_600, '3.762'], [45_000, '3.819'], [90_000, '3.876']],
      [[0, '3.078'], [21_600, '3.762'], [45_000, '3.819'], [90_000, '3.876']],
    ]);
    // Frederick County taxes the whole income at its tier's rate: each tier's tax at its threshold is rate × threshold.
    const frederick = tax('US-MD-FREDERICK');
    expect(frederick?.kind === 'brackets' ? frederick.years[0]?.brackets.single : null).toEqual([
      [0, '2.25', 0],
      [25_000, '2.75', 687.5],
      [50_000, '2.96', 1480],
      [150_000, '3.20', 4800],
    ]);
    const anneArundel = tax('US-MD-ANNE-ARUNDEL');
    expect(anneArundel?.kind === 'brackets' ? anneArundel.years[0]?.brackets.single : null).toEqual([[0, '2.70'], [50_000, '2.94'], [400_000, '3.20']]);
  });
});

describe('spot checks by hand against data/tax/states', () => {
  test('Oregon 2025: single 4.75 % to 4,400, 6.75 % to 11,100, 8.75 % to 125,000, 9.9 % above; no 2026 in the tables', () => {
    expect(year('US-OR', 2025)?.brackets.single).toEqual([[0, '4.75'], [4400, '6.75'], [11_100, '8.75'], [125_000, '9.9']]);
    expect(year('US-OR', 2025)?.standardDeduction).toEqual({ single: 2835, 'married-joint': 5670, 'head-of-household': 4560 });
    expect(year('US-OR', 2025)?.source).toBe('Oregon DOR, 2025 Publication OR-17 p.143 and 2025 Form OR-40 instructions');
    expect(state('US-OR').years.map((taxYear) => taxYear.year)).toEqual([2025]);
    expect(state('US-OR').notModelled).toContain('Oregon federal tax subtraction');
  });

  test('Pennsylvania: flat 3.07 % on its own wage base, taxing 401(k), 403(b) and 457(b) deferrals and pension pick-ups', () => {
    for (const taxYear of [2025, 2026]) {
      expect(year('US-PA', taxYear)?.brackets).toEqual({ single: [[0, '3.07']], 'married-joint': [[0, '3.07']], 'head-of-household': [[0, '3.07']] });
      expect(year('US-PA', taxYear)?.standardDeduction).toBeNull();
    }
    expect(state('US-PA').startingPoint).toBe('own');
    expect(state('US-PA').taxes).toEqual(['deferrals-401k', 'deferrals-403b-457b', 'pension']);
  });

  test('California 2025: standard deduction 5,706 single, 11,412 joint and head of household; exemption credit 153; taxes HSA contributions', () => {
    expect(year('US-CA', 2025)?.standardDeduction).toEqual({ single: 5706, 'married-joint': 11_412, 'head-of-household': 11_412 });
    expect(year('US-CA', 2025)?.personalExemption).toEqual({ kind: 'credit', amounts: { single: 153, 'married-joint': 306, 'head-of-household': 153 } });
    expect(year('US-CA', 2025)?.brackets.single.at(-1)).toEqual([1_000_000, '13.3']);
    expect(state('US-CA').taxes).toEqual(['hsa']);
  });

  test('Ohio: the official schedule, a fixed amount plus the rate over the threshold; the 2026 exemption from 2025', () => {
    const schedule2025 = [[0, '0', 0], [26_050, '2.75', 342], [100_000, '3.125', 2394.32]];
    for (const status of STATUSES) expect(year('US-OH', 2025)?.brackets[status]).toEqual(schedule2025);
    expect(year('US-OH', 2026)?.brackets.single).toEqual([[0, '0', 0], [26_050, '2.75', 332]]);
    expect(year('US-OH', 2025)?.personalExemption).toEqual({ kind: 'deduction', amounts: { single: 1900, 'married-joint': 3800, 'head-of-household': 1900 } });
    expect(year('US-OH', 2026)?.fromYearBefore).toEqual(['personalExemption']);
    expect(year('US-OH', 2026)?.personalExemption).toEqual(year('US-OH', 2025)?.personalExemption);
    expect(state('US-OH').notModelled).toContain('Exemption tiers: $2,400 to $40,000 MAGI, $2,150 to $80,000');
    // Only Ohio's schedule carries fixed amounts.
    const withFixedAmounts = STATE_TAXES.filter((entry) => entry.years.some((taxYear) => taxYear.brackets.single.some((bracket) => bracket.length > 2)));
    expect(withFixedAmounts.map((entry) => entry.code)).toEqual(['US-OH']);
  });

  test('New Jersey taxes HSA contributions, 403(b)/457(b) deferrals, §414(h) pick-ups and section 125 premiums, not 401(k) deferrals', () => {
    expect(state('US-NJ').taxes).toEqual(['hsa', 'deferrals-403b-457b', 'pension', 'premiums']);
    expect(state('US-NJ').taxes).not.toContain('deferrals-401k');
  });

  test('the standard deductions taken from the year before: Arkansas, Maryland and Rhode Island 2026', () => {
    expect(year('US-AR', 2026)?.standardDeduction).toEqual({ single: 2470, 'married-joint': 4940, 'head-of-household': 2470 });
    expect(year('US-MD', 2026)?.standardDeduction).toEqual({ single: 3350, 'married-joint': 6700, 'head-of-household': 6700 });
    expect(year('US-RI', 2026)?.standardDeduction).toEqual({ single: 10_900, 'married-joint': 21_800, 'head-of-household': 16_350 });
    expect(year('US-RI', 2026)?.personalExemption?.amounts.single).toBe(5250);
  });

  test('New York 2026: the five lowest rates 0.1 point lower, thresholds as in 2025; Nebraska 2026 at 4.55 % from the third bracket', () => {
    expect(year('US-NY', 2026)?.brackets.single.map(([from, rate]) => `${rate}@${from}`).slice(0, 6)).toEqual(['3.9@0', '4.4@8500', '5.15@11700', '5.4@13900', '5.9@80650', '6.85@215400']);
    expect(year('US-NY', 2026)?.standardDeduction).toEqual(year('US-NY', 2025)?.standardDeduction);
    expect(year('US-NE', 2026)?.brackets['married-joint'].map(([from, rate]) => `${rate}@${from}`)).toEqual(['2.46@0', '3.51@8250', '4.55@49530', '4.55@79800']);
    expect(year('US-NE', 2026)?.personalExemption).toEqual({ kind: 'credit', amounts: { single: 176, 'married-joint': 352, 'head-of-household': 176 } });
  });

  test('states that fall back: no 2026 figures in the tables for California, Idaho, Illinois, Massachusetts, Michigan, Missouri, North Dakota, Oregon, Vermont and Wisconsin', () => {
    const only2025 = STATE_TAXES.filter((entry) => entry.years.length === 1).map((entry) => entry.code);
    expect(only2025).toEqual(['US-CA', 'US-ID', 'US-IL', 'US-MA', 'US-MI', 'US-MO', 'US-ND', 'US-OR', 'US-VT', 'US-WI']);
    expect(STATE_TAXES.every((entry) => entry.years.every((taxYear) => taxYear.year === 2025 || taxYear.year === 2026))).toBe(true);
  });
});
