import { expect, test } from 'vitest';
import { slugify } from '../../src/util/slug.js';

test('slugs are lower-case ASCII words joined by hyphens', () => {
  expect(slugify('Mercy General — inpatient coder (CCS)')).toBe('mercy-general-inpatient-coder-ccs');
  expect(slugify('  Café Médical  ')).toBe('cafe-medical');
  expect(slugify('—')).toBe('');
  expect(slugify('a'.repeat(63) + ' b')).toBe('a'.repeat(63));
});
