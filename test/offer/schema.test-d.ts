import { expectTypeOf, test } from 'vitest';
import type { z } from 'zod';
import type { Decimal } from '../../src/decimal/decimal.js';
import { inferredOfferSchema, offerSchema } from '../../src/offer/schema.js';
import type { Offer, OfferInput } from '../../src/offer/types.js';

type Inferred = ReturnType<typeof inferredOfferSchema>;

/** Exactly the same type: each is assignable to the other in every position (the strict form). */
type Equal<A, B> = (<T>() => T extends A ? 1 : 2) extends <T>() => T extends B ? 1 : 2 ? true : false;

/** Readonly all the way down, decimals aside: `Offer` is frozen, the schema's output is what it freezes. */
type DeepReadonly<T> = T extends Decimal
  ? T
  : T extends readonly (infer E)[]
    ? readonly DeepReadonly<E>[]
    : T extends object
      ? { readonly [K in keyof T]: DeepReadonly<T[K]> }
      : T;

test('the written OfferInput is exactly what the schema accepts (lists may be readonly)', () => {
  expectTypeOf<Equal<DeepReadonly<z.input<Inferred>>, DeepReadonly<OfferInput>>>().toEqualTypeOf<true>();
});

test('the written Offer is exactly what the schema returns, frozen', () => {
  expectTypeOf<Equal<DeepReadonly<z.output<Inferred>>, DeepReadonly<Offer>>>().toEqualTypeOf<true>();
});

// The two checks above are the real ones: they compare the written types with what zod infers.
// This one guards the public signature only — that `offerSchema` keeps being declared with them
// (src/offer/schema.ts writes the annotation; changing it breaks users' `z.input<typeof offerSchema>`).
test('the exported offerSchema is declared with OfferInput and Offer', () => {
  expectTypeOf<Equal<z.input<typeof offerSchema>, OfferInput>>().toEqualTypeOf<true>();
  expectTypeOf<Equal<z.output<typeof offerSchema>, Offer>>().toEqualTypeOf<true>();
});
