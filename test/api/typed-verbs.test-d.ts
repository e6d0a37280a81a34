// The public verbs are typed on OfferInput (and Offer): a misspelled key, a missing field or a
// wrong value fails to compile, while the same mistakes still throw at run time for callers
// without types (test/api/fuzz.test.ts). Unknown data goes through parseOffer first.
import { expectTypeOf, test } from 'vitest';
import { compareOffers, evaluateOffer, parseOffer, projectOffer, type Offer, type OfferInput } from '../../src/index.js';
import { marketPosition } from '../../src/market.js';
import { compareOffersAfterTax } from '../../src/tax.js';

test('each verb takes an OfferInput or a parsed Offer, never unknown', () => {
  expectTypeOf(evaluateOffer).parameter(0).toEqualTypeOf<OfferInput | Offer>();
  expectTypeOf(projectOffer).parameter(0).toEqualTypeOf<OfferInput | Offer>();
  expectTypeOf(marketPosition).parameter(0).toEqualTypeOf<OfferInput | Offer>();
  expectTypeOf(compareOffers).parameter(0).toEqualTypeOf<readonly (OfferInput | Offer)[]>();
  expectTypeOf(compareOffersAfterTax).parameter(0).toEqualTypeOf<readonly (OfferInput | Offer)[]>();
  expectTypeOf<unknown>().not.toExtend<Parameters<typeof evaluateOffer>[0]>();
  expectTypeOf<unknown[]>().not.toExtend<Parameters<typeof compareOffers>[0]>();
});

test('a misspelled key, a missing field or a wrong kind fails to compile', () => {
  // @ts-expect-error `ammount` is not a field of a salary (the issue's example)
  compareOffers([{ label: 'A', pay: { type: 'salary', ammount: 50000 } }]);
  // @ts-expect-error a salary needs its `amount`
  evaluateOffer({ label: 'A', pay: { type: 'salary' } });
  // @ts-expect-error `label` is required
  projectOffer({ pay: { type: 'hourly', rate: 23.45 } });
  // @ts-expect-error there is no pay type "weekly"
  marketPosition({ label: 'A', pay: { type: 'weekly', rate: 23.45 } });
  // @ts-expect-error `bonuses` is a list
  evaluateOffer({ label: 'A', pay: { type: 'salary', amount: 1 }, bonuses: { label: 'B', amount: 1 } });
});

test('unknown data compiles once parseOffer has checked it; written offers compile as they are', () => {
  const fromAForm: unknown = JSON.parse('{"label":"A","pay":{"type":"salary","amount":50000}}');
  // @ts-expect-error unknown data must be parsed first
  evaluateOffer(fromAForm);
  expectTypeOf(parseOffer).parameter(0).toEqualTypeOf<unknown>();
  expectTypeOf(evaluateOffer(parseOffer(fromAForm)).offer).toEqualTypeOf<Offer>();
  const offers = [
    { label: 'A', pay: { type: 'salary', amount: '52000' } },
    { label: 'B', pay: { type: 'hourly', rate: 23.45 }, overtime: { hoursPerWeek: 4 } },
  ] as const;
  expectTypeOf(compareOffers(offers).ranking).toEqualTypeOf<readonly string[]>();
});
