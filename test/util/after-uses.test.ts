import { expect, test } from 'vitest';
import { afterUses } from '../../src/util/after-uses.js';

test('returns the cold value for the first calls, then makes the hot one once and keeps it', () => {
  let made = 0;
  const value = afterUses(3, 'cold', () => {
    made += 1;
    return 'hot';
  });
  expect([value(), value(), value()]).toEqual(['cold', 'cold', 'cold']);
  expect(made).toBe(0);
  expect([value(), value(), value()]).toEqual(['hot', 'hot', 'hot']);
  expect(made).toBe(1);
});

test('keeps a hot value that is undefined or null without making it again', () => {
  let made = 0;
  const value = afterUses<string | null>(0, 'cold', () => {
    made += 1;
    return null;
  });
  expect([value(), value()]).toEqual([null, null]);
  expect(made).toBe(1);
});
