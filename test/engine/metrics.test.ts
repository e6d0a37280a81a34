import { test as fcTest } from '@fast-check/vitest';
import { expect } from 'vitest';
import { annualBase } from '../../src/engine/base-pay.js';
import { resolveOptions } from '../../src/api/evaluation-options.js';
import { evaluationContext } from '../../src/engine/context.js';
import { evaluateContext, evaluateParsedOffer } from '../../src/engine/evaluation.js';
import { METRICS, parseOffer, projectOffer } from '../../src/index.js';
import { metricAt } from '../../src/engine/metrics.js';
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
