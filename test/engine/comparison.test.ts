import { expect, test } from 'vitest';
import { compareOffers } from '../../src/index.js';

test('a compared offer keeps its break-even figures and projection behind prototype getters, computed once', () => {
  const comparison = compareOffers([
    { id: 'a', label: 'A', pay: { type: 'salary', amount: 60000 } },
    { id: 'b', label: 'B', pay: { type: 'hourly', rate: 25 } },
  ]);
  const b = comparison.offers[1];
  expect(b).toBeDefined();
  if (b === undefined) return;
  expect(Object.isFrozen(b)).toBe(true);
  // Not own data: a spread or Object.keys never run a search.
  expect(Object.keys(b)).not.toContain('breakEvenBase');
  // 25 × 2,080 = 52,000 falls short of 60,000 by 8,000: the base must be 60,000, $28.85 an hour (60,000 / 2,080 = 28.846…, up).
  expect(b.breakEvenBase?.toString()).toBe('60000');
  expect(b.breakEvenRate?.toString()).toBe('28.85');
  expect(b.projection).toBe(b.projection);
  const json = JSON.parse(JSON.stringify(b)) as Record<string, unknown>;
  expect(json.breakEvenBase).toBe('60000');
  expect(json.breakEvenRate).toBe('28.85');
  expect((json.projection as unknown[]).length).toBe(5);
});
