// src/parse.ts where a Content-Security-Policy forbids generated code. A file of its own so that
// the modules load before any test runs, as they do for a user, and the first parse happens
// here, with `new Function` refusing as it does under a policy without unsafe-eval. (Loading a
// fresh copy inside a test made mutation testing count the whole schema as covered by that one
// test.)
import { afterAll, expect, test, vi } from 'vitest';

// zod's runtime parser finds out for itself, once a process and before it builds its schemas,
// whether generated code is allowed; this process has found it allowed. `jitless`, set before
// the library's schemas are built, tells them as the policy would.
await vi.hoisted(async () => {
  const { z } = await import('zod');
  z.config({ jitless: true });
});

import { z } from 'zod';
import { parseOffer, safeParseOffer } from '../../src/offer/parse.js';

afterAll(() => z.config({ jitless: false }));

test('offers parse with the runtime parser when the compiled one cannot be made', () => {
  const original = globalThis.Function;
  let refused = 0;
  globalThis.Function = function refuse() {
    refused += 1;
    throw new EvalError('Code generation from strings disallowed for this context');
  } as unknown as FunctionConstructor;
  try {
    // The compiler is tried after 1,000 parses: parse past them.
    for (let index = 0; index <= 1000; index += 1) parseOffer({ label: 'A', pay: { type: 'salary', amount: index } });
    const offer = parseOffer({ label: 'A', pay: { type: 'salary', amount: '52000.5' } });
    expect(offer.pay.type === 'salary' && offer.pay.amount.toString()).toBe('52000.5');
    expect(safeParseOffer({ label: 'A', pay: { type: 'salary', amount: -1 } }).success).toBe(false);
  } finally {
    globalThis.Function = original;
  }
  // The compiled parser was tried, after 1,000 parses, and refused.
  expect(refused).toBeGreaterThan(0);
});
