import { readFileSync } from 'node:fs';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { describe, expect, test } from 'vitest';
import { offerJsonSchema, safeParseOffer } from '../../src/index.js';
import { generateOfferJsonSchema } from '../../src/offer/json-schema.js';
import { documentOfferJsonSchema } from '../../scripts/offer-field-docs.js';
import { unfrozenPaths } from '../helpers.js';
import { seedOffers } from '../fixtures/seed-offers.js';

const ajv = new Ajv2020({ allErrors: true, strict: false });
const validate = ajv.compile(offerJsonSchema);
const exampleOffers = (JSON.parse(readFileSync(new URL('../../examples/offers.json', import.meta.url), 'utf8')) as { offers: unknown[] }).offers;

describe('offerJsonSchema', () => {
  test('is draft 2020-12 and names the required fields', () => {
    expect(offerJsonSchema.$schema).toBe('https://json-schema.org/draft/2020-12/schema');
    expect(offerJsonSchema.required).toEqual(['label', 'pay']);
    expect(offerJsonSchema.additionalProperties).toBe(false);
    expect(Object.isFrozen(offerJsonSchema)).toBe(true);
  });

  test('is exactly what zod generates from the offer schema, deeply frozen', () => {
    expect(offerJsonSchema).toEqual(generateOfferJsonSchema());
    expect(Object.keys(offerJsonSchema)).toEqual(Object.keys(generateOfferJsonSchema()));
    expect(unfrozenPaths(offerJsonSchema)).toEqual([]);
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

test('money, counts and whole numbers carry their bounds and patterns into the JSON Schema', () => {
  const properties = offerJsonSchema.properties as Record<string, { properties?: Record<string, unknown>; anyOf?: unknown[]; oneOf?: { properties: Record<string, unknown> }[] }>;
  const salary = (properties.pay?.oneOf ?? [])[0]?.properties ?? {};
  expect(salary.amount).toEqual({
    anyOf: [
      { type: 'number', minimum: 0, maximum: 1e12 },
      { type: 'string', pattern: '^-?(?:\\d+(?:\\.\\d*)?|\\.\\d+)(?:[eE][+-]?\\d{1,3})?$', maxLength: 40 },
    ],
  });
  expect(salary.hoursPerWeek).toEqual({ default: 40, type: 'number', exclusiveMinimum: 0, maximum: 168 });
  const growth = properties.growth as { properties: { steps: { items: { properties: Record<string, unknown> } } } };
  expect(growth.properties.steps.items.properties.year).toEqual({ type: 'integer', minimum: 1, maximum: 50 });
  expect((properties.currency as Record<string, unknown>).pattern).toBe('^[A-Z]{3}$');
});

test('defaults show their input form, wherever they are', () => {
  const text = JSON.stringify(offerJsonSchema);
  expect(text).not.toContain('inputDefault');
  const properties = offerJsonSchema.properties as Record<string, { default?: unknown; properties?: Record<string, { default?: unknown }> }>;
  expect(properties.benefits?.default).toEqual({});
  expect(properties.location?.properties?.payAdjustmentPercent?.default).toBe(0);
  // One plan or a list of them: both refer to one definition.
  const definitions = offerJsonSchema.$defs as Record<string, { properties: Record<string, { default?: unknown }> }>;
  expect(properties.benefits?.properties?.retirement).toEqual({
    anyOf: [{ $ref: '#/$defs/retirementPlan' }, { type: 'array', maxItems: 3, items: { $ref: '#/$defs/retirementPlan' } }],
  });
  const retirement = definitions.retirementPlan as { properties: Record<string, { default?: unknown }> };
  expect(retirement.properties.startsAfterMonths?.default).toBe(0);
  expect(retirement.properties.vesting?.default).toEqual({ type: 'immediate' });
  expect(retirement.properties.eligiblePay?.default).toEqual(['base']);
  // The number, object and text defaults of the fields, as a JSON document would write them.
  const defaults = [...text.matchAll(/"default":(\{\}|\d+(?:\.\d+)?|true|false|"\w+")/g)].map((match) => match[1]);
  expect(defaults).toEqual(expect.arrayContaining(['40', '52', '1.5', '100', '0', '{}', '"year"', '"USD"', 'true', 'false']));
});

test('a field is required exactly when an offer may not leave it out', () => {
  // Numeric fields are zod transforms, which zod alone would list as optional input.
  type Node = { properties?: Record<string, Node>; items?: Node; oneOf?: Node[]; anyOf?: Node[]; required?: string[]; $defs?: Record<string, Node> };
  const schema = offerJsonSchema as Node;
  const benefits = schema.properties?.benefits?.properties ?? {};
  const retirement = schema.$defs?.retirementPlan?.properties ?? {};
  expect(schema.required).toEqual(['label', 'pay']);
  expect(schema.properties?.pay?.oneOf?.map((pay) => pay.required)).toEqual([['type', 'amount'], ['type', 'rate']]);
  expect(retirement.match?.items?.required).toEqual(['matchPercent', 'upToPercentOfPay']);
  expect(retirement.vesting?.oneOf?.map((vesting) => vesting.required)).toEqual([['type'], ['type', 'years'], ['type', 'vestedPercentByYear']]);
  // Other benefits and costs need a label and exactly one of their forms.
  expect(benefits.other?.items?.required).toEqual(['label']);
  expect(benefits.other?.items?.oneOf).toEqual([{ required: ['annualValue'] }, { required: ['amount'] }]);
  expect(schema.properties?.costs?.properties?.other?.items?.oneOf).toEqual([
    { required: ['annualAmount'] },
    { required: ['amount'] },
    { required: ['percentOfBase'] },
  ]);
  expect(benefits.insurance?.items?.properties?.outOfPocket?.required).toEqual(['deductible', 'coinsurancePercent', 'outOfPocketMax', 'expectedClaims']);
  expect(benefits.hra?.required).toEqual(['employerContribution']);
  expect(benefits.hsa?.required).toBeUndefined();
  expect(schema.properties?.costs?.properties?.commute?.required).toEqual(['daysPerWeek', 'costPerDay']);
  // A step needs a percent and one of year or month (oneOf).
  expect(schema.properties?.growth?.properties?.steps?.items?.required).toEqual(['percent']);
  expect(schema.properties?.growth?.properties?.steps?.items?.oneOf).toEqual([{ required: ['year'] }, { required: ['month'] }]);
  expect(benefits.timeOff?.required).toBeUndefined();
  expect(schema.properties?.growth?.properties?.steps?.items?.properties?.year).toEqual({ type: 'integer', minimum: 1, maximum: 50 });
});

/** The source of src/offer/offer-json-schema.ts: the generated schema as a frozen constant. */
function offerJsonSchemaModule(schema: unknown): string {
  return `// Generated from offerSchema by test/offer/json-schema.test.ts: run \`npm run generate\` after a
// change to the schema (the test fails until then). Do not edit by hand.
import { deepFreeze } from '../util/freeze.js';

/**
 * The offer as JSON Schema (draft 2020-12), generated from \`offerSchema\` with zod 4: what a user
 * may write, with defaults, bounds and the choices of every field. Form builders and programs in
 * other languages validate against it; cross-field rules (tiers increasing, overtime only when
 * non-exempt, time off below scheduled hours) are checked by \`parseOffer\` only. Also shipped as
 * the file \`total-comp/offer.schema.json\`. Deeply frozen.
 *
 * @example
 * \`\`\`ts
 * import { offerJsonSchema } from 'total-comp';
 * offerJsonSchema.required; // ["label", "pay"]
 * \`\`\`
 */
export const offerJsonSchema: Readonly<Record<string, unknown>> = deepFreeze(${JSON.stringify(schema, null, 2)});
`;
}

test('src/offer/offer-json-schema.ts holds the schema zod generates (npm run generate writes it)', async () => {
  await expect(offerJsonSchemaModule(generateOfferJsonSchema())).toMatchFileSnapshot('../../src/offer/offer-json-schema.ts');
});

describe('offer.schema.json, for form builders (issue 20, item 4)', () => {
  const read = (file: string) => JSON.parse(readFileSync(new URL(file, import.meta.url), 'utf8')) as { offers: unknown[] };
  const fieldExamples = read('../fixtures/schema-example-offers.json').offers;
  /** Offers whose values are the examples of the descriptions: the examples, the seed offers and a fixture of the rest. */
  const examples = [...exampleOffers, ...read('../../examples/county-vs-practice.json').offers, ...seedOffers, ...fieldExamples];
  const shipped = JSON.parse(readFileSync(new URL('../../offer.schema.json', import.meta.url), 'utf8')) as Record<string, unknown>;

  /** Every property of a schema, with its path, through lists, unions and shared parts. */
  const propertiesOf = (node: unknown, path = ''): [string, Record<string, unknown>][] => {
    if (typeof node !== 'object' || node === null) return [];
    const found: [string, Record<string, unknown>][] = [];
    for (const [key, value] of Object.entries(node)) {
      if (key === 'properties' && typeof value === 'object' && value !== null) {
        for (const [name, child] of Object.entries(value)) found.push([`${path}.${name}`, child as Record<string, unknown>], ...propertiesOf(child, `${path}.${name}`));
      } else if (key !== 'properties') found.push(...propertiesOf(value, key === 'items' ? `${path}[]` : key === '$defs' ? '$defs' : path));
    }
    return found;
  };
  /** The schema without the fields' titles and descriptions. */
  const withoutDocs = (node: unknown, top = true): unknown => {
    if (Array.isArray(node)) return node.map((item) => withoutDocs(item, false));
    if (typeof node !== 'object' || node === null) return node;
    return Object.fromEntries(
      Object.entries(node)
        .filter(([key]) => top || (key !== 'title' && key !== 'description'))
        .map(([key, value]) => [key, key === 'properties' ? Object.fromEntries(Object.entries(value as object).map(([name, child]) => [name, withoutDocs(child, false)])) : withoutDocs(value, false)]),
    );
  };

  test('is the offer schema with every field documented from the TSDoc of src/offer/types.ts (npm run generate writes it)', async () => {
    await expect(`${JSON.stringify(documentOfferJsonSchema({ ...generateOfferJsonSchema() }, examples), null, 2)}\n`).toMatchFileSnapshot('../../offer.schema.json');
  });

  test('every property has a title and a description with an example; ranges and defaults where the schema has them', () => {
    const properties = propertiesOf(shipped);
    expect(properties.length).toBeGreaterThan(130);
    for (const [path, property] of properties) {
      expect(property.title, path).toMatch(/^[A-Z0-9]/);
      expect(property.description, path).toMatch(/\S.* Example: .+\.$/);
    }
    const pay = (shipped.properties as Record<string, { oneOf: { properties: Record<string, { title: string; description: string }> }[] }>).pay?.oneOf ?? [];
    expect(pay[1]?.properties.type?.description).toBe('"hourly" for pay by the hour. Example: "hourly".');
    expect(pay[0]?.properties.hoursPerWeek).toMatchObject({ title: 'Hours per week', description: 'Scheduled hours a week; default 40. Range: above 0 to 168. Example: 40.' });
    const education = propertiesOf(shipped).find(([path]) => path === '.benefits.education.ceuStipend')?.[1];
    expect(education?.title).toBe('CEU stipend');
  });

  test('without its titles and descriptions it is offerJsonSchema, which bundles leave lean', () => {
    expect(withoutDocs(shipped)).toEqual(offerJsonSchema);
  });

  test.each(fieldExamples.map((offer, index) => [index, offer]))('the examples of fields the other offers lack parse (%i)', (_, offer) => {
    expect(safeParseOffer(offer).success).toBe(true);
    expect(validate(offer)).toBe(true);
  });
});
