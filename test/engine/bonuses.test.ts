import { fc, test as fcTest } from '@fast-check/vitest';
import { describe, expect, test } from 'vitest';
import { bonusFigure, bonusLine, entersRegularRate, payoutPercent } from '../../src/engine/bonuses.js';
import { Decimal } from '../../src/decimal/decimal.js';
import { evaluateOffer, parseOffer, type BonusInput } from '../../src/index.js';
import { lineOf, usd } from '../helpers.js';

function parsedBonus(bonus: BonusInput) {
  const [parsed] = parseOffer({ label: 'B', pay: { type: 'salary', amount: 60000 }, bonuses: [bonus] }).bonuses;
  if (parsed === undefined) throw new Error('no bonus');
  return parsed;
}

const base = new Decimal(60000);
/** The bases of a bonus at a base of `amount`, with no overtime or differential and 2,080 h worked. */
const at = (amount: Decimal) => ({ base: amount, earnings: amount, hoursWorked: new Decimal(2080) });
const bases = at(base);

describe('bonus figures (docs/semantics.md §6)', () => {
  test('a fixed target at its expected payout', () => {
    // T = 1,200; E = 1,200 × 80 % = 960
    const figure = bonusFigure(parsedBonus({ label: 'P', kind: 'productivity', amount: 1200, expectedPayoutPercent: 80 }), bases, 'expected');
    expect([figure.target.toString(), figure.amount.toString()]).toEqual(['1200', '960']);
  });

  test('a percent of base follows the base', () => {
    // T = 60,000 × 7.5 % = 4,500
    const figure = bonusFigure(parsedBonus({ label: 'A', kind: 'performance', percentOfBase: '7.5' }), bases, 'expected');
    expect(figure.amount.toString()).toBe('4500');
    expect(bonusFigure(figure.bonus, at(new Decimal(80000)), 'expected').amount.toString()).toBe('6000');
  });

  test('payout range: low defaults to 0, high to the expected payout', () => {
    const bonus = parsedBonus({ label: 'P', kind: 'productivity', amount: 1000, expectedPayoutPercent: 90 });
    expect(['low', 'expected', 'high'].map((scenario) => payoutPercent(bonus, scenario as 'low').toString())).toEqual(['0', '90', '90']);
  });

  test('a guaranteed bonus pays 100 % at the low end by default', () => {
    const bonus = parsedBonus({ label: 'G', kind: 'retention', amount: 3000, guaranteed: true });
    expect(bonus.minPayoutPercent.toString()).toBe('100');
    expect(bonusFigure(bonus, bases, 'low').amount.toString()).toBe('3000');
  });

  test('a one-time bonus pays its expected amount in every scenario', () => {
    const bonus = parsedBonus({ label: 'S', kind: 'signing', amount: 2000, minPayoutPercent: 0 });
    expect(bonus.oneTime).toBe(true);
    expect(bonusFigure(bonus, bases, 'low').amount.toString()).toBe('2000');
  });

  test('signing and relocation are one-time by default; others recur unless told', () => {
    expect(parsedBonus({ label: 'R', kind: 'relocation', amount: 1 }).oneTime).toBe(true);
    expect(parsedBonus({ label: 'S', kind: 'signing', amount: 1, oneTime: false }).oneTime).toBe(false);
    expect(parsedBonus({ label: 'T', kind: 'team', amount: 1 }).oneTime).toBe(false);
    expect(parsedBonus({ label: 'Ref', kind: 'referral', amount: 1, oneTime: true }).oneTime).toBe(true);
  });

  test('which bonuses enter the FLSA regular rate', () => {
    expect(entersRegularRate(parsedBonus({ label: 'A', kind: 'accuracy', amount: 1 }))).toBe(true);
    expect(entersRegularRate(parsedBonus({ label: 'D', kind: 'other', amount: 1, discretionary: true }))).toBe(false);
    expect(entersRegularRate(parsedBonus({ label: 'P', kind: 'profit-sharing', amount: 1 }))).toBe(false);
    expect(entersRegularRate(parsedBonus({ label: 'S', kind: 'signing', amount: 1 }))).toBe(false);
  });
});

describe('bonus lines', () => {
  test('explain target and payout', () => {
    const bonus = parsedBonus({ label: 'Annual', kind: 'performance', percentOfBase: 5, expectedPayoutPercent: 80 });
    expect(bonusLine(bonusFigure(bonus, bases, 'expected'), usd)).toMatchObject({
      component: 'bonus',
      label: 'Annual',
      category: 'variable-cash',
      recurring: true,
      explanation: '5% of $60,000.00 base = $3,000.00 target × 80% expected payout = $2,400.00.',
    });
    const signing = parsedBonus({ label: 'Sign-on', kind: 'signing', amount: 2000, guaranteed: true });
    expect(bonusLine(bonusFigure(signing, bases, 'expected'), usd)).toMatchObject({
      category: 'guaranteed-cash',
      recurring: false,
      explanation: '$2,000.00 target; guaranteed, paid once, in the first year only.',
    });
  });

  test('a sign-on bonus counts in firstYear and in no recurring total', () => {
    const evaluation = evaluateOffer({
      label: 'S',
      pay: { type: 'salary', amount: 50000 },
      bonuses: [{ label: 'Sign-on', kind: 'signing', amount: 2500, guaranteed: true }],
    });
    const { totals } = evaluation;
    expect(totals.guaranteedCash.toString()).toBe('50000');
    expect(totals.annual.toString()).toBe('50000');
    expect(totals.low.toString()).toBe('50000');
    expect(totals.high.toString()).toBe('50000');
    expect(totals.firstYear.toString()).toBe('52500');
  });
});

describe('bonus forms (docs/semantics.md §6)', () => {
  test('an amount a quarter or a month', () => {
    // $500 a quarter × 4 = $2,000; $150 a month × 12 = $1,800
    const quarterly = evaluateOffer({ label: 'Q', pay: { type: 'salary', amount: 60000 }, bonuses: [{ label: 'Quality', kind: 'accuracy', amount: 500, per: 'quarter' }] });
    expect(quarterly.lines[1]?.amount.toString()).toBe('2000');
    expect(quarterly.lines[1]?.explanation).toBe('$500.00 a quarter × 4 = $2,000.00 target.');
    const monthly = evaluateOffer({ label: 'M', pay: { type: 'salary', amount: 60000 }, bonuses: [{ label: 'Monthly', kind: 'productivity', amount: 150, per: 'month' }] });
    expect(monthly.lines[1]?.amount.toString()).toBe('1800');
    expect(() => evaluateOffer({ label: 'X', pay: { type: 'salary', amount: 1 }, bonuses: [{ label: 'P', kind: 'team', percentOfBase: 1, per: 'month' }] })).toThrow(
      'bonuses[0].per: can only be given with amount',
    );
  });

  test('a percentage of all earnings includes overtime and differentials and stays out of the regular rate (29 CFR 778.210)', () => {
    // $25 at 45 h: base 58,500 + overtime 3,250 + differential 1 × 10 × 52 = 520 → 62,270 × 5 % = 3,113.50.
    const evaluation = evaluateOffer({
      label: 'E',
      pay: { type: 'hourly', rate: 25, hoursPerWeek: 45, differentials: [{ label: 'Evening', kind: 'shift', amountPerHour: 1, hoursPerWeek: 10 }] },
      bonuses: [{ label: 'Share', kind: 'performance', percentOfEarnings: 5 }],
    });
    expect(lineOf(evaluation.lines, 'bonus')?.amount.toString()).toBe('3113.5');
    expect(lineOf(evaluation.lines, 'bonus')?.explanation).toBe('5% of $62,270.00 earnings (base, overtime and differentials) = $3,113.50 target.');
    expect(lineOf(evaluation.lines, 'overtime-on-bonuses')).toBeUndefined();
  });

  test('production pay by the chart above a quota, in tiers, over productive hours (29 CFR 778.111)', () => {
    // 3.2 charts an hour: 1.50 × (3.0 − 2.5) + 2.00 × (3.2 − 3.0) = 1.15 an hour; 2,080 h × 85 % = 1,768 productive h;
    // T = 1.15 × 1,768 = 2,033.20; 90 % accuracy gate → E = 1,829.88.
    const evaluation = evaluateOffer({
      label: 'Production',
      pay: { type: 'hourly', rate: 22 },
      bonuses: [
        {
          label: 'Per chart',
          kind: 'productivity',
          expectedPayoutPercent: 90,
          perUnit: { unit: 'chart', unitsPerHour: 3.2, productivePercent: 85, tiers: [{ fromUnitsPerHour: 2.5, ratePerUnit: 1.5 }, { fromUnitsPerHour: 3, ratePerUnit: 2 }] },
        },
      ],
    });
    const line = lineOf(evaluation.lines, 'bonus');
    expect(line?.amount.toString()).toBe('1829.88');
    expect(line?.explanation).toBe(
      '3.2 charts an hour ($1.50 a chart from 2.5, $2.00 a chart from 3 an hour) = $1.15 an hour × 1,768 productive h = $2,033.20 target × 90% expected payout = $1,829.88.',
    );
    // Below the quota nothing is paid.
    const slow = evaluateOffer({
      label: 'Slow',
      pay: { type: 'hourly', rate: 22 },
      bonuses: [{ label: 'Per chart', kind: 'productivity', perUnit: { unit: 'chart', unitsPerHour: 2, tiers: [{ fromUnitsPerHour: 2.5, ratePerUnit: 1.5 }] } }],
    });
    expect(lineOf(slow.lines, 'bonus')?.amount.toString()).toBe('0');
  });

  test('production pay enters the regular rate: overtime hours earn a premium on it', () => {
    // 4 h/week for 52 weeks: O15 = 208, HW = 2,288; 1 chart an hour above a quota of 0 at $1: 2,288 h → T = 2,288;
    // premium 2,288 × 0.5 × 208 / 2,288 = 104.
    const evaluation = evaluateOffer({
      label: 'OT',
      pay: { type: 'hourly', rate: 20 },
      overtime: { hoursPerWeek: 4 },
      bonuses: [{ label: 'Per chart', kind: 'productivity', perUnit: { unit: 'chart', unitsPerHour: 1, tiers: [{ fromUnitsPerHour: 0, ratePerUnit: 1 }] } }],
    });
    expect(lineOf(evaluation.lines, 'bonus')?.amount.toString()).toBe('2288');
    expect(lineOf(evaluation.lines, 'overtime-on-bonuses')?.amount.toString()).toBe('104');
  });

  test('tiers must rise', () => {
    expect(() =>
      evaluateOffer({
        label: 'X',
        pay: { type: 'hourly', rate: 20 },
        bonuses: [{ label: 'P', kind: 'productivity', perUnit: { unit: 'chart', unitsPerHour: 3, tiers: [{ fromUnitsPerHour: 3, ratePerUnit: 1 }, { fromUnitsPerHour: 3, ratePerUnit: 2 }] } }],
      }),
    ).toThrow('bonuses[0].perUnit.tiers[1].fromUnitsPerHour: must be greater than the tier before (3), got 3');
  });

  const production = fc.record({
    quota: fc.integer({ min: 0, max: 50 }).map((tenths) => tenths / 10),
    rate: fc.integer({ min: 1, max: 500 }).map((cents) => cents / 100),
    units: fc.integer({ min: 0, max: 80 }).map((tenths) => tenths / 10),
    more: fc.integer({ min: 0, max: 30 }).map((tenths) => tenths / 10),
    productive: fc.integer({ min: 0, max: 100 }),
  });
  const perChart = (units: number, tiers: { fromUnitsPerHour: number; ratePerUnit: number }[], productive: number) =>
    evaluateOffer({
      label: 'P',
      pay: { type: 'hourly', rate: 20 },
      bonuses: [{ label: 'Per chart', kind: 'productivity', perUnit: { unit: 'chart', unitsPerHour: units, productivePercent: productive, tiers } }],
    });

  fcTest.prop([production])('one tier equals its flat rate on the units above the quota', ({ quota, rate, units, productive }) => {
    const bonus = lineOf(perChart(units, [{ fromUnitsPerHour: quota, ratePerUnit: rate }], productive).lines, 'bonus')?.amount;
    const expected = new Decimal(Math.max(0, units - quota).toFixed(1)).times(rate).times(2080).times(productive).div(100);
    expect(bonus?.toString()).toBe(expected.toString());
  });

  fcTest.prop([production])('more units never lower pay', ({ quota, rate, units, more, productive }) => {
    const tiers = [{ fromUnitsPerHour: quota, ratePerUnit: rate }, { fromUnitsPerHour: quota + 1, ratePerUnit: rate * 2 }];
    const pay = (count: number) => perChart(count, tiers, productive).totals.annual;
    expect(pay(units + more).greaterThanOrEqualTo(pay(units))).toBe(true);
  });
});
