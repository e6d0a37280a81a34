import { expect, test } from 'vitest';
import { deepFreeze } from '../src/freeze.js';

test('freezes everything reachable, and returns the value', () => {
  const value = { a: { b: [1, { c: 2 }] } };
  expect(deepFreeze(value)).toBe(value);
  expect(Object.isFrozen(value.a.b[1])).toBe(true);
  expect(deepFreeze(3)).toBe(3);
});
