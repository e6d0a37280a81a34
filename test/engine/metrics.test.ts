import { fc, test as fcTest } from '@fast-check/vitest';
import { expect, test, vi } from 'vitest';
import { annualBase } from '../../src/engine/base-pay.js';
import { resolveOptions } from '../../src/api/evaluation-options.js';
import { evaluationContext } from '../../src/engine/context.js';
import { evaluateContext, evaluateParsedOffer } from '../../src/engine/evaluation.js';
import { line } from '../../src/engine/line.js';
import { METRICS, parseOffer, projectOffer } from '../../src/index.js';
import { metricAt } from '../../src/engine/metrics.js';
import { projectContext } from '../../src/engine/projection.js';
import { resolveProjectionOptions } from '../../src/api/project.js';
import { offerInput } from '../arbitraries.js';

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

fcTest.prop([offerInput, fc.integer({ min: 1, max: 8 }), fc.option(fc.integer({ min: 1, max: 8 }), { nil: undefined }), fc.integer({ min: 0, max: 20 })], {
  numRuns: 100,
})('the horizon metric is the projection\'s cumulative total, to the last digit, whatever the years, tenure and discount', (input, years, tenure, discount) => {
  const offer = parseOffer(input);
  const context = evaluationContext(offer, resolveOptions({}));
  const options = resolveProjectionOptions({ years, discountRatePercent: discount, ...(tenure === undefined ? {} : { expectedTenureYears: tenure }) });
  const rows = projectContext(context, annualBase(offer), options);
  expect(metricAt('horizon', context, annualBase(offer), options)?.valueOf()).toBe(rows.at(-1)?.cumulative.valueOf());
});

test('the horizon metric builds each year only what the base changes, not every line (issue 19, item 8)', () => {
  const many = (count: number, make: (index: number) => object) => Array.from({ length: count }, (_, index) => make(index));
  const offer = parseOffer({
    label: 'Large',
    pay: { type: 'hourly', rate: 25, hoursPerWeek: 45 },
    overtime: { hoursPerWeek: 3 },
    bonuses: many(50, (index) => ({ label: `Bonus ${index}`, kind: 'team', percentOfBase: 1 })),
    benefits: {
      insurance: many(20, () => ({ kind: 'other', employerPaid: 100, employeePaid: 10 })),
      retirement: { plan: '401k', match: [{ matchPercent: 100, upToPercentOfPay: 4 }], nonElectivePercent: 2 },
      other: many(50, (index) => ({ label: `Other ${index}`, annualValue: 10 })),
    },
    costs: { other: many(50, (index) => ({ label: `Cost ${index}`, annualAmount: 5 })) },
    growth: { annualRaisePercent: 3 },
  });
  const context = evaluationContext(offer, resolveOptions({}));
  const linesBuilt = (years: number) => {
    vi.mocked(line).mockClear();
    metricAt('horizon', context, annualBase(offer), resolveProjectionOptions({ years }));
    return vi.mocked(line).mock.calls.length;
  };
  const [ten, fifty] = [linesBuilt(10), linesBuilt(50)];
  // The 140 lines no base changes (20 × 2 insurance, 50 other benefits, 50 costs) once; then each
  // year the base and the two retirement lines at most — not the 200-odd lines of the offer.
  expect(fifty - ten).toBeLessThanOrEqual(40 * 3);
  expect(fifty).toBeLessThanOrEqual(140 + 50 * 3);
});
