import { readdirSync, readFileSync } from 'node:fs';
import { expect, test } from 'vitest';

// The library is written with zod/mini, whose functions bundlers can drop when unused; one import
// of classic zod would bring the whole of it (and its 64 translations) into every web bundle.
test('no file of src/ imports classic zod', () => {
  const src = new URL('../../src/', import.meta.url);
  const classic = (readdirSync(src, { recursive: true }) as string[])
    .filter((name) => name.endsWith('.ts'))
    .filter((name) => /from ['"]zod(?:\/v4)?(?:\/classic)?['"]/.test(readFileSync(new URL(name, src), 'utf8')));
  expect(classic).toEqual([]);
});
