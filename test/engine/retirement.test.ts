import { fc, test as fcTest } from '@fast-check/vitest';
import { describe, expect, test } from 'vitest';
import { Decimal, ZERO } from '../../src/decimal/decimal.js';
import { evaluateOffer, type IrsLimits, irsLimitsFor, parseOffer, type Retirement, type RetirementInput } from '../../src/index.js';
import { type PayComponents, type PlanContributions, retirementContributions, retirementLines, tieredMatch } from '../../src/engine/retirement.js';
import { retirementPlan } from '../arbitraries.js';
import { lineOf, usd } from '../helpers.js';

const limits2026 = irsLimitsFor(2026) ?? (() => { throw new Error('no 2026 limits'); })();

function plan(retirement: RetirementInput): Retirement {
  const [parsed] = parseOffer({ label: 'R', pay: { type: 'salary', amount: 60000 }, benefits: { retirement } }).benefits.retirement;
  if (parsed === undefined) throw new Error('no plan');
  return parsed;
}

/** The contributions of one plan alone. */
function contributionsOf(retirement: Retirement, pay: PayComponents, limits: IrsLimits): PlanContributions {
  const [result] = retirementContributions([retirement], pay, limits);
  if (result === undefined) throw new Error('no contributions');
  return result;
}

const standardTiers = plan({
  plan: '401k',
  match: [
    { matchPercent: 100, upToPercentOfPay: 3 },
    { matchPercent: 50, upToPercentOfPay: 5 },
  ],
});
const basePay = (base: number | string) => ({ base: new Decimal(base), overtime: ZERO, bonuses: ZERO, differentials: ZERO });

describe('tiered match (docs/semantics.md §9)', () => {
  test('each tier pays its own rate on its own slice, not one rate on everything', () => {
    // 100 % of the first 3 % of 60,000 = 1,800; 50 % of the next 2 % = 600; total 2,400 (4 %).
    // One rate on the whole deferral would give 100 % × 3,000 = 3,000 or 50 % × 3,000 = 1,500.
    expect(tieredMatch(standardTiers.match, new Decimal(60000), new Decimal(3000)).toString()).toBe('2400');
  });

  test('a deferral below the first tier is matched only on what is deferred', () => {
    // Deferral 2 % = 1,200: 100 % × 1,200 = 1,200; the second tier is not reached.
    expect(tieredMatch(standardTiers.match, new Decimal(60000), new Decimal(1200)).toString()).toBe('1200');
  });

  test('a deferral between tiers', () => {
    // Deferral 4 % = 2,400: 1,800 + 50 % × (2,400 − 1,800) = 2,100
    expect(tieredMatch(standardTiers.match, new Decimal(60000), new Decimal(2400)).toString()).toBe('2100');
  });

  test('the deferral defaults to the last tier', () => {
    expect(standardTiers.employeeContributionPercent.toString()).toBe('5');
    expect(plan({ plan: '403b', nonElectivePercent: 3 }).employeeContributionPercent.toString()).toBe('0');
  });
});

describe('retirementContributions under the IRS limits', () => {
  test('401(a)(17) caps eligible pay', () => {
    // 2026 limit 360,000: a 5 % deferral of 360,000 = 18,000; match 4 % × 360,000 = 14,400
    const result = contributionsOf(standardTiers, basePay(500000), limits2026);
    expect([result.eligiblePay, result.countedPay, result.deferral, result.match].map(String)).toEqual([
      '500000',
      '360000',
      '18000',
      '14400',
    ]);
  });

  test('402(g) caps the deferral, which lowers the match fraction', () => {
    // Pay 340,000, deferral 10 % = 34,000 → capped at 24,500 (about 7.2 % of pay).
    const generous = plan({ plan: '401k', match: [{ matchPercent: 100, upToPercentOfPay: 8 }], employeeContributionPercent: 10 });
    // Match up to 8 % = 27,200, but the capped deferral 24,500 is less: match 24,500.
    const result = contributionsOf(generous, basePay(340000), limits2026);
    expect([result.deferral.toString(), result.match.toString()]).toEqual(['24500', '24500']);
  });

  test('415(c) cuts the non-elective contribution first, then the match', () => {
    // Pay 360,000 (capped), deferral min(36,000, 24,500) = 24,500; room = 72,000 − 24,500 = 47,500.
    // Match 6 % = 21,600 fits; non-elective 15 % = 54,000 → cut to 47,500 − 21,600 = 25,900.
    const heavy = plan({
      plan: '401k',
      match: [{ matchPercent: 100, upToPercentOfPay: 6 }],
      nonElectivePercent: 15,
      employeeContributionPercent: 10,
    });
    const result = contributionsOf(heavy, basePay(400000), limits2026);
    expect([result.nonElective, result.match, result.uncappedNonElective, result.uncappedMatch].map(String)).toEqual([
      '25900',
      '21600',
      '54000',
      '21600',
    ]);
    // A non-elective contribution alone over the room: the match loses what is left.
    // Non-elective 15 % of 360,000 = 54,000 and match 100 % up to 10 % = 24,500 (the deferral):
    // room 47,500; match 24,500; non-elective 23,000.
    const both = contributionsOf(plan({ plan: '401k', match: [{ matchPercent: 100, upToPercentOfPay: 10 }], nonElectivePercent: 15, employeeContributionPercent: 10 }), basePay(400000), limits2026);
    expect([both.match, both.nonElective].map(String)).toEqual(['24500', '23000']);
  });

  test('the worked example of 415(c): pay $360,000, deferral $24,500, match 6 %, non-elective 10 %', () => {
    // Excess 24,500 + 21,600 + 36,000 − 72,000 = 10,100 → non-elective 36,000 − 10,100 = 25,900; match 21,600.
    const result = contributionsOf(
      plan({ plan: '401k', match: [{ matchPercent: 100, upToPercentOfPay: 6 }], nonElectivePercent: 10, employeeContributionPercent: 10 }),
      basePay(360000),
      limits2026,
    );
    expect([result.deferral, result.match, result.nonElective].map(String)).toEqual(['24500', '21600', '25900']);
  });

  test('a 457(b) has its own limit for deferral and employer money together, and no 415(c)', () => {
    // $60,000 salary, deferral 30 % = 18,000, employer 15 % = 9,000; 2026 457(b) limit 24,500:
    // room 24,500 − 18,000 = 6,500 → employer 6,500 (a 401(k) would keep all 9,000 under 415(c)).
    const deferred = plan({ plan: '457b', nonElectivePercent: 15, employeeContributionPercent: 30 });
    const result = contributionsOf(deferred, basePay(60000), limits2026);
    expect([result.deferral, result.nonElective, result.additionsLimit].map(String)).toEqual(['18000', '6500', '24500']);
    expect(contributionsOf({ ...deferred, plan: '401k' }, basePay(60000), limits2026).nonElective.toString()).toBe('9000');
    // The deferral itself is capped at the 457(b) limit: 50 % of 60,000 = 30,000 → 24,500, no room left.
    const capped = contributionsOf({ ...deferred, employeeContributionPercent: new Decimal(50) }, basePay(60000), limits2026);
    expect([capped.deferral, capped.nonElective].map(String)).toEqual(['24500', '0']);
  });

  test('eligible pay counts only the chosen components', () => {
    const onBonuses = plan({ plan: '401k', match: [{ matchPercent: 100, upToPercentOfPay: 4 }], eligiblePay: ['base', 'bonuses'] });
    const pay = { base: new Decimal(50000), overtime: new Decimal(5000), bonuses: new Decimal(2500), differentials: new Decimal(700) };
    // P = 50,000 + 2,500 = 52,500; match 4 % = 2,100
    expect(contributionsOf(onBonuses, pay, limits2026).match.toString()).toBe('2100');
  });

  test('"bonuses" eligible pay counts the recurring bonuses, not a signing bonus (docs/semantics.md §9)', () => {
    const evaluation = evaluateOffer({
      label: 'Bonus match',
      pay: { type: 'salary', amount: 50000 },
      bonuses: [
        { label: 'Annual', kind: 'performance', amount: 2500 },
        { label: 'Signing', kind: 'signing', amount: 5000 },
      ],
      benefits: { retirement: { plan: '401k', match: [{ matchPercent: 100, upToPercentOfPay: 4 }], eligiblePay: ['base', 'bonuses'] } },
    });
    // P = 50,000 + 2,500 (the signing bonus is paid once: not counted) = 52,500; match 4 % = 2,100
    // (2,300 if the signing bonus were counted: 57,500 × 4 %).
    expect(lineOf(evaluation.lines, 'retirement-match')?.amount.toString()).toBe('2100');
  });

  test('"overtime" eligible pay includes overtime on bonuses', () => {
    const evaluation = evaluateOffer({
      label: 'OT match',
      pay: { type: 'hourly', rate: 20 },
      overtime: { hoursPerYear: 100 },
      bonuses: [{ label: 'Team', kind: 'team', amount: 2180 }],
      benefits: { retirement: { plan: '401k', match: [{ matchPercent: 100, upToPercentOfPay: 5 }], eligiblePay: ['overtime'] } },
    });
    // Overtime 100 × 20 × 1.5 = 3,000; overtime on bonuses 2,180 × 0.5 × 100 / 2,180 = 50; P = 3,050; match 5 % = 152.50
    expect(lineOf(evaluation.lines, 'retirement-match')?.amount.toString()).toBe('152.5');
  });
});

describe('several plans (docs/semantics.md §9)', () => {
  const plans = (...inputs: RetirementInput[]) =>
    parseOffer({ label: 'R', pay: { type: 'salary', amount: 60000 }, benefits: { retirement: inputs } }).benefits.retirement;

  test('a 403(b) beside a 457(b): each has its own deferral limit', () => {
    // $80,000: 403(b) 30 % = 24,000 (≤ 402(g) 24,500); 457(b) 30 % = 24,000 (≤ 457(b) 24,500): 48,000 deferred in all.
    const [first, second] = retirementContributions(plans({ plan: '403b', employeeContributionPercent: 30 }, { plan: '457b', employeeContributionPercent: 30 }), basePay(80000), limits2026);
    expect([first?.deferral, first?.deferralLimit, second?.deferral, second?.deferralLimit].map(String)).toEqual(['24000', '24500', '24000', '24500']);
  });

  test('a 401(k) and a 403(b) share 402(g) in list order', () => {
    // $100,000: 401(k) 20 % = 20,000; 403(b) 10 % = 10,000 → capped at 24,500 − 20,000 = 4,500;
    // its match of 100 % up to 6 % (6,000) follows the capped deferral: 4,500.
    const both = plans({ plan: '401k', employeeContributionPercent: 20 }, { plan: '403b', match: [{ matchPercent: 100, upToPercentOfPay: 6 }], employeeContributionPercent: 10 });
    const [first, second] = retirementContributions(both, basePay(100000), limits2026);
    expect([first?.deferral, second?.deferralLimit, second?.deferral, second?.match].map(String)).toEqual(['20000', '4500', '4500', '4500']);
    const [match] = retirementLines(second as PlanContributions, limits2026, usd);
    expect(match?.explanation).toBe(
      'Match of 100% of the first 6% of $100,000.00 eligible pay (base), on your 10% deferral of $4,500.00 (capped at the $4,500.00 left of the 2026 402(g) limit after the plans before it) = $4,500.00.',
    );
  });

  test('415(c) spans the plans: non-elective money is cut first, in list order, then matches', () => {
    // Pay 360,000 (capped): 401(k) deferral 10 % → 24,500, match 6 % = 21,600, non-elective 10 % = 36,000;
    // 403(b) non-elective 5 % = 18,000. Room 72,000 − 24,500 = 47,500; employer money 75,600 → excess 28,100:
    // the 401(k)'s non-elective 36,000 → 7,900; the 403(b)'s 18,000 and the match 21,600 stay (7,900 + 18,000 + 21,600 = 47,500).
    const heavy: RetirementInput = { plan: '401k', match: [{ matchPercent: 100, upToPercentOfPay: 6 }], nonElectivePercent: 10, employeeContributionPercent: 10 };
    const both = plans(heavy, { plan: '403b', nonElectivePercent: 5 });
    const [first, second] = retirementContributions(both, basePay(400000), limits2026);
    expect([first?.match, first?.nonElective, second?.nonElective, first?.cut, second?.cut].map(String)).toEqual(['21600', '7900', '18000', '28100', '0']);
    // With more to cut: a 403(b) non-elective of 25 % = 90,000 → employer money 21,600 + 36,000 + 90,000 = 147,600,
    // excess 147,600 − 47,500 = 100,100: the 401(k)'s 36,000 goes first, then 64,100 of the 403(b)'s 90,000
    // (→ 25,900), the match untouched: 21,600 + 0 + 25,900 = 47,500.
    const [a, b] = retirementContributions(plans(heavy, { plan: '403b', nonElectivePercent: 25 }), basePay(400000), limits2026);
    expect([a?.match, a?.nonElective, b?.nonElective].map(String)).toEqual(['21600', '0', '25900']);
  });

  test('a pension at the employer\'s normal cost, outside 415(c); the employee\'s contribution kept pre-tax', () => {
    // $70,000: normal cost 12.5 % = 8,750; employee 8 % = 5,600 (IRC §414(h)(2)).
    const pension = plans({ plan: 'pension', pension: { employerPercentOfPay: '12.5', employeePercentOfPay: 8 } });
    const [result] = retirementContributions(pension, basePay(70000), limits2026);
    expect([result?.pension, result?.pensionEmployee, result?.deferral, result?.additionsLimit].map(String)).toEqual(['8750', '5600', '0', 'null']);
    expect(retirementLines(result as PlanContributions, limits2026, usd).map((entry) => [entry.component, entry.label, entry.explanation])).toEqual([
      [
        'pension',
        'Pension (employer normal cost)',
        "The employer's normal cost of 12.5% of $70,000.00 eligible pay (base) = $8,750.00, the value of a year's pension as the plan publishes it; " +
          'your mandatory 8% ($5,600.00) comes out of base pay, pre-tax (IRC §414(h)(2)).',
      ],
    ]);
    // Pay 400,000 is counted up to 401(a)(17): 12.5 % × 360,000 = 45,000.
    expect(retirementContributions(pension, basePay(400000), limits2026)[0]?.pension.toString()).toBe('45000');
    // Beside a 401(k) that fills 415(c), the pension keeps all its value.
    const both = plans({ plan: '401k', nonElectivePercent: 25, employeeContributionPercent: 10 }, { plan: 'pension', pension: { employerPercentOfPay: 10 } });
    const [dc, db] = retirementContributions(both, basePay(400000), limits2026);
    // 401(k): 24,500 deferred, non-elective 90,000 → 72,000 − 24,500 = 47,500; pension 36,000
    expect([dc?.nonElective, db?.pension].map(String)).toEqual(['47500', '36000']);
  });

  test('a pension takes no match, deferral or non-elective contribution, and needs its normal cost', () => {
    expect(() => plans({ plan: 'pension', match: [{ matchPercent: 50, upToPercentOfPay: 6 }], pension: { employerPercentOfPay: 10 } })).toThrow(
      'benefits.retirement[0].match: is not part of a pension plan',
    );
    expect(() => plans({ plan: 'pension' })).toThrow('benefits.retirement[0].pension: is required for a pension plan');
    expect(() => plans({ plan: '401k', pension: { employerPercentOfPay: 10 } })).toThrow('benefits.retirement[0].pension: can only be given for plan "pension"');
    expect(() => parseOffer({ label: 'R', pay: { type: 'salary', amount: 1 }, benefits: { retirement: [{ plan: '401k' }, { plan: '401k' }, { plan: '401k' }, { plan: '401k' }] } })).toThrow(
      'benefits.retirement: must have at most 3 entries',
    );
    // One plan, not in a list: the path has no index.
    expect(() => parseOffer({ label: 'R', pay: { type: 'salary', amount: 1 }, benefits: { retirement: { plan: 'pension' } } })).toThrow(
      'benefits.retirement.pension: is required',
    );
  });
});

describe('retirement lines', () => {
  test('name the plan and explain the tiers', () => {
    const contributions = contributionsOf(standardTiers, basePay(60000), limits2026);
    const [match] = retirementLines(contributions, limits2026, usd);
    expect(match).toMatchObject({ component: 'retirement-match', label: '401(k) match', category: 'benefits', recurring: true });
    expect(match?.explanation).toBe(
      'Match of 100% of the first 3% and 50% of the next 2% of $60,000.00 eligible pay (base), on your 5% deferral of $3,000.00 = $2,400.00.',
    );
  });

  test('no tiers and no non-elective contribution: no line', () => {
    const none = plan({ plan: 'other' });
    expect(retirementLines(contributionsOf(none, basePay(60000), limits2026), limits2026, usd)).toEqual([]);
  });
});

describe('properties', () => {
  const tiers = fc
    .uniqueArray(fc.integer({ min: 1, max: 25 }), { minLength: 1, maxLength: 4 })
    .chain((ceilings) =>
      fc.tuple(...[...ceilings].sort((a, b) => a - b).map((upToPercentOfPay) =>
        fc.integer({ min: 0, max: 200 }).map((matchPercent) => ({ matchPercent, upToPercentOfPay })),
      )),
    );

  fcTest.prop([
    tiers,
    fc.integer({ min: 0, max: 60 }),
    fc.integer({ min: 0, max: 30 }),
    fc.integer({ min: 0, max: 100_000_000 }),
    fc.constantFrom(2024, 2025, 2026),
    fc.constantFrom('401k', '403b', '457b', 'other'),
  ])(
    'every figure stays within its limit (415(c), 402(g) or 457(b); 401(a)(17)), and the non-elective is cut to zero before the match loses a cent',
    (match, deferralPercent, nonElectivePercent, cents, year, kind) => {
      const limits = irsLimitsFor(year) ?? limits2026;
      const retirement = plan({ plan: kind, match, employeeContributionPercent: Math.min(deferralPercent, 100), nonElectivePercent });
      const result = contributionsOf(retirement, basePay(new Decimal(cents).div(100).toString()), limits);
      const total = result.deferral.plus(result.match).plus(result.nonElective);
      const [deferralLimit, additionsLimit] =
        kind === '457b' ? [limits.deferredCompensationLimit, limits.deferredCompensationLimit] : [limits.electiveDeferralLimit, limits.annualAdditionsLimit];
      expect(total.lessThanOrEqualTo(additionsLimit)).toBe(true);
      expect(result.deferral.lessThanOrEqualTo(deferralLimit)).toBe(true);
      expect(result.countedPay.lessThanOrEqualTo(limits.compensationLimit)).toBe(true);
      expect(result.match.lessThanOrEqualTo(result.uncappedMatch)).toBe(true);
      expect(result.nonElective.lessThanOrEqualTo(result.uncappedNonElective)).toBe(true);
      // The match is cut only once the non-elective contribution is gone.
      if (result.match.lessThan(result.uncappedMatch)) expect(result.nonElective.isZero()).toBe(true);
      // Nothing is cut that fits: the room is used up, or nothing was cut.
      const cut = result.match.lessThan(result.uncappedMatch) || result.nonElective.lessThan(result.uncappedNonElective);
      if (cut) expect(total.equals(additionsLimit)).toBe(true);
    },
  );

  fcTest.prop([tiers, fc.integer({ min: 0, max: 3000 }), fc.integer({ min: 0, max: 3000 })])(
    'the match is the sum of each tier\'s rate on its slice, and grows with the deferral',
    (match, first, second) => {
      const retirement = plan({ plan: '401k', match });
      const pay = new Decimal(100000);
      const [low, high] = first <= second ? [first, second] : [second, first];
      const matchFor = (deferral: number) => tieredMatch(retirement.match, pay, new Decimal(deferral));
      expect(matchFor(high).greaterThanOrEqualTo(matchFor(low))).toBe(true);
      // Reference: walk the deferral dollar by dollar through the tiers (deferrals are whole dollars here).
      let expected = new Decimal(0);
      for (let dollar = 0; dollar < high; dollar += 1) {
        const tier = retirement.match.find((entry) => new Decimal(dollar).lessThan(pay.times(entry.upToPercentOfPay).div(100)));
        if (tier !== undefined) expected = expected.plus(tier.matchPercent.div(100));
      }
      expect(matchFor(high).toString()).toBe(expected.toString());
    },
  );

  fcTest.prop([fc.array(retirementPlan, { minLength: 1, maxLength: 3 }), fc.integer({ min: 0, max: 100_000_000 }), fc.constantFrom(2024, 2025, 2026)])(
    'across plans, deferrals never pass 402(g) (457(b) its own), nor employer money 415(c) (457(b) its own)',
    (inputs, cents, year) => {
      const limits = irsLimitsFor(year) ?? limits2026;
      const parsed = parseOffer({ label: 'R', pay: { type: 'salary', amount: 1 }, benefits: { retirement: inputs } }).benefits.retirement;
      const amount = new Decimal(cents).div(100);
      const results = retirementContributions(parsed, { base: amount, overtime: amount.div(10), bonuses: amount.div(20), differentials: amount.div(50) }, limits);
      const group = (test: (plan: string) => boolean) => results.filter((entry) => test(entry.plan.plan));
      const total = (entries: readonly PlanContributions[], figure: (entry: PlanContributions) => Decimal) => entries.reduce((sumSoFar, entry) => sumSoFar.plus(figure(entry)), new Decimal(0));
      const qualified = group((plan) => plan !== '457b' && plan !== 'pension');
      const deferred = group((plan) => plan === '457b');
      expect(total(qualified, (entry) => entry.deferral).lessThanOrEqualTo(limits.electiveDeferralLimit)).toBe(true);
      expect(total(deferred, (entry) => entry.deferral).lessThanOrEqualTo(limits.deferredCompensationLimit)).toBe(true);
      const additions = (entry: PlanContributions) => entry.deferral.plus(entry.match).plus(entry.nonElective);
      expect(total(qualified, additions).lessThanOrEqualTo(limits.annualAdditionsLimit)).toBe(true);
      expect(total(deferred, additions).lessThanOrEqualTo(limits.deferredCompensationLimit)).toBe(true);
      for (const entry of results) {
        expect(entry.countedPay.lessThanOrEqualTo(limits.compensationLimit)).toBe(true);
        expect(entry.pension.isZero() || entry.plan.plan === 'pension').toBe(true);
      }
      // Within a group, a match loses money only once every non-elective contribution is gone.
      for (const members of [qualified, deferred]) {
        if (members.some((entry) => entry.match.lessThan(entry.uncappedMatch))) {
          for (const entry of members) expect(entry.nonElective.isZero()).toBe(true);
        }
      }
    },
  );
});
