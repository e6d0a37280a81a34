import { describe, expect, test } from 'vitest';
import { bonusFigure, bonusLine, entersRegularRate, payoutPercent } from '../../src/engine/bonuses.js';
import { Decimal } from '../../src/decimal/decimal.js';
import { evaluateOffer, parseOffer, type BonusInput } from '../../src/index.js';
import { usd } from '../helpers.js';

function parsedBonus(bonus: BonusInput) {
  const [parsed] = parseOffer({ label: 'B', pay: { type: 'salary', amount: 60000 }, bonuses: [bonus] }).bonuses;
  if (parsed === undefined) throw new Error('no bonus');
  return parsed;
}

const base = new Decimal(60000);

describe('bonus figures (docs/semantics.md §6)', () => {
  test('a fixed target at its expected payout', () => {
    // T = 1,200; E = 1,200 × 80 % = 960
    const figure = bonusFigure(parsedBonus({ label: 'P', kind: 'productivity', amount: 1200, expectedPayoutPercent: 80 }), base, 'expected');
    expect([figure.target.toString(), figure.amount.toString()]).toEqual(['1200', '960']);
  });

  test('a percent of base follows the base', () => {
    // T = 60,000 × 7.5 % = 4,500
    const figure = bonusFigure(parsedBonus({ label: 'A', kind: 'performance', percentOfBase: '7.5' }), base, 'expected');
    expect(figure.amount.toString()).toBe('4500');
    expect(bonusFigure(figure.bonus, new Decimal(80000), 'expected').amount.toString()).toBe('6000');
  });

  test('payout range: low defaults to 0, high to the expected payout', () => {
    const bonus = parsedBonus({ label: 'P', kind: 'productivity', amount: 1000, expectedPayoutPercent: 90 });
    expect(['low', 'expected', 'high'].map((scenario) => payoutPercent(bonus, scenario as 'low').toString())).toEqual(['0', '90', '90']);
  });

  test('a guaranteed bonus pays 100 % at the low end by default', () => {
    const bonus = parsedBonus({ label: 'G', kind: 'retention', amount: 3000, guaranteed: true });
    expect(bonus.minPayoutPercent.toString()).toBe('100');
    expect(bonusFigure(bonus, base, 'low').amount.toString()).toBe('3000');
  });

  test('a one-time bonus pays its expected amount in every scenario', () => {
    const bonus = parsedBonus({ label: 'S', kind: 'signing', amount: 2000, minPayoutPercent: 0 });
    expect(bonus.oneTime).toBe(true);
    expect(bonusFigure(bonus, base, 'low').amount.toString()).toBe('2000');
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
    expect(bonusLine(bonusFigure(bonus, base, 'expected'), base, usd)).toMatchObject({
      component: 'bonus',
      label: 'Annual',
      category: 'variable-cash',
      recurring: true,
      explanation: '5% of $60,000.00 base = $3,000.00 target × 80% expected payout = $2,400.00.',
    });
    const signing = parsedBonus({ label: 'Sign-on', kind: 'signing', amount: 2000, guaranteed: true });
    expect(bonusLine(bonusFigure(signing, base, 'expected'), base, usd)).toMatchObject({
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
