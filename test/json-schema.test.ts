import { readFileSync } from 'node:fs';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { describe, expect, test } from 'vitest';
import { offerJsonSchema, safeParseOffer } from '../src/index.js';
import { seedOffers } from './fixtures/seed-offers.js';

const ajv = new Ajv2020({ allErrors: true, strict: false });
const validate = ajv.compile(offerJsonSchema);
const exampleOffers = (JSON.parse(readFileSync(new URL('../examples/offers.json', import.meta.url), 'utf8')) as { offers: unknown[] }).offers;

describe('offerJsonSchema', () => {
  test('is draft 2020-12 and names the required fields', () => {
    expect(offerJsonSchema.$schema).toBe('https://json-schema.org/draft/2020-12/schema');
    expect(offerJsonSchema.required).toEqual(['label', 'pay']);
    expect(offerJsonSchema.additionalProperties).toBe(false);
    expect(Object.isFrozen(offerJsonSchema)).toBe(true);
  });

  test.each([...seedOffers, ...exampleOffers].map((offer, index) => [index, offer]))('accepts example offer %i', (_, offer) => {
    expect(safeParseOffer(offer).success).toBe(true);
    expect(validate(offer), JSON.stringify(validate.errors)).toBe(true);
  });

  test.each([
    ['an unknown key', { label: 'A', pay: { type: 'salary', amount: 1 }, bonus: [] }],
    ['money that is not a decimal', { label: 'A', pay: { type: 'salary', amount: 'abc' } }],
    ['a missing label', { pay: { type: 'salary', amount: 1 } }],
    ['both amount and percentOfBase', { label: 'A', pay: { type: 'salary', amount: 1 }, bonuses: [{ label: 'B', kind: 'team', amount: 1, percentOfBase: 1 }] }],
    ['neither overtime field', { label: 'A', pay: { type: 'hourly', rate: 1 }, overtime: {} }],
    ['an unknown region', { label: 'A', pay: { type: 'salary', amount: 1 }, location: { region: 'US-XX' } }],
    ['a lower-case currency', { label: 'A', currency: 'usd', pay: { type: 'salary', amount: 1 } }],
    ['money out of bounds', { label: 'A', pay: { type: 'salary', amount: 1e13 } }],
    ['an unknown pay type', { label: 'A', pay: { type: 'weekly', amount: 1 } }],
  ])('refuses %s, as parseOffer does', (_, offer) => {
    expect(validate(offer)).toBe(false);
    expect(safeParseOffer(offer).success).toBe(false);
  });
});
