import { expect, test } from 'vitest';
import { estimateTaxes } from '../../../src/api/estimate-taxes.js';
import { evaluateOffer } from '../../../src/api/evaluate.js';
import { saysATableLacks } from '../../../src/engine/tax/tax-estimate.js';

test('saysATableLacks finds the lines whose explanation says a table lacked a figure, and only them', () => {
  const lines = (region: string | undefined, taxYear: number) =>
    estimateTaxes(evaluateOffer({ label: 'A', pay: { type: 'salary', amount: 60000 }, ...(region === undefined ? {} : { location: { region } }) }), { filingStatus: 'single', taxYear }).lines;
  const lacking = (region: string | undefined, taxYear: number) => lines(region, taxYear).filter((line) => saysATableLacks(line.explanation)).map((line) => line.component);
  // Oregon has no 2026 figures in the tables (2025's are used); it has them for 2025.
  expect(lacking('US-OR', 2026)).toEqual(['state-income-tax']);
  expect(lacking('US-OR', 2025)).toEqual([]);
  // No state named: the state tax is not estimated. Texas has no income tax: nothing is lacking.
  expect(lacking(undefined, 2026)).toEqual(['state-income-tax']);
  expect(lacking('US-TX', 2026)).toEqual([]);
});
