import { expect, test, vi } from 'vitest';
import { once } from '../../src/util/once.js';

test('makes nothing until the first call, then the value once, and hands back the same value', () => {
  const make = vi.fn(() => ({ built: true }));
  const value = once(make);
  expect(make).not.toHaveBeenCalled();
  const first = value();
  expect(first).toEqual({ built: true });
  expect(value()).toBe(first);
  expect(make).toHaveBeenCalledTimes(1);
});

test('keeps a value that is undefined or null rather than making it again', () => {
  for (const made of [undefined, null]) {
    const make = vi.fn(() => made);
    const value = once(make);
    value();
    expect(value()).toBe(made);
    expect(make).toHaveBeenCalledTimes(1);
  }
});
