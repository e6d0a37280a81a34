import { fc, test as fcTest } from '@fast-check/vitest';
import { expect, test } from 'vitest';
import { closestName } from '../../src/util/closest-name.js';

const OPTIONS = ['metric', 'format', 'reference-index', 'years', 'plan-year', 'market', 'explain', 'locale', 'from', 'to', 'help', 'version'];

test('the closest known name within a third of its length in edits, case ignored', () => {
  expect(closestName('metrc', OPTIONS)).toBe('metric'); // one deletion
  expect(closestName('plan-yaer', OPTIONS)).toBe('plan-year'); // two swapped letters: one edit
  expect(closestName('FORMAT', OPTIONS)).toBe('format');
  expect(closestName('colour', OPTIONS)).toBeUndefined(); // 'locale' is 5 edits away
  expect(closestName('xy', ['id'])).toBeUndefined(); // 2 edits on 2 letters: too far
  expect(closestName('ix', ['id'])).toBe('id');
  expect(closestName('a-name-far-longer-than-any', OPTIONS)).toBeUndefined();
});

fcTest.prop([fc.constantFrom(...OPTIONS), fc.nat()])('a known name with one letter dropped is found again (names of 3 letters or more)', (name, at) => {
  const index = at % name.length;
  const typo = name.slice(0, index) + name.slice(index + 1);
  const found = closestName(typo, OPTIONS);
  // One edit is always allowed; another known name may be as close, never closer.
  if (name.length >= 3) expect(found).toBeDefined();
  if (found !== undefined) expect(Math.abs(found.length - typo.length)).toBeLessThanOrEqual(1);
  expect(closestName(name, OPTIONS)).toBe(name);
});
