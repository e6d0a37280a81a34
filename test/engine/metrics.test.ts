import { fc, test as fcTest } from '@fast-check/vitest';
import { expect, test, vi } from 'vitest';
import { annualBase } from '../../src/engine/base-pay.js';
import { resolveOptions } from '../../src/api/evaluation-options.js';
import { evaluationContext } from '../../src/engine/context.js';
import { evaluateContext, evaluateParsedOffer } from '../../src/engine/evaluation.js';
import { line } from '../../src/engine/line.js';
import { METRICS, type OfferInput, parseOffer, projectOffer } from '../../src/index.js';
import { metricAt } from '../../src/engine/metrics.js';
import { projectContext } from '../../src/engine/projection.js';
import { resolveProjectionOptions } from '../../src/api/project.js';
import { offerInput, projectedOfferInput } from '../arbitraries.js';

// Lines counted: the horizon metric needs a year's total, not its lines.
vi.mock('../../src/engine/line.js', async (importOriginal) => {
  const original = await importOriginal<typeof import('../../src/engine/line.js')>();
  return { ...original, line: vi.fn(original.line) };
});

fcTest.prop([offerInput], { numRuns: 100 })('at the offer\'s own base, every metric is the evaluation\'s figure', (input) => {
  const offer = parseOffer(input);
  const options = resolveOptions({});
  const context = evaluationContext(offer, options);
  const { totals } = evaluateParsedOffer(offer, options);
  const base = annualBase(offer);
  // Comparisons evaluate the context they already hold: the same evaluation.
  expect(evaluateContext(context, base).totals).toEqual(totals);
  const projection = resolveProjectionOptions({ years: 3 });
  for (const metric of METRICS) {
    const value = metricAt(metric, context, base, projection);
    if (metric === 'horizon') expect(value?.equals(projectOffer(input, { years: 3 }).total)).toBe(true);
    else expect(String(value)).toBe(String(totals[metric]));
  }
});

// Offers with waits reaching into year 2, clawbacks, several plans, an HSA and HRA, union dues,
// differentials and steps by month; bases other than the offer's own, as break-even searches try.
fcTest.prop(
  [
    projectedOfferInput,
    fc.integer({ min: 1, max: 8 }),
    fc.option(fc.integer({ min: 1, max: 8 }), { nil: undefined }),
    fc.integer({ min: 0, max: 20 }),
    fc.constantFrom('1', '0.5', '1.37'),
  ],
  { numRuns: 150 },
)('the horizon metric is the projection\'s cumulative total, to the last digit, whatever the years, tenure, discount and base', (input, years, tenure, discount, scale) => {
  const offer = parseOffer(input);
  const context = evaluationContext(offer, resolveOptions({}));
  const options = resolveProjectionOptions({ years, discountRatePercent: discount, ...(tenure === undefined ? {} : { expectedTenureYears: tenure }) });
  const base = annualBase(offer).times(scale);
  const rows = projectContext(context, base, options);
  expect(metricAt('horizon', context, base, options)?.valueOf()).toBe(rows.at(-1)?.cumulative.valueOf());
});

/** Items of a list, each made from its place. */
const many = <T>(count: number, make: (index: number) => T): T[] => Array.from({ length: count }, (_, index) => make(index));

/**
 * A large offer: 50 bonuses a percent of base each (one a signing bonus with a clawback), 20
 * insurance plans (one after a wait), two retirement plans (one on all pay), an HSA and an HRA, 50
 * other benefits, 50 costs (union dues among them), 3 % raises — 200-odd lines a year.
 */
const large: OfferInput = {
  label: 'Large',
  pay: { type: 'hourly', rate: 25, hoursPerWeek: 45 },
  overtime: { hoursPerWeek: 3 },
  bonuses: [
    { label: 'Sign-on', kind: 'signing', amount: 5000, clawback: { months: 24, prorated: true } },
    ...many(49, (index) => ({ label: `Bonus ${index}`, kind: 'team' as const, percentOfBase: 1 })),
  ],
  benefits: {
    insurance: many(20, (index) => ({ kind: 'other' as const, employerPaid: 100, employeePaid: 10, ...(index === 0 ? { startsAfterMonths: 18 } : {}) })),
    retirement: [
      { plan: '401k', match: [{ matchPercent: 100, upToPercentOfPay: 4 }], nonElectivePercent: 2, eligiblePay: ['base', 'overtime', 'bonuses'], startsAfterMonths: 3 },
      { plan: 'pension', pension: { employerPercentOfPay: 5 }, vesting: { type: 'cliff', years: 5 } },
    ],
    hsa: { employerContribution: 1000, employeeContribution: 2000 },
    hra: { employerContribution: 1500, expectedUsePercent: 50 },
    other: many(50, (index) => ({ label: `Other ${index}`, annualValue: 10 })),
  },
  costs: { other: [{ label: 'Union dues', percentOfBase: 1.5 }, ...many(49, (index) => ({ label: `Cost ${index}`, annualAmount: 5 }))] },
  growth: { annualRaisePercent: 3 },
};

/** How many line objects `run` builds. */
const linesBuilt = (run: () => unknown) => {
  vi.mocked(line).mockClear();
  run();
  return vi.mocked(line).mock.calls.length;
};

test('the horizon metric builds each year only what the base changes, not every line (issue 19, item 8)', () => {
  const offer = parseOffer(large);
  const context = evaluationContext(offer, resolveOptions({}));
  const horizon = (years: number) => linesBuilt(() => metricAt('horizon', context, annualBase(offer), resolveProjectionOptions({ years, expectedTenureYears: years })));
  const [ten, fifty] = [horizon(10), horizon(50)];
  const yearOne = evaluateContext(context).lines.length;
  expect(yearOne).toBeGreaterThan(200);
  // Year 1 is every line; after it, bare figures: 40 more years build at most a few lines each
  // (none, but for the repayment and forfeiture of the year you leave) — not the 200-odd of the offer.
  expect(fifty - ten).toBeLessThanOrEqual(40 * 3);
  expect(fifty).toBeLessThanOrEqual(yearOne + 50 * 3);
});

test('a projection builds the lines no base changes once and shows the same ones every year', () => {
  const offer = parseOffer(large);
  const context = evaluationContext(offer, resolveOptions({}));
  const projection = (years: number) => linesBuilt(() => projectContext(context, annualBase(offer), resolveProjectionOptions({ years })));
  const [ten, fifty] = [projection(10), projection(50)];
  const rows = projectContext(context, annualBase(offer), resolveProjectionOptions({ years: 3 }));
  const other = (year: number) => rows[year - 1]?.lines.filter((entry) => entry.component === 'other-benefit' || entry.component === 'insurance');
  expect(other(3)).toHaveLength(70);
  expect(other(3)).toEqual(other(1));
  other(3)?.forEach((entry, index) => expect(entry).toBe(other(1)?.[index]));
  // What a year's base changes: base, 49 bonuses, overtime, overtime on bonuses, the two plans'
  // three lines and the dues — 56 — and the one-time lines the first year's pass holds (the
  // sign-on bonus, the overtime on it, two waits): at most 60 a year, not the 200-odd of the offer.
  expect(fifty - ten).toBeLessThanOrEqual(40 * 60);
});
