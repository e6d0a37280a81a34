import { expect, test } from 'vitest';
import { Decimal } from '../../src/decimal/decimal.js';
import { vestedPercent } from '../../src/engine/vesting.js';

test('immediate, cliff and graded vesting by whole years of service', () => {
  expect(vestedPercent({ type: 'immediate' }, 0).toString()).toBe('100');
  expect([0, 2, 3, 9].map((years) => vestedPercent({ type: 'cliff', years: 3 }, years).toString())).toEqual(['0', '0', '100', '100']);
  const graded = { type: 'graded', vestedPercentByYear: [20, 40, 60, 80, 100].map((n) => new Decimal(n)) } as const;
  expect([0, 1, 2, 5, 7].map((years) => vestedPercent(graded, years).toString())).toEqual(['0', '20', '40', '100', '100']);
});
