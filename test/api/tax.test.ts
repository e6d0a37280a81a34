import { fc, test as fcTest } from '@fast-check/vitest';
import { describe, expect, test } from 'vitest';
import { Decimal, sum } from '../../src/decimal/decimal.js';
import { evaluateOffer, type OfferInput, OfferValidationError, REGION_CODES } from '../../src/index.js';
import { compareOffersAfterTax, estimateTaxes, type TaxEstimate } from '../../src/tax.js';
import { offerInput } from '../arbitraries.js';

const salary = (amount: number, region?: string, extra: Partial<OfferInput> = {}): OfferInput => ({
  label: `Salary ${amount}`,
  pay: { type: 'salary', amount },
  ...(region === undefined ? {} : { location: { region } }),
  ...extra,
});
const lines = (estimate: TaxEstimate) => estimate.lines.map((entry) => `${entry.component} ${entry.amount.toString()}`);

describe('estimateTaxes (docs/semantics.md §22)', () => {
  test('Texas, no tax on wages: federal, Social Security and Medicare only', () => {
    // 2026 single, $60,000: federal 5,020; 6.2 % × 60,000 = 3,720; 1.45 % × 60,000 = 870; total 9,610
    const estimate = estimateTaxes(evaluateOffer(salary(60000, 'US-TX')), { filingStatus: 'single', taxYear: 2026 });
    expect(lines(estimate)).toEqual(['federal-income-tax 5020', 'social-security 3720', 'medicare 870', 'state-income-tax 0']);
    expect([estimate.taxes, estimate.afterTaxAnnual, estimate.takeHomePay].map(String)).toEqual(['9610', '50390', '50390']);
    // 9,610 / 60,000 = 16.0166… %; the next $100: 12 % + 6.2 % + 1.45 % = 19.65 %
    expect(estimate.effectiveRatePercent.toFixed(4)).toBe('16.0167');
    expect(estimate.marginalRatePercent.toString()).toBe('19.65');
    expect(estimate.lines[0]?.explanation).toBe(
      '2026, single: $60,000.00 federal wages − $16,100.00 standard deduction = $43,900.00 taxable; $5,020.00 by the IRS Rev. Proc. 2025-32 brackets.',
    );
    expect(estimate.lines[3]?.explanation).toBe('Texas has no income tax on wages.');
  });

  test('Oregon: brackets of 2025 for 2026 (not yet published), and Paid Leave Oregon', () => {
    // $63,000: federal 63,000 − 16,100 = 46,900 → 1,240 + 12 % × 34,500 = 5,380; FICA 3,906 + 913.50;
    // Oregon 2025: 63,000 − 2,835 = 60,165 → 4.75 % × 4,400 + 6.75 % × 6,700 + 8.75 % × 49,065 = 209 + 452.25 + 4,293.1875 = 4,954.4375;
    // Paid Leave Oregon 2026: 0.6 % × 63,000 = 378. Total 15,531.9375.
    const estimate = estimateTaxes(evaluateOffer(salary(63000, 'US-OR')), { filingStatus: 'single', taxYear: 2026 });
    expect(lines(estimate)).toEqual([
      'federal-income-tax 5380',
      'social-security 3906',
      'medicare 913.5',
      'state-income-tax 4954.4375',
      'state-payroll-tax 378',
    ]);
    expect(estimate.taxes.toString()).toBe('15531.9375');
    expect(estimate.lines[3]?.explanation).toContain("2025 (2026 figures not in these tables: 2025's)");
    expect(estimate.lines[3]?.label).toBe('Oregon income tax');
  });

  test('Pennsylvania taxes the 401(k) deferral; Philadelphia its wage tax on wages before it', () => {
    // $60,000 with a 5 % deferral: FW 57,000 → 57,000 − 16,100 = 40,900 → 1,240 + 12 % × 28,500 = 4,660;
    // FICA on 60,000: 3,720 + 870; Pennsylvania 3.07 % × 60,000 = 1,842; Philadelphia 2026 3.74 % × 60,000 = 2,244.
    const offer = salary(60000, 'US-PA', { benefits: { retirement: { plan: '401k', employeeContributionPercent: 5 } } });
    const estimate = estimateTaxes(evaluateOffer(offer), { filingStatus: 'single', taxYear: 2026, locality: 'US-PA-PHILADELPHIA' });
    expect(lines(estimate)).toEqual([
      'federal-income-tax 4660',
      'social-security 3720',
      'medicare 870',
      'state-income-tax 1842',
      'local-income-tax 2244',
    ]);
    // Take-home: 60,000 − 3,000 deferred − 13,336 of taxes = 43,664
    expect([estimate.taxes, estimate.takeHomePay].map(String)).toEqual(['13336', '43664']);
  });

  test('California: SDI on FICA wages, the HSA money taxed by the state, the exemption credit', () => {
    // $80,000, $2,000 of your own HSA money: FW = SW = 78,000. Federal 78,000 − 16,100 = 61,900 →
    // 1,240 + 4,560 + 22 % × 11,500 = 8,330; FICA 4,836 + 1,131. California (2025 figures) on 80,000:
    // 80,000 − 5,706 = 74,294 → 110.79 + 303.70 + 607.52 + 965.40 + 1,214.56 + 9.3 % × 1,570 (146.01) = 3,347.98,
    // less the 153 credit = 3,194.98. SDI 2026: 1.3 % × 78,000 = 1,014.
    const offer = salary(80000, 'US-CA', { benefits: { hsa: { employeeContribution: 2000 } } });
    const estimate = estimateTaxes(evaluateOffer(offer), { filingStatus: 'single', taxYear: 2026 });
    expect(lines(estimate)).toEqual([
      'federal-income-tax 8330',
      'social-security 4836',
      'medicare 1131',
      'state-income-tax 3194.98',
      'state-payroll-tax 1014',
    ]);
  });

  test('a New York City resident: the state schedule, the city’s on the same taxable income, DBL and PFL', () => {
    // $70,000 single: NY 2026 70,000 − 8,000 = 62,000 → 3.9 % × 8,500 + 4.4 % × 3,200 + 5.15 % × 2,200 + 5.4 % × 48,100
    // = 331.50 + 140.80 + 113.30 + 2,597.40 = 3,183 (2025's rates, 0.1 point higher, gave 3,245); NYC on 62,000: 3.078 % × 12,000 + 3.762 % × 13,000 + 3.819 % × 25,000 + 3.876 % × 12,000
    // = 369.36 + 489.06 + 954.75 + 465.12 = 2,278.29; DBL 0.5 % × 70,000 = 350 → at most 31.20; PFL 0.432 % × 70,000 = 302.40.
    const estimate = estimateTaxes(evaluateOffer(salary(70000, 'US-NY')), { filingStatus: 'single', taxYear: 2026, locality: 'US-NY-NYC' });
    expect(lines(estimate).slice(3)).toEqual(['state-income-tax 3183', 'state-payroll-tax 31.2', 'state-payroll-tax 302.4', 'local-income-tax 2278.29']);
  });

  test('the overtime deduction: the FLSA premium only, 2025–2028', () => {
    // $25 an hour, 45 h a week: W = 58,500 + 3,250 = 61,750; premium 0.5 × 25 × 260 = 3,250.
    const hourly: OfferInput = { label: 'Hourly', pay: { type: 'hourly', rate: 25, hoursPerWeek: 45 }, location: { region: 'US-TX' } };
    const estimate = estimateTaxes(evaluateOffer(hourly), { filingStatus: 'single', taxYear: 2026 });
    // 61,750 − 16,100 − 3,250 = 42,400 → 1,240 + 12 % × 30,000 = 4,840
    expect(lines(estimate).slice(0, 2)).toEqual(['overtime-deduction 3250', 'federal-income-tax 4840']);
    expect(estimate.lines[0]?.tax).toBe(false);
    expect(estimate.lines[0]?.explanation).toBe('The FLSA premium, 0.5 × $25.00 regular rate × 260 overtime h = $3,250.00: $3,250.00 off taxable income in 2026 (not a tax).');
    // 2024: no deduction: 61,750 − 14,600 = 47,150 → 1,160 + 12 % × 35,550 = 5,426
    expect(lines(estimateTaxes(evaluateOffer(hourly), { filingStatus: 'single', taxYear: 2024 })).slice(0, 1)).toEqual(['federal-income-tax 5426']);
    // California's daily overtime is not FLSA overtime: four 10-hour days owe no FLSA hour.
    const daily: OfferInput = { label: 'Daily', pay: { type: 'hourly', rate: 32, hoursPerWeek: 40, daysPerWeek: 4 }, location: { region: 'US-CA' } };
    const california = estimateTaxes(evaluateOffer(daily), { filingStatus: 'single', taxYear: 2026 });
    expect(california.qualifiedOvertime.premium.isZero()).toBe(true);
    expect(california.lines.some((entry) => entry.component === 'overtime-deduction')).toBe(false);
  });

  test('other household wages, a public job outside Social Security, no state', () => {
    // Joint with a spouse's 50,000: the job adds 7,060 (test/engine/tax/federal.test.ts); no Social Security.
    const estimate = estimateTaxes(evaluateOffer(salary(60000)), { filingStatus: 'married-joint', taxYear: 2026, otherWages: 50000, socialSecurity: false, state: 'none' });
    expect(lines(estimate)).toEqual(['federal-income-tax 7060', 'social-security 0', 'medicare 870']);
    expect(estimate.lines[0]?.explanation).toContain('less $1,780.00 on the other wages');
    const unknown = estimateTaxes(evaluateOffer(salary(60000)), { filingStatus: 'single' });
    expect(unknown.lines.at(-1)?.explanation).toBe('Not estimated: the offer names no state (location.region) and none was given.');
  });

  test('bad options and offers are validation errors with paths', () => {
    const evaluation = evaluateOffer(salary(60000, 'US-TX'));
    const issues = (run: () => unknown) => {
      try {
        run();
      } catch (error) {
        if (error instanceof OfferValidationError) return error.issues.map((issue) => `${issue.path}: ${issue.message}`);
        throw error;
      }
      return [];
    };
    expect(issues(() => estimateTaxes(evaluation, { filingStatus: 'single', taxYear: 2023 }))).toEqual(['options.taxYear: must be a tax year of the table (2024, 2025, 2026), got 2023']);
    expect(issues(() => estimateTaxes(evaluation, {} as never))[0]).toMatch(/^options\.filingStatus: /);
    expect(issues(() => estimateTaxes(evaluation, { filingStatus: 'single', locality: 'US-NY-NYC' }))).toEqual(["options.locality: is in US-NY, but the offer's state is US-TX"]);
    expect(issues(() => estimateTaxes(evaluation, { filingStatus: 'single', locality: 'US-XX-NOWHERE' }))[0]).toMatch(/^options\.locality: must be one of "/);
    const euros = evaluateOffer({ ...salary(60000), currency: 'EUR' });
    expect(issues(() => estimateTaxes(euros, { filingStatus: 'single' }))).toEqual(['currency: is "EUR": US taxes are estimated on amounts in US dollars ("USD")']);
  });
});

test('Nebraska by hand: 2026 single and 2025 married-joint, with the exemption credit', () => {
  const stateTax = (options: Parameters<typeof estimateTaxes>[1]) =>
    estimateTaxes(evaluateOffer(salary(60000, 'US-NE')), options).lines.find((entry) => entry.component === 'state-income-tax')?.amount.toFixed(2);
  // 2026 single: 60,000 − 8,850 = 51,150 taxable; 2.46 % × 4,130 = 101.598; 3.51 % × (24,760 − 4,130) = 724.113;
  // 4.55 % × (51,150 − 24,760) = 1,200.745; 2,026.456 − the $176 credit = 1,850.456 → 1,850.46.
  expect(stateTax({ filingStatus: 'single', taxYear: 2026 })).toBe('1850.46');
  // 2025 joint: 60,000 − 17,200 = 42,800; 2.46 % × 8,040 = 197.784; 3.51 % × (42,800 − 8,040) = 1,220.076;
  // 1,417.86 − 2 × $171 = 1,075.86.
  expect(stateTax({ filingStatus: 'married-joint', taxYear: 2025 })).toBe('1075.86');
});

describe('what an explanation says when a table lacks a figure', () => {
  test('a figure of the year before, a locality of an earlier year, additional Medicare', () => {
    // Maryland 2026: the standard deduction is 2025's (not yet published); Montgomery County's 2026 rate is 2025's.
    const maryland = estimateTaxes(evaluateOffer(salary(90000, 'US-MD')), { filingStatus: 'single', taxYear: 2026, locality: 'US-MD-MONTGOMERY' });
    const state = maryland.lines.find((entry) => entry.component === 'state-income-tax');
    expect(state?.explanation).toContain("the standard deduction of 2025, 2026's not in these tables");
    const county = maryland.lines.find((entry) => entry.component === 'local-income-tax');
    expect(county?.label).toBe('Montgomery County income tax');
    expect(county?.explanation).toMatch(/^2025 \(2026 figures not in these tables\): 3\.2% = /);
    // $260,000 single: 0.9 % × 60,000 = 540 of additional Medicare.
    const high = estimateTaxes(evaluateOffer(salary(260000)), { filingStatus: 'single', state: 'none' });
    expect(high.lines.find((entry) => entry.component === 'additional-medicare')?.explanation).toBe("0.9% of the household's wages over $200,000.00 = $540.00.");
    // The 2026 wage base stops Social Security: 6.2 % × 184,500 = 11,439.
    expect(high.lines.find((entry) => entry.component === 'social-security')?.explanation).toBe('6.2% × $184,500.00 (the 2026 wage base) = $11,439.00.');
  });

  test('an estimate serialises with every explanation', () => {
    const estimate = estimateTaxes(evaluateOffer(salary(60000, 'US-TX')), { filingStatus: 'single', taxYear: 2026 });
    const json = JSON.parse(JSON.stringify(estimate)) as { lines: { component: string; amount: string; tax: boolean; explanation: string }[]; afterTaxAnnual: string };
    expect(json.lines[0]).toEqual({ component: 'federal-income-tax', label: 'Federal income tax', amount: '5020', tax: true, explanation: estimate.lines[0]?.explanation });
    expect(json.afterTaxAnnual).toBe('50390');
  });
});

describe('compareOffersAfterTax', () => {
  test('a $63,000 offer in Oregon against $61,000 in Texas: Texas leaves more', () => {
    // Oregon: 63,000 − 15,531.9375 = 47,468.0625; Texas: 61,000 − (5,140 + 3,782 + 884.50) = 51,193.50.
    const comparison = compareOffersAfterTax(
      [
        { id: 'oregon', label: 'On site', pay: { type: 'salary', amount: 63000 }, location: { region: 'US-OR' } },
        { id: 'texas', label: 'Remote', pay: { type: 'salary', amount: 61000 }, location: { region: 'US-TX' } },
      ],
      { filingStatus: 'single', taxYear: 2026 },
    );
    expect(comparison.metric).toBe('afterTax');
    expect(comparison.ranking).toEqual(['texas', 'oregon']);
    expect(comparison.offers.map((offer) => offer.value.toString())).toEqual(['47468.0625', '51193.5']);
    expect(comparison.taxes.map((estimate) => estimate.id)).toEqual(['oregon', 'texas']);
    // Oregon's break-even base: the after-tax total reaches 51,193.50, taxes recomputed at each step.
    const oregon = comparison.offers[0];
    const base = oregon?.breakEvenBase;
    expect(base).not.toBeNull();
    const at = (amount: Decimal) =>
      compareOffersAfterTax([{ id: 'oregon', label: 'On site', pay: { type: 'salary', amount: amount.toString() }, location: { region: 'US-OR' } }], { filingStatus: 'single', taxYear: 2026 }).offers[0]?.value;
    expect(at(base as Decimal)?.greaterThanOrEqualTo('51193.5')).toBe(true);
    expect(at((base as Decimal).minus('0.01'))?.lessThan('51193.5')).toBe(true);
  });

  test('its options: another metric is refused; every offer must be in dollars', () => {
    expect(() => compareOffersAfterTax([salary(1)], { filingStatus: 'single', metric: 'annual' } as never)).toThrow('options.metric: must be "afterTax" or left out');
    expect(() => compareOffersAfterTax([salary(1), { ...salary(2), currency: 'EUR' }], { filingStatus: 'single' })).toThrow('offers[1].currency');
  });

  test('a locality applies to the offers in its state; one that no offer is in is an error, not ignored', () => {
    const offers = [salary(60000, 'US-OR'), salary(60000, 'US-TX')];
    expect(() => compareOffersAfterTax(offers, { filingStatus: 'single', locality: 'US-NY-NYC' })).toThrow(
      'options.locality: is in US-NY, but no offer is taxed there (their states: US-OR, US-TX)',
    );
    // With one offer in New York, the city tax applies to it alone.
    const taxes = compareOffersAfterTax([...offers, salary(60000, 'US-NY')], { filingStatus: 'single', locality: 'US-NY-NYC' }).taxes;
    expect(taxes.map((estimate) => estimate.locality)).toEqual([null, null, 'US-NY-NYC']);
  });
});

describe('properties', () => {
  const states = fc.constantFrom('none', ...REGION_CODES);
  const statuses = fc.constantFrom('single', 'married-joint', 'head-of-household') as fc.Arbitrary<'single' | 'married-joint' | 'head-of-household'>;
  fcTest.prop([fc.integer({ min: 0, max: 50_000_000 }), fc.integer({ min: 0, max: 50_000_000 }), states, statuses, fc.constantFrom(2024, 2025, 2026)], { numRuns: 200 })(
    'more wages never lower the taxes; no tax is negative; take-home never exceeds wages',
    (first, second, state, filingStatus, taxYear) => {
      const [low, high] = first <= second ? [first, second] : [second, first];
      const taxes = (cents: number) => estimateTaxes(evaluateOffer(salary(cents / 100 + 1)), { filingStatus, taxYear, state });
      const [lower, higher] = [taxes(low), taxes(high)];
      expect(higher.taxes.greaterThanOrEqualTo(lower.taxes)).toBe(true);
      for (const estimate of [lower, higher]) {
        for (const entry of estimate.lines) expect(entry.amount.isNegative()).toBe(false);
        expect(estimate.takeHomePay.lessThanOrEqualTo(estimate.wages.wages)).toBe(true);
        expect(estimate.taxes.equals(sum(estimate.lines.filter((entry) => entry.tax).map((entry) => entry.amount)))).toBe(true);
      }
    },
  );

  fcTest.prop([offerInput, statuses, fc.constantFrom(2024, 2025, 2026)], { numRuns: 100 })(
    'afterTaxAnnual = annual − taxes exactly; the overtime deduction never exceeds the FLSA premium, and is 0 outside 2025–2028',
    (input, filingStatus, taxYear) => {
      const evaluation = evaluateOffer({ ...input, currency: 'USD' });
      const estimate = estimateTaxes(evaluation, { filingStatus, taxYear, state: 'none' });
      expect(estimate.afterTaxAnnual.equals(evaluation.totals.annual.minus(estimate.taxes))).toBe(true);
      const deduction = estimate.lines.find((entry) => entry.component === 'overtime-deduction')?.amount ?? new Decimal(0);
      expect(deduction.lessThanOrEqualTo(estimate.qualifiedOvertime.premium)).toBe(true);
      if (taxYear === 2024) expect(deduction.isZero()).toBe(true);
      expect(Object.isFrozen(estimate) && Object.isFrozen(estimate.lines)).toBe(true);
    },
  );
});
