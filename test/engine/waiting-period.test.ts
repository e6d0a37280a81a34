import { test as fcTest } from '@fast-check/vitest';
import { describe, expect, test } from 'vitest';
import { Decimal, sum } from '../../src/decimal/decimal.js';
import { monthsInYear } from '../../src/engine/months-in-year.js';
import { signedAmount } from '../../src/engine/totals.js';
import { waitedValue, waitingPeriodLine } from '../../src/engine/waiting-period.js';
import { evaluateOffer, type OfferInput, projectOffer, type RetirementInput } from '../../src/index.js';
import { offerInput } from '../arbitraries.js';
import { usd } from '../helpers.js';

describe('monthsInYear and waitedValue', () => {
  test('a wait fills year 1 first, then year 2', () => {
    expect([monthsInYear(3, 1), monthsInYear(3, 2), monthsInYear(18, 1), monthsInYear(18, 2), monthsInYear(24, 3), monthsInYear(0, 1)]).toEqual([3, 0, 12, 6, 0, 0]);
    // 2,400 × 6 / 12 = 1,200
    expect(waitedValue(new Decimal(2400), 18, 2).toString()).toBe('1200');
    expect(waitedValue(new Decimal(2400), 18, 3).isZero()).toBe(true);
  });

  test('a waiting-period line is a one-time cost, explained', () => {
    // 7,900 × 3 / 12 = 1,975
    const entry = waitingPeriodLine({ label: 'Medical insurance', value: new Decimal(7900), months: 3 }, 1, usd);
    expect([entry?.component, entry?.category, entry?.recurring, entry?.amount.toString(), entry?.label]).toEqual([
      'waiting-period',
      'costs',
      false,
      '1975',
      'Medical insurance: waiting period',
    ]);
    expect(entry?.explanation).toBe('Medical insurance starts after 3 months: $7,900.00 a year × 3 / 12 = $1,975.00 not received.');
    expect(waitingPeriodLine({ label: '401(k)', value: new Decimal(2400), months: 18 }, 2, usd)?.explanation).toBe(
      '401(k) starts after 18 months, 6 of them in year 2: $2,400.00 a year × 6 / 12 = $1,200.00 not received.',
    );
    expect(waitingPeriodLine({ label: '401(k)', value: new Decimal(0), months: 6 }, 1, usd)).toBeNull();
  });
});

describe('waiting periods in an evaluation (docs/semantics.md §21)', () => {
  const waiting: OfferInput = {
    label: 'Waits',
    pay: { type: 'salary', amount: 60000 },
    benefits: {
      insurance: [{ kind: 'medical', employerPaid: 7900, startsAfterMonths: 3 }],
      retirement: { plan: '401k', match: [{ matchPercent: 100, upToPercentOfPay: 4 }], startsAfterMonths: 12 },
      hsa: { employerContribution: 1000, startsAfterMonths: 3 },
      education: { ceuStipend: 500, startsAfterMonths: 6 },
    },
  };

  test('annual is a steady year; the first year loses the months of each wait', () => {
    // annual = 60,000 + 7,900 + 2,400 (4 % match) + 1,000 + 500 = 71,800
    // waits: 7,900 × 3/12 = 1,975; 2,400 × 12/12 = 2,400; 1,000 × 3/12 = 250; 500 × 6/12 = 250 → 4,875
    // firstYear = 71,800 − 4,875 = 66,925
    const evaluation = evaluateOffer(waiting);
    expect(evaluation.totals.annual.toString()).toBe('71800');
    expect(evaluation.totals.firstYear.toString()).toBe('66925');
    expect(evaluation.lines.filter((entry) => entry.component === 'waiting-period').map((entry) => [entry.label, entry.amount.toString()])).toEqual([
      ['Medical insurance: waiting period', '1975'],
      ['401(k): waiting period', '2400'],
      ['HSA employer contribution: waiting period', '250'],
      ['Education money: waiting period', '250'],
    ]);
  });

  test('the projection’s year 1 is the first year; a wait beyond a year reaches year 2', () => {
    const projection = projectOffer(waiting, { years: 2 });
    expect(projection.years.map((row) => row.total.toString())).toEqual(['66925', '71800']);
    // An 18-month wait on the 401(k): year 1 loses 2,400, year 2 loses 2,400 × 6/12 = 1,200.
    const longer = projectOffer(
      { ...waiting, benefits: { retirement: { plan: '401k', match: [{ matchPercent: 100, upToPercentOfPay: 4 }], startsAfterMonths: 18 } } },
      { years: 3 },
    );
    // 62,400 − 2,400 = 60,000; 62,400 − 1,200 = 61,200; 62,400
    expect(longer.years.map((row) => row.total.toString())).toEqual(['60000', '61200', '62400']);
  });

  test('vesting counts only the employer money received after the wait', () => {
    // 4 % non-elective of 50,000 = 2,000 a year, 6-month wait, 3-year cliff, leaving after 2 years:
    // employer money 2,000 − 1,000 + 2,000 = 3,000, all forfeited; year 1 = 52,000 − 1,000 = 51,000; year 2 = 52,000 − 3,000 = 49,000.
    const projection = projectOffer(
      {
        label: 'Cliff',
        pay: { type: 'salary', amount: 50000 },
        benefits: { retirement: { plan: '401k', nonElectivePercent: 4, vesting: { type: 'cliff', years: 3 }, startsAfterMonths: 6 } },
      },
      { expectedTenureYears: 2 },
    );
    expect(projection.years.map((row) => row.total.toString())).toEqual(['51000', '49000']);
    expect(projection.years[1]?.lines.at(-1)).toMatchObject({ component: 'retirement-forfeiture', label: 'Unvested 401(k) employer money forfeited' });
  });
});

describe('properties', () => {
  /** An offer with every wait set to `months`. */
  function waitingAll(input: OfferInput, months: number | undefined): OfferInput {
    const benefits = input.benefits ?? {};
    const set = <T extends object>(item: T): T => {
      const { startsAfterMonths: _, ...rest } = item as T & { startsAfterMonths?: number };
      return (months === undefined ? rest : { ...rest, startsAfterMonths: months }) as T;
    };
    const retirement = benefits.retirement;
    return {
      ...input,
      benefits: {
        ...benefits,
        ...(benefits.insurance === undefined ? {} : { insurance: benefits.insurance.map(set) }),
        ...(retirement === undefined ? {} : { retirement: Array.isArray(retirement) ? retirement.map(set) : set(retirement as RetirementInput) }),
        ...(benefits.hsa === undefined ? {} : { hsa: set(benefits.hsa) }),
        ...(benefits.hra === undefined ? {} : { hra: set(benefits.hra) }),
        ...(benefits.education === undefined ? {} : { education: set(benefits.education) }),
      },
    };
  }

  fcTest.prop([offerInput], { numRuns: 150 })('a waiting period of 0 changes nothing', (input) => {
    const none = evaluateOffer(waitingAll(input, undefined));
    const zero = evaluateOffer(waitingAll(input, 0));
    expect(zero.lines.map((entry) => [entry.component, entry.amount.toString()])).toEqual(none.lines.map((entry) => [entry.component, entry.amount.toString()]));
    expect(zero.totals.firstYear.equals(none.totals.firstYear)).toBe(true);
  });

  test('year 1 of the projection is firstYear to the last digit, thirds included', () => {
    // A 4-month wait takes 4/12 of each benefit's year: HSA 1,200 → −400; HRA 1,000 × 50 % = 500 → −166.66…;
    // education (600 + 1,000) × 50 % = 800 → −266.66…; firstYear = 60,000 + 1,200 + 500 + 800 − 400
    // − 166.66… − 266.66… = 61,666.66… Summed in another order, the fortieth digit came out 6 in one
    // and 7 in the other.
    const input = {
      label: 'Thirds',
      pay: { type: 'salary', amount: 60000 },
      benefits: {
        hsa: { employerContribution: 1200, employeeContribution: 0, startsAfterMonths: 4 },
        hra: { employerContribution: 1000, expectedUsePercent: 50, startsAfterMonths: 4 },
        education: { ceuStipend: 600, tuitionReimbursement: 1000, expectedUsePercent: 50, startsAfterMonths: 4 },
      },
    } as const;
    const { firstYear } = evaluateOffer(input).totals;
    expect(firstYear.toFixed(2)).toBe('61666.67');
    expect(projectOffer(input, { years: 1 }).years[0]?.total.valueOf()).toBe(firstYear.valueOf());
  });

  fcTest.prop([offerInput], { numRuns: 150 })(
    'firstYear ≤ annual + one-time bonuses, equal without a wait; the projection’s year 1 is firstYear',
    (offer) => {
      // Growth steps in year 1 raise the projection's first year beyond the offer as it starts.
      const input = { ...offer, growth: { annualRaisePercent: 0 } };
      const { lines, totals } = evaluateOffer(input);
      const received = sum(lines.filter((entry) => !entry.recurring && entry.category !== 'costs').map((entry) => entry.amount));
      const waits = lines.filter((entry) => entry.component === 'waiting-period');
      const close = (a: Decimal, b: Decimal) => expect(a.minus(b).abs().lessThan('1e-20')).toBe(true);
      expect(totals.firstYear.lessThanOrEqualTo(totals.annual.plus(received).plus('1e-20'))).toBe(true);
      close(totals.annual.plus(received).minus(totals.firstYear), sum(waits.map((entry) => entry.amount)));
      for (const entry of waits) expect(signedAmount(entry).isNegative()).toBe(true);
      // Exactly, to the last of the 40 digits: the projection sums a year as the evaluation does.
      expect((projectOffer(input, { years: 1 }).years[0]?.total ?? new Decimal(NaN)).valueOf()).toBe(totals.firstYear.valueOf());
    },
  );
});
