import { fc, test as fcTest } from '@fast-check/vitest';
import { expect } from 'vitest';
import { annualBase } from '../../src/engine/base-pay.js';
import { resolveOptions } from '../../src/api/evaluation-options.js';
import { evaluationContext } from '../../src/engine/context.js';
import { evaluateContext, evaluateParsedOffer } from '../../src/engine/evaluation.js';
import { METRICS, parseOffer, projectOffer } from '../../src/index.js';
import { metricAt } from '../../src/engine/metrics.js';
import { projectContext } from '../../src/engine/projection.js';
import { resolveProjectionOptions } from '../../src/api/project.js';
import { offerInput } from '../arbitraries.js';

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
