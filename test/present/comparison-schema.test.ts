import { readFileSync } from 'node:fs';
import { fc, test as fcTest } from '@fast-check/vitest';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { describe, expect, test } from 'vitest';
import { runCli } from '../../src/cli/run.js';
import { compareOffers, comparisonToJSON, type OfferInput } from '../../src/index.js';
import { comparisonSchema, generateComparisonJsonSchema } from '../../src/present/comparison-schema.js';
import { offerInput } from '../arbitraries.js';

const shipped = JSON.parse(readFileSync(new URL('../../comparison.schema.json', import.meta.url), 'utf8')) as Record<string, unknown>;
const validate = new Ajv2020({ allErrors: true, strict: true }).compile(shipped);
const examples = readFileSync(new URL('../../examples/offers.json', import.meta.url), 'utf8');

/** The JSON the command line prints for `compare examples/offers.json` and these options. */
async function cliJson(...options: string[]): Promise<unknown> {
  let stdout = '';
  const code = await runCli(['compare', 'offers.json', '--format', 'json', ...options], {
    stdout: (text) => {
      stdout += text;
    },
    stderr: () => undefined,
    readInput: async () => examples,
    version: '0.0.0',
  });
  expect(code).toBe(0);
  return JSON.parse(stdout);
}

test('comparison.schema.json is what zod generates from the comparison schema (npm run generate writes it)', async () => {
  await expect(`${JSON.stringify(generateComparisonJsonSchema(), null, 2)}\n`).toMatchFileSnapshot('../../comparison.schema.json');
});

describe('real output validates against the shipped schema', () => {
  test.each([[[]], [['--metric', 'horizon', '--years', '3']], [['--market']], [['--metric', 'adjusted', '--reference-index', '95']], [['--filing', 'married-joint', '--tax-year', '2025']]])(
    'total-comp compare examples/offers.json --format json %j',
    async (options) => {
      const json = await cliJson(...options);
      expect(validate(json), JSON.stringify(validate.errors)).toBe(true);
      expect(comparisonSchema.safeParse(json).success).toBe(true);
    },
  );

  fcTest.prop([fc.array(offerInput, { minLength: 1, maxLength: 3 }), fc.constantFrom('annual', 'horizon', 'effectiveHourly', 'low')], { numRuns: 60 })(
    'comparisonToJSON of any valid offers',
    (offers, metric) => {
      const distinct = offers.map((offer, index): OfferInput => ({ ...offer, id: `o${index}` }));
      const json = JSON.parse(JSON.stringify(comparisonToJSON(compareOffers(distinct, { metric, years: 2 })))) as unknown;
      expect(validate(json), JSON.stringify(validate.errors)).toBe(true);
    },
  );

  test('the schema can fail: a number for a money string, a missing field or an unknown key is refused', async () => {
    const json = (await cliJson()) as { offers: Record<string, unknown>[] };
    const first = json.offers[0] ?? {};
    for (const broken of [{ ...first, deltaToBest: -1 }, { ...first, breakEvenRate: undefined }, { ...first, extra: 1 }]) {
      expect(validate({ ...json, offers: [broken] })).toBe(false);
    }
  });
});

test('the JSON forms are structured-clone safe: a Web Worker or postMessage gets them as they are', async () => {
  const json = await cliJson('--metric', 'horizon', '--market');
  expect(structuredClone(json)).toEqual(json);
  const plain = comparisonToJSON(compareOffers(JSON.parse(examples).offers as OfferInput[]));
  expect(structuredClone(plain)).toEqual(plain);
  // The results themselves hold Decimals, which cannot be cloned: the JSON forms are the plain path.
  expect(() => structuredClone(compareOffers(JSON.parse(examples).offers as OfferInput[]))).toThrow(/could not be cloned/);
});
