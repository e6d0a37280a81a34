import { fc, test as fcTest } from '@fast-check/vitest';
import { describe, expect, test } from 'vitest';
import { Decimal } from '../../src/decimal/decimal.js';
import { hsaContributions, hsaLines } from '../../src/engine/hsa.js';
import { evaluateOffer, type Hsa, type HsaInput, irsLimitsFor, type IrsLimits } from '../../src/index.js';
import { lineOf, offer, usd } from '../helpers.js';

const limitsOf = (year: number): IrsLimits => irsLimitsFor(year) ?? (() => { throw new Error(`no ${year} limits`); })();

function hsa(input: HsaInput): Hsa {
  const parsed = offer({ pay: { type: 'salary', amount: 50000 }, benefits: { hsa: input } }).benefits.hsa;
  if (parsed === null) throw new Error('no HSA');
  return parsed;
}

describe('hsaContributions (docs/semantics.md §8, IRC §223(b))', () => {
  test('within the limit, the employer money counts whole', () => {
    // 2026 self-only limit 4,400: 1,000 + 2,000 = 3,000 fits
    const result = hsaContributions(hsa({ employerContribution: 1000, employeeContribution: 2000 }), limitsOf(2026));
    expect([result.limit, result.employee, result.employer, result.employerCut].map(String)).toEqual(['4400', '2000', '1000', '0']);
  });

  test('over the limit, the employer money is cut first', () => {
    // 2026 family limit 8,750: you 7,000, employer 2,000 → employer 8,750 − 7,000 = 1,750 (cut 250)
    const result = hsaContributions(hsa({ employerContribution: 2000, employeeContribution: 7000, coverage: 'family' }), limitsOf(2026));
    expect([result.limit, result.employer, result.employerCut].map(String)).toEqual(['8750', '1750', '250']);
  });

  test('self-plus-one coverage takes the family limit; each year its own', () => {
    // 2024 family 8,300; 2025 family 8,550; 2024 self-only 4,150
    const account = hsa({ employerContribution: 9000, coverage: 'self-plus-one' });
    expect(hsaContributions(account, limitsOf(2024)).employer.toString()).toBe('8300');
    expect(hsaContributions(account, limitsOf(2025)).employer.toString()).toBe('8550');
    expect(hsaContributions(hsa({ employerContribution: 9000 }), limitsOf(2024)).employer.toString()).toBe('4150');
  });

  test('your own money alone over the limit leaves the employer nothing; yours counts to the limit', () => {
    const result = hsaContributions(hsa({ employerContribution: 500, employeeContribution: 5000 }), limitsOf(2026));
    expect([result.employee, result.employer].map(String)).toEqual(['4400', '0']);
  });
});

describe('the hsa line', () => {
  test('the employer money after the limit, explained', () => {
    const account = hsa({ employerContribution: 2000, employeeContribution: 7000, coverage: 'family' });
    const [entry] = hsaLines(account, hsaContributions(account, limitsOf(2026)), limitsOf(2026), usd);
    expect([entry?.component, entry?.category, entry?.amount.toString()]).toEqual(['hsa', 'benefits', '1750']);
    expect(entry?.explanation).toBe(
      'The employer puts $2,000.00 a year in your health savings account, cut to $1,750.00 so that it and your own $7,000.00 stay within the 2026 family limit of $8,750.00 (IRC §223(b)).',
    );
  });

  test('your own money is not a line; it is kept as a pre-tax contribution', () => {
    // 50,000 + 1,000 employer HSA = 51,000; your 2,000 is part of base pay
    const evaluation = evaluateOffer({ label: 'H', pay: { type: 'salary', amount: 50000 }, benefits: { hsa: { employerContribution: 1000, employeeContribution: 2000 } } });
    expect(evaluation.totals.annual.toString()).toBe('51000');
    expect(lineOf(evaluation.lines, 'hsa')?.explanation).toBe('The employer puts $1,000.00 a year in your health savings account.');
    expect(evaluation.employeeContributions.hsa.toString()).toBe('2000');
    expect(evaluateOffer({ label: 'H', pay: { type: 'salary', amount: 50000 }, benefits: { hsa: { employeeContribution: 2000 } } }).lines).toHaveLength(1);
  });
});

describe('properties', () => {
  const dollars = fc.integer({ min: 0, max: 20_000 });
  fcTest.prop([dollars, dollars, fc.constantFrom('self', 'self-plus-one', 'family'), fc.constantFrom(2024, 2025, 2026)])(
    'the account never holds more than its limit, and the employer money is what gives way',
    (employer, employee, coverage, year) => {
      const limits = limitsOf(year);
      const result = hsaContributions(hsa({ employerContribution: employer, employeeContribution: employee, coverage }), limits);
      const limit = coverage === 'self' ? limits.hsaSelfOnlyLimit : limits.hsaFamilyLimit;
      expect(result.limit.equals(limit)).toBe(true);
      expect(result.employer.plus(result.employee).lessThanOrEqualTo(limit)).toBe(true);
      // Your own money is cut only when it alone passes the limit, and then the employer's is gone.
      expect(result.employee.equals(Decimal.min(employee, limit))).toBe(true);
      if (!result.employerCut.isZero()) expect(result.employer.plus(result.employee).equals(limit)).toBe(true);
    },
  );
});
