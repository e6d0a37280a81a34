import { expect, test } from 'vitest';
import { z } from 'zod';
import { compareOffers, evaluateOffer, projectOffer } from '../../src/index.js';
import { safeValidate, validate } from '../../src/offer/validate.js';
import { OfferValidationError } from '../../src/offer/validation-error.js';

const schema = z.strictObject({ years: z.number().max(50) });

test('validate returns the parsed value, or throws an OfferValidationError in plain words', () => {
  expect(validate(schema, { years: 5 }, 'options', 'options')).toEqual({ years: 5 });
  expect(() => validate(schema, { years: 80 }, 'options', 'options')).toThrowError(
    new OfferValidationError([{ path: 'options.years', message: 'must be at most 50, got 80' }], 'options'),
  );
});

test('safeValidate never throws; the message names what was invalid', () => {
  const result = safeValidate(schema, { yeers: 5 }, 'options', 'options');
  expect(result.success).toBe(false);
  if (result.success) return;
  expect(result.error.message).toBe('Invalid options: options.years: is required; options.yeers: is not a known field; did you mean "years"?');
});

test('the public verbs say whether the offer, the list or the options were invalid', () => {
  const offer = { label: 'A', pay: { type: 'salary', amount: 50000 } } as const;
  expect(() => evaluateOffer(offer, { planYear: 1999 })).toThrow(/^Invalid options: options\.planYear: must be a year of the IRS limits table/);
  expect(() => evaluateOffer({ label: 'A' } as never)).toThrow(/^Invalid offer: pay: /);
  expect(() => projectOffer(offer, { years: 0 })).toThrow(/^Invalid options: options\.years: /);
  expect(() => compareOffers([offer, { ...offer, currency: 'EUR' }])).toThrow(/^Invalid offers: offers\[1\]\.currency: /);
  expect(() => compareOffers([offer], { metric: 'best' as never })).toThrow(/^Invalid options: options\.metric: /);
});
