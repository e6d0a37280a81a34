import { fc, test as fcTest } from '@fast-check/vitest';
import { Decimal as GlobalDecimal } from 'decimal.js';
import { describe, expect, test } from 'vitest';
import {
  compareOffers,
  Decimal,
  evaluateOffer,
  IRS_LIMITS,
  projectOffer,
  regionalPriceParity,
  OfferValidationError,
  parseOffer,
  evaluationToJSON,
  type OfferEvaluation,
  type OfferInput,
} from '../../src/index.js';
import { offerInput } from '../arbitraries.js';
import { STATE_MEAN_WAGES_MAY_2023, WAGE_DISTRIBUTIONS } from '../../src/market.js';
import { isFrozenDecimal, reachableDecimals, unfrozenPaths } from '../helpers.js';
import {
  highEarner,
  hospitalCoder,
  hourlyBiller,
  partTime,
  remoteCpc,
  salariedCpc,
} from '../fixtures/seed-offers.js';

/** Each line as "component label = exact amount", in order. */
function lineAmounts(evaluation: OfferEvaluation): string[] {
  return evaluation.lines.map((entry) => `${entry.component} ${entry.label} = ${entry.amount.toString()}`);
}

describe('worked examples from the seeds (every figure computed by hand)', () => {
  test('hourly biller with overtime and a productivity bonus (docs/semantics.md §2–§7, §13)', () => {
    const evaluation = evaluateOffer(hourlyBiller);
    // Base: $23.45 × 40 h × 52 weeks = $48,776.00; R = $23.45.
    // Hours: Hs = 40 × 52 = 2,080; Hoff = (10 + 5 + 6) days × 40 / 5 = 168; Ww = 2,080/40 − 168/40 = 47.8.
    // Overtime: O = 4 h × 47 weeks (stated) = 188 h; 188 × $23.45 × 1.5 = 188 × $35.175 = $6,612.90.
    // Bonus: E = $1,200 × 80 % = $960.
    // Overtime on bonuses: $960 × 0.5 × 188 / (2,080 − 168 + 188) = $90,240 / 2,100 = $42.971428…
    expect(lineAmounts(evaluation)).toEqual([
      'base Base pay = 48776',
      'overtime Overtime = 6612.9',
      'overtime-on-bonuses Overtime on bonuses = 42.97142857142857142857142857142857142857',
      'bonus Productivity = 960',
    ]);
    const { totals } = evaluation;
    expect(totals.guaranteedCash.toString()).toBe('48776');
    // 6,612.90 + 42.971428… + 960 = 7,615.871428…
    expect(totals.variableCash.toFixed(6)).toBe('7615.871429');
    // 48,776 + 7,615.871428… = 56,391.871428…
    expect(totals.annual.toFixed(6)).toBe('56391.871429');
    expect(totals.firstYear.equals(totals.annual)).toBe(true);
    // hoursWorked = 2,080 − 168 + 188 = 2,100; effective = 56,391.871428… / 2,100 = 26.853272…
    expect(totals.hoursWorked.toString()).toBe('2100');
    expect(totals.effectiveHourly.toFixed(6)).toBe('26.853272');
    // Low: bonus at 0 % and overtime at 0 h/week: only the base, $48,776.
    expect(totals.low.toString()).toBe('48776');
    // High: bonus at 125 % = $1,500; overtime 8 h × 47 = 376 h × $35.175 = $13,225.80;
    // overtime on bonuses $1,500 × 0.5 × 376 / (1,912 + 376) = $282,000 / 2,288 = $123.2517…;
    // 48,776 + 13,225.80 + 1,500 + 123.2517… = $63,625.0517…
    expect(totals.high.toFixed(4)).toBe('63625.0517');
    expect(totals.adjusted).toBeNull();
    // Paid time off: 168 h × $23.45 = $3,939.60, shown but never added.
    expect(evaluation.paidTimeOff.value.toString()).toBe('3939.6');
    expect(evaluationToJSON(evaluation).totals).toEqual({
      guaranteedCash: '48776.00',
      variableCash: '7615.87',
      benefits: '0.00',
      costs: '0.00',
      annual: '56391.87',
      firstYear: '56391.87',
      adjusted: null,
      low: '48776.00',
      high: '63625.05',
      hoursWorked: '2100.00',
      effectiveHourly: '26.85',
    });
  });

  test('salaried CPC with a tiered 401(k) match and a CEU stipend (docs/semantics.md §6, §9, §10)', () => {
    const evaluation = evaluateOffer(salariedCpc);
    // Base $64,712; bonus 3 % × $64,712 = $1,941.36.
    // Match: P = $64,712, deferral defaults to the last tier, 5 % = $3,235.60.
    //   tier 1: 100 % × min(3,235.60, 3 % × P = 1,941.36) = $1,941.36
    //   tier 2:  50 % × (3,235.60 − 1,941.36) = 50 % × 1,294.24 = $647.12   → match $2,588.48 (4 % of pay).
    // Education: $500 + $400 at 100 % use.
    expect(lineAmounts(evaluation)).toEqual([
      'base Base salary = 64712',
      'bonus Annual performance = 1941.36',
      'retirement-match 401(k) match = 2588.48',
      'education CEU stipend = 500',
      'education Certification fees covered = 400',
    ]);
    const { totals } = evaluation;
    // 64,712 + 1,941.36 + 2,588.48 + 900 = 70,141.84
    expect(totals.annual.toString()).toBe('70141.84');
    expect(totals.benefits.toString()).toBe('3488.48');
    // Low: bonus at 0 %, match on base only is unchanged: 64,712 + 2,588.48 + 900 = 68,200.48
    expect(totals.low.toString()).toBe('68200.48');
    expect(totals.high.toString()).toBe('70141.84');
    // Hoff = 28 days × 8 h = 224; hoursWorked = 2,080 − 224 = 1,856; 70,141.84 / 1,856 = 37.7919…
    expect(totals.hoursWorked.toString()).toBe('1856');
    expect(totals.effectiveHourly.toFixed(4)).toBe('37.7919');
    // R = 64,712 / 2,080 = 31.1115…; paid time off 224 × R = 6,968.9846…
    expect(evaluation.regularRate.toFixed(4)).toBe('31.1115');
    expect(evaluation.paidTimeOff.value.toFixed(2)).toBe('6968.98');
  });

  test('hospital inpatient coder with a 403(b), premiums, a commute and a sign-on bonus (docs/semantics.md §8, §9, §11, §12)', () => {
    const evaluation = evaluateOffer(hospitalCoder);
    // Match: 50 % × min(6 % deferral = 4,080, 6 % × 68,000 = 4,080) = $2,040. Non-elective 2 % × 68,000 = $1,360.
    // Education: $229 × 50 % expected use = $114.50.
    // Ww = (2,080 − 224) / 40 = 46.4; commute 5 days × $12 × 46.4 = $2,784.
    expect(lineAmounts(evaluation)).toEqual([
      'base Base salary = 68000',
      'bonus Sign-on = 2000',
      'insurance Medical insurance = 7200',
      'employee-premium Medical insurance premium = 1800',
      'insurance Dental insurance = 400',
      'retirement-match 403(b) match = 2040',
      'retirement-nonelective 403(b) employer contribution = 1360',
      'education Certification fees covered = 114.5',
      'other-benefit HSA employer seed = 500',
      'commute Commute = 2784',
      'cost Parking permit = 600',
    ]);
    const { totals } = evaluation;
    // benefits = 7,200 + 400 + 2,040 + 1,360 + 114.50 + 500 = 11,614.50
    expect(totals.benefits.toString()).toBe('11614.5');
    // costs = 1,800 + 2,784 + 600 = 5,184
    expect(totals.costs.toString()).toBe('5184');
    // annual = 68,000 + 11,614.50 − 5,184 = 74,430.50; the sign-on bonus is in firstYear only.
    expect(totals.annual.toString()).toBe('74430.5');
    expect(totals.firstYear.toString()).toBe('76430.5');
    expect(totals.guaranteedCash.toString()).toBe('68000');
    expect(totals.variableCash.toString()).toBe('0');
    // adjusted = 74,430.50 × 100 / 108.805 (BEA 2024, New Jersey) = 68,407.2423…
    expect(totals.adjusted?.toFixed(4)).toBe('68407.2423');
    // effective hourly = 74,430.50 / 1,856 = 40.1026…
    expect(totals.effectiveHourly.toFixed(4)).toBe('40.1026');
    expect(evaluationToJSON(evaluation).id).toBe('mercy-ccs');
  });

  test('remote CPC with a location pay cut, normalised for Oklahoma prices (docs/semantics.md §2, §3, §14)', () => {
    const evaluation = evaluateOffer(remoteCpc);
    // B = 64,712 × (1 − 10 %) = $58,240.80; R = 58,240.80 / 2,080 = 28.0003846…
    // Accuracy bonus 5 % of the adjusted base: $2,912.04.
    // Match on base + bonuses: P = 61,152.84; deferral 4 % = 2,446.1136; match 100 % of it = $2,446.1136.
    expect(lineAmounts(evaluation)).toEqual([
      'base Base salary = 58240.8',
      'bonus Accuracy = 2912.04',
      'retirement-match 401(k) match = 2446.1136',
    ]);
    expect(evaluation.regularRate.toFixed(7)).toBe('28.0003846');
    // annual = 58,240.80 + 2,912.04 + 2,446.1136 = 63,598.9536
    expect(evaluation.totals.annual.toString()).toBe('63598.9536');
    // adjusted = 63,598.9536 × 100 / 87.843 (BEA 2024, Oklahoma) = 72,400.7076…
    expect(evaluation.totals.adjusted?.toFixed(4)).toBe('72400.7076');
    expect(evaluation.lines[0]?.explanation).toBe(
      '$64,712.00 a year × (1 − 10%) location pay adjustment = $58,240.80.',
    );
    // Reference area New Jersey instead of the US: 63,598.9536 × 108.805 / 87.843 = 78,775.5899…
    const inNewJersey = evaluateOffer(remoteCpc, { referenceIndex: 108.805 });
    expect(inNewJersey.totals.adjusted?.toFixed(2)).toBe('78775.59');
  });

  test('high earner: the 401(a)(17), 402(g) and 415(c) limits bind (docs/semantics.md §9)', () => {
    const evaluation = evaluateOffer(highEarner);
    // 2026: eligible 400,000 + 25 % bonus 100,000 = 500,000 → capped at 401(a)(17) $360,000.
    // Deferral min(10 % × 360,000 = 36,000, 402(g) 24,500) = $24,500.
    // Match 100 % × min(24,500, 6 % × 360,000 = 21,600) = $21,600. Non-elective 10 % × 360,000 = $36,000.
    // 415(c): room = 72,000 − 24,500 = 47,500; the excess comes out of the non-elective first:
    // match keeps 21,600; non-elective cut to 47,500 − 21,600 = $25,900.
    expect(lineAmounts(evaluation)).toEqual([
      'base Base salary = 400000',
      'bonus Annual incentive = 100000',
      'retirement-match 401(k) match = 21600',
      'retirement-nonelective 401(k) employer contribution = 25900',
    ]);
    // 400,000 + 100,000 + 21,600 + 25,900 = 547,500
    expect(evaluation.totals.annual.toString()).toBe('547500');
    // Low: no bonus, eligible 400,000 is still above 360,000, so the same $47,500: 447,500.
    expect(evaluation.totals.low.toString()).toBe('447500');
    expect(evaluation.lines[2]?.explanation).toContain('capped at the 2026 401(a)(17) limit of $360,000.00');
    expect(evaluation.lines[2]?.explanation).toContain('capped at the 2026 402(g) limit of $24,500.00');
    expect(evaluation.lines[2]?.explanation).not.toContain('cut to');
    expect(evaluation.lines[3]?.explanation).toContain(
      '= $36,000.00, paid whether or not you contribute; cut to $25,900.00 so that deferral plus employer money stays within the 2026 415(c) limit of $72,000.00 (the non-elective contribution is cut first, then the match).',
    );
    // 2024: P 345,000; deferral 23,000; match min(23,000, 20,700) = 20,700; non-elective 34,500;
    // room 69,000 − 23,000 = 46,000 → non-elective 25,300; annual 400,000 + 100,000 + 46,000 = 546,000.
    expect(evaluateOffer(highEarner, { planYear: 2024 }).totals.annual.toString()).toBe('546000');
    // 2025: room 70,000 − 23,500 = 46,500 → annual 546,500.
    expect(evaluateOffer(highEarner, { planYear: 2025 }).totals.annual.toString()).toBe('546500');
  });

  test('part-time job with nothing but pay', () => {
    const evaluation = evaluateOffer(partTime);
    // $18.50 × 20 h × 50 paid weeks = $18,500; 1,000 h worked; $18.50 an hour.
    expect(lineAmounts(evaluation)).toEqual(['base Base pay = 18500']);
    const { totals } = evaluation;
    for (const total of [totals.guaranteedCash, totals.annual, totals.firstYear, totals.low, totals.high]) {
      expect(total.toString()).toBe('18500');
    }
    expect(totals.hoursWorked.toString()).toBe('1000');
    expect(totals.effectiveHourly.toString()).toBe('18.5');
    expect(evaluation.paidTimeOff.value.toString()).toBe('0');
  });
});

describe('evaluateOffer', () => {
  test('refuses bad options with a path under options', () => {
    expect(() => evaluateOffer(partTime, { planYear: 2019 })).toThrow(OfferValidationError);
    try {
      evaluateOffer(partTime, { planYear: 2019, referenceIndex: 0 });
    } catch (error) {
      expect((error as OfferValidationError).issues).toEqual([
        { path: 'options.planYear', message: 'must be a year of the IRS limits table (2024, 2025, 2026), got 2019' },
        { path: 'options.referenceIndex', message: 'must be at least 1, got 0' },
      ]);
    }
  });

  test('an invalid offer throws before anything is computed', () => {
    expect(() => evaluateOffer({ label: 'x', pay: { type: 'hourly', rate: 'ten' } })).toThrow(
      /pay\.rate: must be a number or a decimal string, got "ten"/,
    );
  });

  test('results never depend on today\'s date: the default plan year is fixed in the release', () => {
    const realNow = Date.now;
    try {
      Date.now = () => Date.UTC(2031, 0, 1);
      expect(evaluateOffer(highEarner).irsLimits.year).toBe(2026);
    } finally {
      Date.now = realNow;
    }
  });
});

describe('properties of evaluateOffer', () => {
  /** Every Decimal reachable from a value. */
  function decimals(value: unknown, found: Decimal[] = []): Decimal[] {
    if (value instanceof Decimal) found.push(value);
    else if (typeof value === 'object' && value !== null) for (const inner of Object.values(value)) decimals(inner, found);
    return found;
  }

  fcTest.prop([offerInput], { numRuns: 300 })('no figure is ever NaN or infinite, and every line is explained', (input) => {
    const evaluation = evaluateOffer(input);
    const figures = decimals(evaluation);
    expect(figures.length).toBeGreaterThan(10);
    for (const figure of figures) expect(figure.isFinite()).toBe(true);
    for (const entry of evaluation.lines) {
      expect(entry.amount.isNegative()).toBe(false);
      expect(entry.explanation).toMatch(/^\S.*\.\)?$/);
      expect(entry.explanation).not.toMatch(/NaN|undefined|Infinity|null/);
    }
  });

  fcTest.prop([offerInput], { numRuns: 200 })('low ≤ annual ≤ high', (input) => {
    const { totals } = evaluateOffer(input);
    expect(totals.low.lessThanOrEqualTo(totals.annual)).toBe(true);
    expect(totals.annual.lessThanOrEqualTo(totals.high)).toBe(true);
  });

  fcTest.prop([offerInput], { numRuns: 300 })(
    'low and high are the annual total of the same offer rewritten with every recurring bonus and overtime at that end of its range',
    (input) => {
      // The rewritten offer is evaluated from scratch, so this also catches a line that the
      // low and high passes reuse from the expected pass but should have computed again.
      const { totals, offer } = evaluateOffer(input);
      for (const scenario of ['low', 'high'] as const) {
        const end = (low: GlobalDecimal | Decimal, high: GlobalDecimal | Decimal) => (scenario === 'low' ? low : high).toString();
        const rewritten: OfferInput = {
          ...input,
          bonuses: offer.bonuses.map((bonus, index) => ({
            ...input.bonuses?.[index],
            label: bonus.label,
            kind: bonus.kind,
            oneTime: bonus.oneTime,
            minPayoutPercent: bonus.minPayoutPercent.toString(),
            maxPayoutPercent: bonus.maxPayoutPercent.toString(),
            expectedPayoutPercent: bonus.oneTime
              ? bonus.expectedPayoutPercent.toString()
              : end(bonus.minPayoutPercent, bonus.maxPayoutPercent),
          })),
          ...(input.overtime?.hoursPerWeek === undefined
            ? {}
            : {
                overtime: {
                  ...input.overtime,
                  hoursPerWeek: Number(end(offer.overtime?.minHoursPerWeek ?? offer.overtime!.hoursPerWeek!, offer.overtime?.maxHoursPerWeek ?? offer.overtime!.hoursPerWeek!)),
                },
              }),
        };
        expect(evaluateOffer(rewritten).totals.annual.toString()).toBe(totals[scenario].toString());
      }
    },
  );

  fcTest.prop([offerInput, fc.integer({ min: 1, max: 5_000_000 })], { numRuns: 200 })(
    'more base never lowers the total',
    (input, extraCents) => {
      const raised: OfferInput =
        input.pay.type === 'salary'
          ? { ...input, pay: { ...input.pay, amount: new Decimal(input.pay.amount).plus(new Decimal(extraCents).div(100)).toString() } }
          : { ...input, pay: { ...input.pay, rate: new Decimal(input.pay.rate).plus(new Decimal(extraCents).div(10_000)).toString() } };
      const before = evaluateOffer(input).totals;
      const after = evaluateOffer(raised).totals;
      for (const key of ['annual', 'firstYear', 'low', 'high', 'guaranteedCash'] as const) {
        expect(after[key].greaterThanOrEqualTo(before[key])).toBe(true);
      }
      expect(after.guaranteedCash.greaterThan(before.guaranteedCash)).toBe(true);
    },
  );

  fcTest.prop([offerInput, fc.constantFrom('other-benefit', 'cost', 'bonus', 'insurance')], { numRuns: 200 })(
    'adding a zero-valued item changes no total and no line but its own $0 line',
    (input, kind) => {
      const benefits = input.benefits ?? {};
      const costs = input.costs ?? {};
      const withZero: OfferInput =
        kind === 'other-benefit'
          ? { ...input, benefits: { ...benefits, other: [...(benefits.other ?? []), { label: 'Nothing', annualValue: 0 }] } }
          : kind === 'cost'
            ? { ...input, costs: { ...costs, other: [...(costs.other ?? []), { label: 'Nothing', annualAmount: '0' }] } }
            : kind === 'bonus'
              ? { ...input, bonuses: [...(input.bonuses ?? []), { label: 'Nothing', kind: 'team', amount: 0 }] }
              : { ...input, benefits: { ...benefits, insurance: [...(benefits.insurance ?? []), { kind: 'vision', employerPaid: 0 }] } };
      const before = evaluateOffer(input);
      const after = evaluateOffer(withZero);
      for (const key of Object.keys(before.totals) as (keyof typeof before.totals)[]) {
        expect(String(after.totals[key])).toBe(String(before.totals[key]));
      }
      // The lines are the same but for at most one more, the item's own, at $0 (a $0 insurance
      // writes none) — no premium line, no warning.
      const shown = (lines: readonly { component: string; label: string; amount: Decimal }[]) => lines.map((entry) => `${entry.component} ${entry.label} ${entry.amount.toString()}`);
      const [was, is] = [shown(before.lines), shown(after.lines)];
      const added = is.findIndex((entry, index) => entry !== was[index]);
      expect(is.length - was.length).toBe(added === -1 ? 0 : 1);
      if (added !== -1) {
        expect(is[added]).toMatch(/ 0$/);
        expect([...is.slice(0, added), ...is.slice(added + 1)]).toEqual(was);
      }
      expect(after.warnings).toEqual(before.warnings);
    },
  );

  fcTest.prop([offerInput], { numRuns: 150 })('the input is never changed, even when deeply frozen', (input) => {
    const copy = structuredClone(input);
    const frozen = deepFreezeInput(structuredClone(input));
    evaluateOffer(input);
    evaluateOffer(frozen);
    expect(input).toEqual(copy);
  });

  fcTest.prop([offerInput], { numRuns: 150 })('results are frozen throughout', (input) => {
    const evaluation = evaluateOffer(input);
    expect(unfrozenPaths(evaluation)).toEqual([]);
    expect(evaluation.lines.every((entry) => Object.isFrozen(entry))).toBe(true);
  });

  fcTest.prop([offerInput], { numRuns: 150 })('effective hourly × hours worked = annual, and adjusted × index / reference = annual', (input) => {
    const { totals } = evaluateOffer(input);
    expect(totals.effectiveHourly.times(totals.hoursWorked).minus(totals.annual).abs().lessThan('1e-30')).toBe(true);
    const costIndex = parseOffer(input).location.costIndex;
    if (costIndex === null) expect(totals.adjusted).toBeNull();
    else expect(totals.adjusted?.times(costIndex).div(100).minus(totals.annual).abs().lessThan('1e-30')).toBe(true);
  });

  fcTest.prop([offerInput], { numRuns: 100 })('the global decimal.js configuration changes no figure', (input) => {
    const before = JSON.stringify(evaluationToJSON(evaluateOffer(input)));
    const saved = { precision: GlobalDecimal.precision, rounding: GlobalDecimal.rounding };
    try {
      GlobalDecimal.set({ precision: 3, rounding: GlobalDecimal.ROUND_DOWN });
      expect(JSON.stringify(evaluationToJSON(evaluateOffer(input)))).toBe(before);
    } finally {
      GlobalDecimal.set(saved);
    }
  });
});

function deepFreezeInput<T>(value: T): T {
  if (typeof value === 'object' && value !== null) {
    for (const inner of Object.values(value)) deepFreezeInput(inner);
    Object.freeze(value);
  }
  return value;
}

describe('decimals shared between results (issue 19, item 13)', () => {
  /** Every decimal that two evaluations, a comparison and a projection hold in common. */
  const sharedBetween = (first: OfferInput, second: OfferInput) => {
    const one = reachableDecimals(evaluateOffer(first));
    const other = reachableDecimals([evaluateOffer(second), compareOffers([first, second]), projectOffer(second, { years: 2 })]);
    return [...one].filter((value) => other.has(value));
  };

  test('are frozen: changing one through a result changes no later result', () => {
    const bare: OfferInput = { label: 'A', pay: { type: 'salary', amount: 50000 } };
    const zeros = evaluateOffer(bare);
    // No cost: the total of costs is the library's zero, which every empty sum starts from.
    try {
      zeros.totals.costs.d[0] = 5;
    } catch {
      // A frozen decimal throws in strict mode.
    }
    expect(evaluateOffer(bare).totals.costs.toString()).toBe('0');
    expect(evaluateOffer(hospitalCoder).totals.costs.isZero()).toBe(false);
    expect(evaluateOffer({ ...bare, label: 'B' }).totals.annual.toString()).toBe('50000');
  });

  fcTest.prop([offerInput, offerInput], { numRuns: 50 })('any decimal two results share is frozen', (first, second) => {
    for (const value of sharedBetween(first, { ...second, id: 'second' })) expect(isFrozenDecimal(value)).toBe(true);
  });

  test('the reference tables hand out frozen decimals', () => {
    const tables = [IRS_LIMITS, regionalPriceParity('US-NJ'), WAGE_DISTRIBUTIONS, [...STATE_MEAN_WAGES_MAY_2023.values()]];
    for (const value of reachableDecimals(tables)) expect(isFrozenDecimal(value)).toBe(true);
  });
});
