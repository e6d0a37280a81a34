import { fc, test as fcTest } from '@fast-check/vitest';
import { describe, expect, test } from 'vitest';
import { z } from 'zod';
import { evaluateOffer, isParsedOffer, OfferValidationError, parseOffer, safeParseOffer } from '../../src/index.js';
import { offerSchema } from '../../src/offer/schema.js';
import { plainWords, toValidationIssues } from '../../src/offer/plain-words.js';
import { offerInput, offerWithOneValueChanged } from '../arbitraries.js';
import { isFrozenDecimal, reachableDecimals, unfrozenPaths } from '../helpers.js';

const pay = { type: 'salary', amount: 50000 } as const;

/** The issues of an input that must fail. */
function issuesOf(input: unknown) {
  const result = safeParseOffer(input);
  if (result.success) throw new Error('expected a validation error');
  return result.error.issues;
}

describe('kinds of bad input: each names the path and says what is wrong', () => {
  test('not an object', () => {
    expect(issuesOf(5)).toEqual([{ path: '', message: 'must be an object, got 5' }]);
    expect(issuesOf(null)).toEqual([{ path: '', message: 'must be an object, got null' }]);
    expect(issuesOf([])).toEqual([{ path: '', message: 'must be an object, got a list' }]);
  });

  test('a required field is missing', () => {
    expect(issuesOf({})).toEqual([
      { path: 'label', message: 'is required' },
      { path: 'pay', message: 'is required' },
    ]);
    expect(issuesOf({ label: 'A', pay: { type: 'salary' } })).toEqual([{ path: 'pay.amount', message: 'is required' }]);
  });

  test('a value of the wrong type', () => {
    expect(issuesOf({ label: 5, pay: { ...pay, exempt: 'yes' } })).toEqual([
      { path: 'label', message: 'must be a string (text), got 5' },
      { path: 'pay.exempt', message: 'must be true or false, got "yes"' },
    ]);
    expect(issuesOf({ label: 'A', pay: { ...pay, hoursPerWeek: '40' } })).toEqual([
      { path: 'pay.hoursPerWeek', message: 'must be a number, got "40"' },
    ]);
  });

  test.each([
    ['abc', 'must be a number or a decimal string, got "abc"'],
    ['', 'must be a number or a decimal string, got ""'],
    ['0x10', 'must be a number or a decimal string, got "0x10"'],
    ['1,000', 'must be a number or a decimal string, got "1,000"'],
    [' 5', 'must be a number or a decimal string, got " 5"'],
    ['1e1000', 'must be a number or a decimal string, got "1e1000"'],
    ['Infinity', 'must be a number or a decimal string, got "Infinity"'],
    [Number.NaN, 'must be a number or a decimal string, got NaN'],
    [Number.POSITIVE_INFINITY, 'must be a number or a decimal string, got Infinity'],
    [true, 'must be a number or a decimal string, got true'],
    [null, 'must be a number or a decimal string, got null'],
    ['1'.repeat(41), `must be a number or a decimal string, got "${'1'.repeat(40)}…"`],
  ])('money that is not a number or a decimal string: %j', (amount, message) => {
    expect(issuesOf({ label: 'A', pay: { type: 'salary', amount } })).toEqual([{ path: 'pay.amount', message }]);
  });

  test('numbers out of bounds', () => {
    expect(issuesOf({ label: 'A', pay: { type: 'salary', amount: -1 } })).toEqual([
      { path: 'pay.amount', message: 'must be at least 0, got -1' },
    ]);
    expect(issuesOf({ label: 'A', pay: { type: 'salary', amount: '1e13' } })).toEqual([
      { path: 'pay.amount', message: 'must be at most 1000000000000, got 10000000000000' },
    ]);
    expect(issuesOf({ label: 'A', pay: { type: 'salary', amount: '1e999' } })).toEqual([
      { path: 'pay.amount', message: 'must be at most 1000000000000, got 1e+999' },
    ]);
    expect(issuesOf({ label: 'A', pay, location: { payAdjustmentPercent: -100 } })).toEqual([
      { path: 'location.payAdjustmentPercent', message: 'must be greater than -100, got -100' },
    ]);
    expect(issuesOf({ label: 'A', pay: { ...pay, hoursPerWeek: 0 } })).toEqual([
      { path: 'pay.hoursPerWeek', message: 'must be greater than 0, got 0' },
    ]);
    expect(issuesOf({ label: 'A', pay, bonuses: [{ label: 'B', kind: 'team', percentOfBase: 1001 }] })).toEqual([
      { path: 'bonuses[0].percentOfBase', message: 'must be at most 1000, got 1001' },
    ]);
    expect(issuesOf({ label: 'A', pay, growth: { steps: [{ year: 2.5, percent: 3 }] } })).toEqual([
      { path: 'growth.steps[0].year', message: 'must be a whole number, got 2.5' },
    ]);
  });

  test('an unknown key, with a suggestion when it looks like a typo', () => {
    expect(issuesOf({ label: 'A', pay, bonus: [] })).toEqual([
      { path: 'bonus', message: 'is not a known field; did you mean "bonuses"?' },
    ]);
    expect(issuesOf({ label: 'A', pay: { type: 'hourly', rate: 20, exempt: false, colour: 'red' } })).toEqual([
      { path: 'pay.exempt', message: 'is not a known field' },
      { path: 'pay.colour', message: 'is not a known field' },
    ]);
  });

  test('a value outside a list of choices', () => {
    expect(issuesOf({ label: 'A', pay: { ...pay, per: 'yr' } })).toEqual([
      { path: 'pay.per', message: 'must be one of "year", "month", "semimonth", "biweek", "week", got "yr"' },
    ]);
    expect(issuesOf({ label: 'A', pay: { type: 'weekly' } })).toEqual([
      { path: 'pay.type', message: 'must be one of "salary", "hourly", got "weekly"' },
    ]);
    expect(issuesOf({ label: 'A', pay: {} })).toEqual([{ path: 'pay.type', message: 'is required: one of "salary", "hourly"' }]);
  });

  test('a bonus needs exactly one of amount or percentOfBase', () => {
    expect(issuesOf({ label: 'A', pay, bonuses: [{ label: 'B', kind: 'team' }] })).toEqual([
      { path: 'bonuses[0]', message: 'must have exactly one of amount, percentOfBase, percentOfEarnings or perUnit' },
    ]);
    expect(issuesOf({ label: 'A', pay, bonuses: [{ label: 'B', kind: 'team', amount: 1, percentOfBase: 1 }] })).toEqual([
      { path: 'bonuses[0]', message: 'must have exactly one of amount, percentOfBase, percentOfEarnings or perUnit' },
    ]);
  });

  test('payout percents out of order', () => {
    expect(
      issuesOf({ label: 'A', pay, bonuses: [{ label: 'B', kind: 'team', amount: 1, expectedPayoutPercent: 80, minPayoutPercent: 90, maxPayoutPercent: 70 }] }),
    ).toEqual([
      { path: 'bonuses[0].minPayoutPercent', message: 'minPayoutPercent (90) must not exceed expectedPayoutPercent (80)' },
      { path: 'bonuses[0].maxPayoutPercent', message: 'must not be below expectedPayoutPercent (80), got 70' },
    ]);
    expect(issuesOf({ label: 'A', pay, bonuses: [{ label: 'B', kind: 'team', amount: 1, guaranteed: true, expectedPayoutPercent: 80 }] })).toEqual([
      {
        path: 'bonuses[0].expectedPayoutPercent',
        message: 'minPayoutPercent (100, the default for a guaranteed bonus) must not exceed expectedPayoutPercent (80)',
      },
    ]);
  });

  test('a bonus cannot be both guaranteed and discretionary (29 CFR 778.211(b)); a clawback only on a bonus paid once', () => {
    expect(issuesOf({ label: 'A', pay, bonuses: [{ label: 'B', kind: 'team', amount: 1, guaranteed: true, discretionary: true }] })).toEqual([
      { path: 'bonuses[0].discretionary', message: 'cannot be true for a guaranteed bonus: a promised bonus is not discretionary (29 CFR 778.211(b))' },
    ]);
    expect(issuesOf({ label: 'A', pay, bonuses: [{ label: 'B', kind: 'team', amount: 1, clawback: { months: 12 } }] })).toEqual([
      { path: 'bonuses[0].clawback', message: 'can only be given for a bonus paid once (oneTime, the default for signing and relocation bonuses)' },
    ]);
    expect(issuesOf({ label: 'A', pay, bonuses: [{ label: 'B', kind: 'signing', amount: 1, clawback: { months: 61 } }] })).toEqual([
      { path: 'bonuses[0].clawback.months', message: 'must be at most 60, got 61' },
    ]);
    const clawedBack = parseOffer({ label: 'A', pay, bonuses: [{ label: 'B', kind: 'team', amount: 1, oneTime: true, clawback: { months: 12 } }] });
    expect(clawedBack.bonuses[0]?.clawback).toEqual({ months: 12, prorated: false });
  });

  test('overtime starts after at most 40 hours a week', () => {
    expect(issuesOf({ label: 'A', pay: { type: 'hourly', rate: 20, overtimeAfterHoursPerWeek: 41 } })).toEqual([
      { path: 'pay.overtimeAfterHoursPerWeek', message: 'must be at most 40, got 41' },
    ]);
    expect(issuesOf({ label: 'A', pay: { type: 'hourly', rate: 20, overtimeAfterHoursPerWeek: 0 } })).toEqual([
      { path: 'pay.overtimeAfterHoursPerWeek', message: 'must be greater than 0, got 0' },
    ]);
  });

  test('match tiers must be strictly increasing', () => {
    const match = [
      { matchPercent: 100, upToPercentOfPay: 3 },
      { matchPercent: 50, upToPercentOfPay: 3 },
    ];
    expect(issuesOf({ label: 'A', pay, benefits: { retirement: { plan: '401k', match } } })).toEqual([
      { path: 'benefits.retirement.match[1].upToPercentOfPay', message: 'must be greater than the tier before (3), got 3' },
    ]);
  });

  test('overtime on an exempt salary', () => {
    expect(issuesOf({ label: 'A', pay, overtime: { hoursPerWeek: 5 } })).toEqual([
      { path: 'overtime', message: 'is not paid on an exempt salary: remove overtime or set pay.exempt to false' },
    ]);
  });

  test('overtime hours: exactly one of hoursPerWeek or hoursPerYear; a range only with hoursPerWeek', () => {
    const hourly = { type: 'hourly', rate: 20 } as const;
    expect(issuesOf({ label: 'A', pay: hourly, overtime: {} })).toEqual([
      { path: 'overtime', message: 'must have exactly one of hoursPerWeek or hoursPerYear' },
    ]);
    expect(issuesOf({ label: 'A', pay: hourly, overtime: { hoursPerWeek: 1, hoursPerYear: 50 } })).toEqual([
      { path: 'overtime', message: 'must have exactly one of hoursPerWeek or hoursPerYear' },
    ]);
    expect(issuesOf({ label: 'A', pay: hourly, overtime: { hoursPerYear: 50, maxHoursPerWeek: 3 } })).toEqual([
      { path: 'overtime.maxHoursPerWeek', message: 'can only be given with hoursPerWeek' },
    ]);
    expect(issuesOf({ label: 'A', pay: hourly, overtime: { hoursPerWeek: 4, minHoursPerWeek: 5, maxHoursPerWeek: 3 } })).toEqual([
      { path: 'overtime.minHoursPerWeek', message: 'must not exceed hoursPerWeek (4), got 5' },
      { path: 'overtime.maxHoursPerWeek', message: 'must not be below hoursPerWeek (4), got 3' },
    ]);
  });

  test('more time off than scheduled hours, or more than 168 hours a week', () => {
    expect(issuesOf({ label: 'A', pay: { type: 'hourly', rate: 20, paidWeeksPerYear: 10 }, benefits: { timeOff: { vacationDays: 50 } } })).toEqual([
      { path: 'benefits.timeOff', message: 'adds up to 400 hours, which must be less than the 400 scheduled hours of the year' },
    ]);
    expect(issuesOf({ label: 'A', pay: { type: 'hourly', rate: 20, hoursPerWeek: 100 }, overtime: { hoursPerWeek: 70 } })).toEqual([
      { path: 'overtime.hoursPerWeek', message: 'together with pay.hoursPerWeek (100) must not exceed the 168 hours of a week' },
    ]);
  });

  test('lists and strings that are too long, and empty labels', () => {
    const bonuses = Array.from({ length: 51 }, () => ({ label: 'B', kind: 'team', amount: 1 }));
    expect(issuesOf({ label: 'A', pay, bonuses })).toEqual([{ path: 'bonuses', message: 'must have at most 50 entries' }]);
    expect(issuesOf({ label: 'x'.repeat(201), pay })).toEqual([{ path: 'label', message: 'must be at most 200 characters long' }]);
    expect(issuesOf({ label: '   ', pay })).toEqual([{ path: 'label', message: 'must not be empty' }]);
  });

  test('currency, region and id codes', () => {
    expect(issuesOf({ label: 'A', pay, currency: 'usd' })).toEqual([
      { path: 'currency', message: 'must be an ISO 4217 currency code in capitals such as "USD", got "usd"' },
    ]);
    expect(issuesOf({ label: 'A', pay, location: { region: 'US-XX' } })).toEqual([
      {
        path: 'location.region',
        message: 'must be the ISO 3166-2 code of a US state or DC, "US-" and two capital letters such as "US-NJ", got "US-XX"',
      },
    ]);
    expect(issuesOf({ label: 'A', pay, id: 'has space' })).toEqual([
      { path: 'id', message: 'must be 1 to 64 letters, digits, ".", "_" or "-", starting with a letter or digit' },
    ]);
  });

  test('vesting schedules and eligible pay', () => {
    const retirement = (fields: object) => ({ label: 'A', pay, benefits: { retirement: { plan: '401k', ...fields } } });
    expect(issuesOf(retirement({ vesting: { type: 'graded', vestedPercentByYear: [50, 40, 90] } }))).toEqual([
      { path: 'benefits.retirement.vesting.vestedPercentByYear[1]', message: 'must not be below the year before (50), got 40' },
      { path: 'benefits.retirement.vesting.vestedPercentByYear[2]', message: 'must end at 100 (fully vested), got 90' },
    ]);
    expect(issuesOf(retirement({ vesting: { type: 'cliff', years: 1.5 } }))).toEqual([
      { path: 'benefits.retirement.vesting.years', message: 'must be a whole number, got 1.5' },
    ]);
    expect(issuesOf(retirement({ eligiblePay: [] }))).toEqual([
      { path: 'benefits.retirement.eligiblePay', message: 'must name at least one of "base", "overtime", "bonuses", "differentials"' },
    ]);
    expect(issuesOf(retirement({ eligiblePay: ['base', 'base'] }))).toEqual([
      { path: 'benefits.retirement.eligiblePay', message: 'must not name a component twice' },
    ]);
  });

  test('hostile keys are refused and pollute nothing', () => {
    const input = JSON.parse('{"label":"A","pay":{"type":"salary","amount":1},"__proto__":{"polluted":true},"constructor":{"prototype":{"polluted":true}}}');
    expect(issuesOf(input)).toEqual([
      { path: '__proto__', message: 'is not a known field' },
      { path: 'constructor', message: 'is not a known field' },
    ]);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  test('every problem is reported at once, in input order', () => {
    const issues = issuesOf({
      label: 'A',
      pay: { type: 'salary', amount: 'x' },
      bonuses: [{ label: 'B', kind: 'team', amount: 1 }, { label: 'C', kind: 'team', amount: -5 }],
      benefits: { insurance: [{ kind: 'dental', employerPaid: 'lots' }] },
    });
    expect(issues.map((issue) => issue.path)).toEqual(['pay.amount', 'bonuses[1].amount', 'benefits.insurance[0].employerPaid']);
  });
});

describe('parseOffer and safeParseOffer', () => {
  test('parseOffer throws an OfferValidationError that summarises the issues', () => {
    try {
      parseOffer({ label: 'A', pay: { type: 'salary', amount: 'abc' } });
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(OfferValidationError);
      expect(error).toBeInstanceOf(Error);
      expect((error as Error).name).toBe('OfferValidationError');
      expect((error as Error).message).toBe('Invalid offer: pay.amount: must be a number or a decimal string, got "abc"');
    }
  });

  test('fills every default of an offer', () => {
    const offer = parseOffer({ label: 'Remote CPC', pay: { type: 'salary', amount: 58000 } });
    expect(offer.id).toBe('remote-cpc');
    expect(offer.currency).toBe('USD');
    expect(offer.pay).toMatchObject({ per: 'year', exempt: true });
    expect(offer.pay.hoursPerWeek.toString()).toBe('40');
    expect(offer.pay.overtimeAfterHoursPerWeek.toString()).toBe('40');
    expect(offer.overtime).toBeNull();
    expect(offer.bonuses).toEqual([]);
    expect(offer.benefits.retirement).toEqual([]);
    expect([offer.benefits.hsa, offer.benefits.hra]).toEqual([null, null]);
    expect(offer.benefits.education.expectedUsePercent.toString()).toBe('100');
    expect(offer.location).toMatchObject({ label: null, costIndex: null, region: null });
    expect(offer.growth.annualRaisePercent.toString()).toBe('0');
    const hourly = parseOffer({ label: 'H', pay: { type: 'hourly', rate: 20 }, overtime: { hoursPerWeek: 2 } });
    expect(hourly.pay.exempt).toBe(false);
    expect(hourly.overtime?.multiplier.toString()).toBe('1.5');
    expect(parseOffer({ label: '—', pay }).id).toBe('offer-1');
  });

  test('a region looks up the BEA parity; an explicit costIndex wins', () => {
    expect(parseOffer({ label: 'A', pay, location: { region: 'US-NJ' } }).location.costIndex?.toString()).toBe('108.805');
    expect(parseOffer({ label: 'A', pay, location: { region: 'US-NJ', costIndex: 100 } }).location.costIndex?.toString()).toBe('100');
  });

  test('-0 is read as 0', () => {
    expect(parseOffer({ label: 'A', pay: { type: 'salary', amount: -0 } }).pay).toMatchObject({ amount: expect.anything() });
    const amount = parseOffer({ label: 'A', pay: { type: 'salary', amount: '-0' } }).pay;
    expect(amount.type === 'salary' && amount.amount.isNegative()).toBe(false);
  });
});

describe('properties', () => {
  fcTest.prop([fc.jsonValue()], { numRuns: 500 })('any JSON value is either a valid offer or an OfferValidationError with paths', (value) => {
    const result = safeParseOffer(value);
    if (!result.success) {
      expect(result.error).toBeInstanceOf(OfferValidationError);
      expect(result.error.issues.length).toBeGreaterThan(0);
      for (const issue of result.error.issues) {
        expect(typeof issue.path).toBe('string');
        expect(issue.message.length).toBeGreaterThan(0);
      }
    }
  });

  fcTest.prop([offerInput, fc.string({ maxLength: 3 }), fc.jsonValue()], { numRuns: 300 })(
    'a valid offer with one field replaced by junk never escapes as another exception',
    (input, key, junk) => {
      const mutated = { ...input, pay: { ...input.pay, [key === '' ? 'amount' : key]: junk } };
      const result = safeParseOffer(mutated);
      // Pay's own fields, or the cross-field checks that read pay (exempt overtime, hours, time off).
      const places = ['pay', 'overtime', 'benefits.timeOff'];
      if (!result.success) {
        for (const issue of result.error.issues) expect(places.some((place) => issue.path.startsWith(place))).toBe(true);
      }
    },
  );

  fcTest.prop([offerInput], { numRuns: 200 })('parsing is idempotent on the output id and frozen throughout', (input) => {
    const offer = parseOffer(input);
    expect(unfrozenPaths(offer)).toEqual([]);
    expect(parseOffer({ ...input, id: offer.id }).id).toBe(offer.id);
  });

  test('an offer left to its defaults is frozen throughout too', () => {
    expect(unfrozenPaths(parseOffer({ label: 'A', pay }))).toEqual([]);
  });
});

describe('the compiled parser', () => {
  test('compiles the whole offer schema, with no part left to the runtime parser', () => {
    // z.compile falls back silently on a feature it cannot generate code for (a catch callback,
    // an async check): parsing would still be right, only slower. strict makes that a failure.
    expect(() => z.compile(offerSchema, { strict: true })).not.toThrow();
  });

  // Where generated code is not allowed: test/parse-content-security-policy.test.ts.

  const sides = fc.oneof(offerInput as fc.Arbitrary<unknown>, offerWithOneValueChanged, offerWithOneValueChanged);
  fcTest.prop([sides], { numRuns: 1500 })('agrees with zod’s runtime parser on every input, valid or not', (input) => {
    // The compiled parser returns its own successes as they are: a wrong one would go unseen.
    const runtime = offerSchema.safeParse(input, { error: plainWords });
    const compiled = safeParseOffer(input);
    expect(compiled.success).toBe(runtime.success);
    if (compiled.success && runtime.success) expect(compiled.data).toEqual(runtime.data);
    if (!compiled.success && !runtime.success) expect(compiled.error.issues).toEqual(toValidationIssues(runtime.error.issues, ''));
  });
});

describe('parsed offers', () => {
  test('are recognised and not validated again', () => {
    const offer = parseOffer({ label: 'A', pay: { type: 'salary', amount: 1 }, growth: { steps: [{ year: 2, percent: 3 }] } });
    expect(isParsedOffer(offer)).toBe(true);
    expect(isParsedOffer({ ...offer })).toBe(false);
    const again = safeParseOffer(offer);
    expect(again.success && again.data).toBe(offer);
    expect(offer.growth.steps[0]?.label).toBeNull();
  });

  test('share the defaults they leave out: each default is parsed once, not once an offer', () => {
    const first = parseOffer({ label: 'A', pay: { type: 'salary', amount: 1 } });
    const second = parseOffer({ label: 'B', pay: { type: 'salary', amount: 2 } });
    expect(second.pay.hoursPerWeek).toBe(first.pay.hoursPerWeek);
    expect(second.benefits.education).toBe(first.benefits.education);
    expect(first.benefits.education.expectedUsePercent.toString()).toBe('100');
  });

  test('share the frozen decimals of the whole numbers 0 to 100 they state; other numbers are their own', () => {
    const first = parseOffer({ label: 'A', pay: { type: 'hourly', rate: 100, hoursPerWeek: 38 } });
    const second = parseOffer({ label: 'B', pay: { type: 'hourly', rate: 101, hoursPerWeek: 38 }, benefits: { timeOff: { vacationDays: 38 } } });
    expect(second.pay.hoursPerWeek).toBe(first.pay.hoursPerWeek);
    expect(second.benefits.timeOff.vacationDays).toBe(first.pay.hoursPerWeek);
    expect(isFrozenDecimal(first.pay.hoursPerWeek)).toBe(true);
    const rates = [first, second].map((offer) => (offer.pay.type === 'hourly' ? offer.pay.rate.toString() : ''));
    expect(rates).toEqual(['100', '101']);
    expect(parseOffer({ label: 'C', pay: { type: 'hourly', rate: 37.5 } }).pay).not.toBe(first.pay);
  });
});

test('parses the same before and after the compiled parser takes over (after 1,000 parses)', () => {
  const input = { label: 'Coder', pay: { type: 'hourly', rate: '23.45' }, overtime: { hoursPerWeek: 4 } };
  const first = JSON.stringify(parseOffer(input));
  for (let index = 0; index < 1200; index += 1) expect(JSON.stringify(parseOffer(input))).toBe(first);
  const broken = { label: 'Coder', pay: { type: 'hourly', rate: 'x' } };
  expect(safeParseOffer(broken).success).toBe(false);
});

describe('the decimals of a parsed offer (issue 19, item 13)', () => {
  /** Tries to change a decimal's digits in place, as `offer.pay.hoursPerWeek.d[0] = 20` does. */
  const tamper = (value: { d: number[] }, digit: number) => {
    try {
      value.d[0] = digit;
    } catch {
      // Strict mode: a frozen decimal throws, and that is the point.
    }
  };

  test('are frozen with their digits, so a frozen offer cannot be changed through them', () => {
    const input = { label: 'A', pay: { type: 'hourly', rate: '23.45', hoursPerWeek: 38 } } as const;
    const offer = parseOffer(input);
    const annual = evaluateOffer(offer).totals.annual.toString();
    tamper(offer.pay.hoursPerWeek, 20);
    expect(offer.pay.hoursPerWeek.toString()).toBe('38');
    expect(evaluateOffer(offer).totals.annual.toString()).toBe(annual);
    for (const value of reachableDecimals(offer)) expect(isFrozenDecimal(value)).toBe(true);
  });

  test('defaults shared between offers cannot be changed through one of them', () => {
    const first = parseOffer({ label: 'A', pay: { type: 'salary', amount: 1 } });
    tamper(first.pay.hoursPerWeek, 20);
    tamper(first.benefits.education.expectedUsePercent, 7);
    const second = parseOffer({ label: 'B', pay: { type: 'hourly', rate: 10 } });
    expect(second.pay.hoursPerWeek.toString()).toBe('40');
    expect(second.benefits.education.expectedUsePercent.toString()).toBe('100');
    // 10 × 40 × 52 = 20,800.
    expect(evaluateOffer(second).totals.annual.toString()).toBe('20800');
  });

  fcTest.prop([offerInput], { numRuns: 100 })('every decimal of any parsed offer is frozen', (input) => {
    for (const value of reachableDecimals(parseOffer(input))) expect(isFrozenDecimal(value)).toBe(true);
  });
});

describe('unknown keys (issue 19, item 7)', () => {
  test('"did you mean" only for a close match', () => {
    expect(issuesOf({ label: 'A', pay, xy: 1 })).toEqual([{ path: 'xy', message: 'is not a known field' }]);
    expect(issuesOf({ label: 'A', pay, ix: 1 })).toEqual([{ path: 'ix', message: 'is not a known field; did you mean "id"?' }]);
    // Two letters swapped are one edit.
    expect(issuesOf({ label: 'A', pay, lable: 'B' })).toEqual([{ path: 'lable', message: 'is not a known field; did you mean "label"?' }]);
    expect(issuesOf({ label: 'A', pay: { ...pay, hoursperweek: 40 } })).toEqual([
      { path: 'pay.hoursperweek', message: 'is not a known field; did you mean "hoursPerWeek"?' },
    ]);
  });

  test('a long or odd key is quoted, at most 40 characters of it, with its control characters escaped', () => {
    const long = 'k'.repeat(5_000_000);
    expect(issuesOf({ label: 'A', pay, [long]: 1 })).toEqual([{ path: `["${'k'.repeat(40)}…"]`, message: 'is not a known field' }]);
    expect(issuesOf({ label: 'A', pay: { ...pay, 'x\u001b[2J\nforged: line\u202e': 1 } })).toEqual([
      { path: 'pay["x\\u001b[2J\\nforged: line\\u202e"]', message: 'is not a known field' },
    ]);
  });
});

test('a label empty to the eye (zero-width characters, joiners, bidirectional marks) is refused as an empty one (issue 19, item 4)', () => {
  for (const invisible of ['\u200b', '\u200b\u200d\u2060\ufeff', '\u202e\u200f', '\u3164', '\u00ad', '\u0301', '\u2800']) {
    expect(issuesOf({ label: invisible, pay })).toEqual([{ path: 'label', message: 'must not be empty' }]);
    expect(issuesOf({ label: 'A', pay, bonuses: [{ label: ` ${invisible} `, kind: 'team', amount: 1 }] })).toEqual([
      { path: 'bonuses[0].label', message: 'must not be empty' },
    ]);
  }
  expect(issuesOf({ label: '', pay })).toEqual([{ path: 'label', message: 'must not be empty' }]);
  // Anything that shows is a label: a letter among invisible characters, an accented letter, CJK, an emoji.
  for (const shown of ['\u200bA', 'e\u0301', '東京', '👩\u200d💻']) expect(parseOffer({ label: shown, pay }).label).toBe(shown);
});
