import { fc, test as fcTest } from '@fast-check/vitest';
import { describe, expect, test } from 'vitest';
import { Decimal, sum } from '../../src/decimal/decimal.js';
import { evaluateOffer, OfferValidationError, projectOffer, type OfferInput } from '../../src/index.js';
import { resolveProjectionOptions } from '../../src/api/project.js';
import { baseInYear } from '../../src/engine/projection.js';
import { signedAmount } from '../../src/engine/totals.js';
import { offerInput } from '../arbitraries.js';
import { lineOf, offer } from '../helpers.js';

const coder: OfferInput = {
  label: 'CPC-A coder',
  pay: { type: 'salary', amount: 50000 },
  bonuses: [
    { label: 'Annual', kind: 'performance', percentOfBase: 4 },
    { label: 'Sign-on', kind: 'signing', amount: 1500 },
  ],
  benefits: {
    retirement: {
      plan: '401k',
      match: [{ matchPercent: 100, upToPercentOfPay: 4 }],
      vesting: { type: 'graded', vestedPercentByYear: [0, 50, 100] },
    },
    other: [{ label: 'Wellness', annualValue: 300 }],
  },
  growth: { annualRaisePercent: 3, steps: [{ year: 3, percent: 6, label: 'CPC-A to CPC' }] },
};

describe('projectOffer (docs/semantics.md §17)', () => {
  test('raises compound, growth steps apply from their year, percent items follow base', () => {
    const projection = projectOffer(coder, { years: 4 });
    // Base: 50,000; 51,500; 51,500 × 1.03 × 1.06 = 53,045 × 1.06 = 56,227.70; 56,227.70 × 1.03 = 57,914.531
    expect(projection.years.map((row) => row.base.toString())).toEqual(['50000', '51500', '56227.7', '57914.531']);
    // Year 1: 50,000 + bonus 2,000 + sign-on 1,500 + match 2,000 + wellness 300 = 55,800
    // Year 2: 51,500 × 1.08 + 300 = 55,920
    // Year 3: 56,227.70 × 1.08 + 300 = 61,025.916; year 4: 57,914.531 × 1.08 + 300 = 62,847.69348
    expect(projection.years.map((row) => row.total.toString())).toEqual(['55800', '55920', '61025.916', '62847.69348']);
    expect(projection.years[1]?.lines.some((entry) => entry.label === 'Sign-on')).toBe(false);
    // 55,800 + 55,920 + 61,025.916 + 62,847.69348 = 235,593.60948
    expect(projection.years[3]?.cumulative.toString()).toBe('235593.60948');
    expect(projection.total.toString()).toBe('235593.60948');
  });

  test('present value discounts year y by (1 + r)^y', () => {
    const projection = projectOffer({ label: 'Flat', pay: { type: 'salary', amount: 50000 } }, { years: 2, discountRatePercent: 5 });
    // 50,000 / 1.05 = 47,619.0476…; 50,000 / 1.1025 = 45,351.4739…; together 92,970.5215…
    expect(projection.years.map((row) => row.presentValue.toFixed(4))).toEqual(['47619.0476', '45351.4739']);
    expect(projection.presentValue.toFixed(4)).toBe('92970.5215');
    expect(projection.discountRatePercent.toString()).toBe('5');
  });

  test('leaving before vesting forfeits the unvested employer money in the last year', () => {
    // Tenure 2 with 50 % vested after 2 years: match 2,000 + 2,060 = 4,060; forfeited 50 % = 2,030.
    const projection = projectOffer(coder, { years: 5, expectedTenureYears: 2 });
    expect(projection.years).toHaveLength(2);
    const forfeiture = lineOf(projection.years[1]?.lines, 'retirement-forfeiture');
    expect(forfeiture?.amount.toString()).toBe('-2030');
    expect(forfeiture?.explanation).toBe('Leaving after 2 years with 50% vested forfeits 50% of the $4,060.00 the employer put in.');
    // Year 2: 55,920 − 2,030 = 53,890
    expect(projection.years[1]?.total.toString()).toBe('53890');
    // Fully vested after 3 years: nothing forfeited.
    const stay = projectOffer(coder, { years: 5, expectedTenureYears: 3 });
    expect(stay.years.flatMap((row) => row.lines).some((entry) => entry.component === 'retirement-forfeiture')).toBe(false);
  });

  test('cliff vesting forfeits everything before the cliff', () => {
    const cliff: OfferInput = {
      label: 'Cliff',
      pay: { type: 'salary', amount: 40000 },
      benefits: { retirement: { plan: '403b', nonElectivePercent: 5, vesting: { type: 'cliff', years: 3 } } },
    };
    // 5 % × 40,000 = 2,000 a year; leaving after 2 years forfeits 4,000.
    const projection = projectOffer(cliff, { expectedTenureYears: 2 });
    expect(projection.years[1]?.lines.at(-1)?.amount.toString()).toBe('-4000');
  });

  test('bad options are validation errors', () => {
    expect(() => projectOffer(coder, { years: 0 })).toThrow(OfferValidationError);
    expect(() => projectOffer(coder, { discountRatePercent: 'lots' })).toThrow(/options\.discountRatePercent/);
    // The discount rate is a percent from 0 to 100, both ends included.
    for (const rate of [-0.5, 100.5, '100.000001']) {
      expect(() => projectOffer(coder, { discountRatePercent: rate })).toThrow(/options\.discountRatePercent: must be between 0 and 100/);
    }
    for (const rate of [0, 100, '100']) expect(projectOffer(coder, { discountRatePercent: rate }).discountRatePercent.toString()).toBe(String(rate));
  });

  test('baseInYear', () => {
    // 50,000 × 1.03² × 1.06 = 53,045 × 1.06 = 56,227.70
    expect(baseInYear(offer(coder), new Decimal(50000), 3).toString()).toBe('56227.7');
  });
});

describe('properties', () => {
  fcTest.prop([offerInput], { numRuns: 100 })(
    'with no raises, year 1 equals firstYear and every later year equals annual, but for a clawback premium or a wait spread over it',
    (input) => {
      const flat = { ...input, growth: { annualRaisePercent: 0 } };
      const projection = projectOffer(flat, { years: 3 });
      const { totals } = evaluateOffer(flat);
      const close = (a: Decimal | undefined, b: Decimal) => expect(a?.minus(b).abs().lessThan('1e-20')).toBe(true);
      // The only one-time lines after year 1: a clawback bonus's overtime premium, spread over its
      // period, and the months of a wait longer than a year.
      const spread = (year: number) =>
        sum((projection.years[year - 1]?.lines ?? []).filter((line) => !line.recurring).map(signedAmount));
      close(projection.years[0]?.total, totals.firstYear);
      close(projection.years[1]?.total, totals.annual.plus(spread(2)));
      close(projection.years[2]?.total, totals.annual.plus(spread(3)));
      for (const year of [2, 3]) {
        for (const line of projection.years[year - 1]?.lines ?? []) if (!line.recurring) expect(['overtime-on-bonuses', 'waiting-period']).toContain(line.component);
      }
    },
  );

  fcTest.prop([offerInput, fc.integer({ min: 1, max: 30 })], { numRuns: 100 })('present value ≤ nominal for a positive rate', (input, rate) => {
    const projection = projectOffer(input, { years: 3, discountRatePercent: rate });
    for (const row of projection.years) {
      expect(row.presentValue.abs().lessThanOrEqualTo(row.total.abs())).toBe(true);
      expect(row.presentValue.isNegative() === row.total.isNegative() || row.total.isZero()).toBe(true);
    }
  });

  fcTest.prop(
    [
      offerInput,
      fc.integer({ min: 1, max: 8 }),
      fc.oneof(
        fc.constant({ type: 'immediate' as const }),
        fc.integer({ min: 0, max: 6 }).map((years) => ({ type: 'cliff' as const, years })),
        fc.constant({ type: 'graded' as const, vestedPercentByYear: [0, 25, 50, 75, 100] }),
      ),
    ],
    { numRuns: 100 },
  )('forfeiture never exceeds the employer retirement money paid', (input, tenure, vesting) => {
    const withPlan: OfferInput = {
      ...input,
      benefits: {
        ...input.benefits,
        retirement: { plan: '401k', match: [{ matchPercent: 100, upToPercentOfPay: 5 }], nonElectivePercent: 2, vesting },
      },
    };
    const projection = projectOffer(withPlan, { years: 10, expectedTenureYears: tenure });
    const lines = projection.years.flatMap((row) => row.lines);
    const employer = sum(lines.filter((entry) => entry.component === 'retirement-match' || entry.component === 'retirement-nonelective').map((entry) => entry.amount));
    const forfeited = sum(lines.filter((entry) => entry.component === 'retirement-forfeiture').map((entry) => entry.amount.negated()));
    expect(forfeited.isNegative()).toBe(false);
    expect(forfeited.lessThanOrEqualTo(employer)).toBe(true);
    expect(projection.years).toHaveLength(tenure);
  });
});

describe('leaving: clawbacks and several plans (docs/semantics.md §17)', () => {
  const signOn = (prorated: boolean, months = 24): OfferInput => ({
    label: 'Sign-on',
    pay: { type: 'salary', amount: 60000 },
    bonuses: [{ label: 'Sign-on bonus', kind: 'signing', amount: 5000, clawback: { months, prorated } }],
  });

  test('leaving before the clawback period ends repays the bonus in the leaving year', () => {
    // Prorated, 24 months, leaving after 12: repay 5,000 × (24 − 12) / 24 = 2,500; year 1 = 60,000 + 5,000 − 2,500 = 62,500.
    const prorated = projectOffer(signOn(true), { expectedTenureYears: 1 });
    const repaid = lineOf(prorated.years[0]?.lines, 'clawback');
    expect([repaid?.amount.toString(), repaid?.category, repaid?.recurring, repaid?.label]).toEqual(['-2500', 'variable-cash', false, 'Sign-on bonus repaid']);
    expect(repaid?.explanation).toBe('Leaving after 12 months, before the 24-month clawback period ends, repays the 12 of its 24 months not served of the $5,000.00 sign-on bonus: $2,500.00.');
    expect(prorated.years[0]?.total.toString()).toBe('62500');
    // Not prorated: all of it; year 1 = 60,000.
    const whole = projectOffer(signOn(false), { expectedTenureYears: 1 });
    expect(lineOf(whole.years[0]?.lines, 'clawback')?.amount.toString()).toBe('-5000');
    expect(whole.years[0]?.total.toString()).toBe('60000');
    // Leaving in year 2 of an 18-month period, prorated: 24 months served ≥ 18, nothing repaid.
    expect(projectOffer(signOn(true, 18), { expectedTenureYears: 2 }).years.flatMap((row) => row.lines).some((entry) => entry.component === 'clawback')).toBe(false);
    // Staying (no tenure): nothing repaid.
    expect(projectOffer(signOn(false)).years.flatMap((row) => row.lines).some((entry) => entry.component === 'clawback')).toBe(false);
  });

  test('a guaranteed sign-on bonus is repaid out of guaranteed cash', () => {
    const guaranteed = projectOffer(
      { label: 'G', pay: { type: 'salary', amount: 60000 }, bonuses: [{ label: 'Sign-on', kind: 'signing', amount: 3000, guaranteed: true, clawback: { months: 24 } }] },
      { expectedTenureYears: 1 },
    );
    expect(lineOf(guaranteed.years[0]?.lines, 'clawback')).toMatchObject({ category: 'guaranteed-cash' });
  });

  test('each plan forfeits by its own vesting; a pension too', () => {
    // $80,000: 403(b) non-elective 3 % = 2,400 a year, 3-year cliff; 457(b) non-elective 2 % = 1,600, immediate;
    // pension normal cost 10 % = 8,000, 5-year cliff. Leaving after 2 years: the 403(b)'s 4,800 and the pension's
    // 16,000 are forfeited, the 457(b)'s 3,200 kept. Year 2 = 80,000 + 2,400 + 1,600 + 8,000 − 4,800 − 16,000 = 71,200.
    const projection = projectOffer(
      {
        label: 'County',
        pay: { type: 'salary', amount: 80000 },
        benefits: {
          retirement: [
            { plan: '403b', nonElectivePercent: 3, vesting: { type: 'cliff', years: 3 } },
            { plan: '457b', nonElectivePercent: 2 },
            { plan: 'pension', pension: { employerPercentOfPay: 10 }, vesting: { type: 'cliff', years: 5 }, governmental: true },
          ],
        },
      },
      { expectedTenureYears: 2 },
    );
    const forfeited = projection.years[1]?.lines.filter((entry) => entry.component === 'retirement-forfeiture');
    expect(forfeited?.map((entry) => [entry.label, entry.amount.toString()])).toEqual([
      ['Unvested 403(b) employer money forfeited', '-4800'],
      ['Unvested pension forfeited', '-16000'],
    ]);
    expect(projection.years[1]?.total.toString()).toBe('71200');
  });
});

describe('defaults and edges', () => {
  test('five years by default; one year of tenure is said in the singular', () => {
    expect(projectOffer({ label: 'A', pay: { type: 'salary', amount: 1000 } }).years).toHaveLength(5);
    const oneYear = projectOffer(
      {
        label: 'A',
        pay: { type: 'salary', amount: 50000 },
        benefits: { retirement: { plan: '401k', nonElectivePercent: 4, vesting: { type: 'cliff', years: 2 } } },
        growth: { steps: [{ year: 1, percent: 10 }] },
      },
      { expectedTenureYears: 1 },
    );
    // Year 1 base 50,000 × 1.10 = 55,000 (a step in year 1 applies at once); non-elective 4 % = 2,200, all forfeited.
    expect(oneYear.years[0]?.base.toString()).toBe('55000');
    expect(oneYear.years[0]?.lines.at(-1)?.explanation).toBe('Leaving after 1 year with 0% vested forfeits 100% of the $2,200.00 the employer put in.');
  });
});

test('no employer money, nothing forfeited; options may be left out', () => {
  const noMatch: OfferInput = {
    label: 'A',
    pay: { type: 'salary', amount: 40000 },
    benefits: { retirement: { plan: '401k', match: [{ matchPercent: 50, upToPercentOfPay: 4 }], employeeContributionPercent: 0, vesting: { type: 'cliff', years: 3 } } },
  };
  const lines = projectOffer(noMatch, { expectedTenureYears: 1 }).years.flatMap((row) => row.lines);
  expect(lines.some((entry) => entry.component === 'retirement-forfeiture')).toBe(false);
  expect(resolveProjectionOptions(undefined)).toMatchObject({ years: 5, expectedTenureYears: null });
});

describe('growth by month (docs/semantics.md §17)', () => {
  test('a step at month 7 of year 2 raises that year by half a year’s worth', () => {
    // $50,000, +10 % from month 19 (month 7 of year 2): year 2 = 50,000 × (6 + 6 × 1.1) / 12 = 52,500; year 3 = 55,000.
    const projection = projectOffer(
      { label: 'CPC', pay: { type: 'salary', amount: 50000 }, growth: { steps: [{ month: 19, percent: 10, label: 'CPC-A to CPC' }] } },
      { years: 3 },
    );
    expect(projection.years.map((row) => row.base.toString())).toEqual(['50000', '52500', '55000']);
  });

  test('a step at the first month of a year is the same as a step given by that year', () => {
    const byYear = projectOffer({ label: 'A', pay: { type: 'salary', amount: 50000 }, growth: { annualRaisePercent: 3, steps: [{ year: 2, percent: 6 }] } }, { years: 3 });
    const byMonth = projectOffer({ label: 'A', pay: { type: 'salary', amount: 50000 }, growth: { annualRaisePercent: 3, steps: [{ month: 13, percent: 6 }] } }, { years: 3 });
    expect(byMonth.years.map((row) => row.base.toString())).toEqual(byYear.years.map((row) => row.base.toString()));
  });

  test('two steps in one year multiply month by month', () => {
    // +10 % from month 4, +20 % more from month 10: (3 × 1 + 6 × 1.1 + 3 × 1.32) / 12 = 13.56 / 12 = 1.13 → 56,500
    const projection = projectOffer(
      { label: 'A', pay: { type: 'salary', amount: 50000 }, growth: { steps: [{ month: 4, percent: 10 }, { month: 10, percent: 20 }] } },
      { years: 2 },
    );
    expect(projection.years.map((row) => row.base.toString())).toEqual(['56500', '66000']);
  });

  test('a step has exactly one of year or month', () => {
    expect(() => projectOffer({ label: 'A', pay: { type: 'salary', amount: 1 }, growth: { steps: [{ year: 2, month: 13, percent: 1 }] } })).toThrow(
      'growth.steps[0]: must have exactly one of year or month',
    );
  });
});
