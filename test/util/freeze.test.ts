import { expect, test } from 'vitest';
import { Decimal } from '../../src/decimal/decimal.js';
import { deepFreeze } from '../../src/util/freeze.js';

test('freezes everything reachable, and returns the value', () => {
  const value = { a: { b: [1, { c: 2 }] } };
  expect(deepFreeze(value)).toBe(value);
  expect(Object.isFrozen(value.a.b[1])).toBe(true);
  expect(deepFreeze(3)).toBe(3);
});

test('leaves decimals, primitives and null alone, and goes deep into plain data', () => {
  const amount = new Decimal(5);
  const value = { list: [{ amount }], nothing: null, text: 'x' };
  deepFreeze(value);
  expect(Object.isFrozen(value.list)).toBe(true);
  expect(Object.isFrozen(value.list[0])).toBe(true);
  expect(Object.isFrozen(amount)).toBe(false);
  expect(deepFreeze(null)).toBeNull();
  expect(deepFreeze(amount)).toBe(amount);
  expect(Object.isFrozen(amount)).toBe(false);
  // An object frozen already is taken as frozen throughout: its getter is never run.
  let reads = 0;
  const lazy = Object.freeze({
    get expensive() {
      reads += 1;
      return {};
    },
  });
  deepFreeze({ lazy });
  expect(reads).toBe(0);
});
