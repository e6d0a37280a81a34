// The shipped comparison.schema.json is generated from comparisonSchema; this proves that
// schema's type is exactly the exported ComparisonJson (with the command line's optional
// `market`), so the schema, the type and the serialiser cannot drift apart.
import { expectTypeOf, test } from 'vitest';
import type { z } from 'zod/mini';
import type { ComparedOfferJson, ComparisonJson, EvaluationJson, LineCategory, WarningCode } from '../../src/index.js';
import type { MarketPositionJson } from '../../src/market.js';
import { formatComparison } from '../../src/format.js';
import { compareOffers } from '../../src/index.js';
import type { comparisonSchema } from '../../src/present/comparison-schema.js';

type Equal<A, B> = (<T>() => T extends A ? 1 : 2) extends <T>() => T extends B ? 1 : 2 ? true : false;
type DeepReadonly<T> = T extends readonly (infer E)[] ? readonly DeepReadonly<E>[] : T extends object ? { readonly [K in keyof T]: DeepReadonly<T[K]> } : T;
/** The JSON of `compare --market --format json`. */
type WithMarket = Omit<ComparisonJson, 'offers'> & { readonly offers: readonly (ComparedOfferJson & { readonly market?: MarketPositionJson })[] };

test('the schema of comparison.schema.json has exactly the type ComparisonJson', () => {
  expectTypeOf<Equal<DeepReadonly<z.output<typeof comparisonSchema>>, DeepReadonly<WithMarket>>>().toEqualTypeOf<true>();
});

test('parsed JSON typed as ComparisonJson has no number where money is: strings, nulls, booleans', () => {
  const json = JSON.parse(formatComparison(compareOffers([{ label: 'A', pay: { type: 'salary', amount: 1 } }]), { format: 'json' })) as ComparisonJson;
  const offer = json.offers[0];
  if (offer === undefined) return;
  expectTypeOf(offer.totals.annual).toEqualTypeOf<string>();
  expectTypeOf(offer.totals.adjusted).toEqualTypeOf<string | null>();
  expectTypeOf(offer.deltaToBestPercent).toEqualTypeOf<string | null>();
  expectTypeOf(offer.breakEvenRate).toEqualTypeOf<string | null>();
  expectTypeOf(offer.closeToBest).toEqualTypeOf<boolean>();
  expectTypeOf(offer.categoryDeltas.cash).toEqualTypeOf<string>();
  expectTypeOf(offer.paidTimeOff.value).toEqualTypeOf<string>();
  expectTypeOf(offer.lines[0]?.category).toEqualTypeOf<LineCategory | undefined>();
  expectTypeOf(offer.warnings[0]?.code).toEqualTypeOf<WarningCode | undefined>();
  expectTypeOf(offer.projection).toEqualTypeOf<readonly { readonly year: number; readonly base: string; readonly total: string; readonly cumulative: string; readonly presentValue: string; readonly cumulativePresentValue: string }[] | null>();
  expectTypeOf(json.closePercent).toEqualTypeOf<string>();
});

test('EvaluationJson, the JSON of evaluate --format json, is number-free too', () => {
  expectTypeOf<EvaluationJson['totals']['effectiveHourly']>().toEqualTypeOf<string>();
  expectTypeOf<EvaluationJson['paidTimeOff']['hours']>().toEqualTypeOf<string>();
  expectTypeOf<EvaluationJson['lines'][number]['amount']>().toEqualTypeOf<string>();
  // Only strings, booleans, null and lists or objects of them, all the way down.
  type Leaves<T> = T extends readonly (infer E)[] ? Leaves<E> : T extends object ? { [K in keyof T]: Leaves<T[K]> }[keyof T] : T;
  expectTypeOf<Leaves<EvaluationJson>>().toEqualTypeOf<string | boolean | null>();
  // Counts (rank, years) are numbers; `taxes` is absent before tax.
  expectTypeOf<Exclude<Leaves<ComparisonJson>, number | undefined>>().toEqualTypeOf<string | boolean | null>();
});
