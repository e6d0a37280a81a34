import { z } from 'zod';
import { deepFreeze } from '../util/freeze.js';
import { once } from '../util/once.js';
import { INPUT_DEFAULT, offerSchema } from './schema.js';

/** zod types of a field that an offer may leave out. */
const OMITTABLE: ReadonlySet<string> = new Set(['optional', 'default']);

/**
 * The offer as JSON Schema, generated from {@link offerSchema} by zod: what {@link offerJsonSchema}
 * holds. Deeply frozen.
 *
 * @example
 * ```ts
 * generateOfferJsonSchema().required; // ["label", "pay"]
 * ```
 */
export function generateOfferJsonSchema(): Readonly<Record<string, unknown>> {
  return deepFreeze({
    $id: 'https://unpkg.com/total-comp/offer.schema.json',
    title: 'total-comp offer',
    ...z.toJSONSchema(offerSchema, {
      io: 'input',
      target: 'draft-2020-12',
      unrepresentable: 'any',
      override: ({ zodSchema, jsonSchema }) => {
        const def = zodSchema._zod.def;
        // Numeric fields are single zod transforms, which zod takes for optional input; in an
        // offer a field may be left out exactly when it is optional or has a default.
        if (def.type === 'object') {
          const shape = (zodSchema as z.ZodObject).shape;
          const required = Object.keys(shape).filter((key) => !OMITTABLE.has(shape[key]?._zod.def.type ?? 'optional'));
          if (required.length > 0) jsonSchema.required = required;
        }
        // A default is a Decimal or an object of them: show its input form.
        const meta = z.globalRegistry.get(zodSchema);
        if (meta === undefined || !(INPUT_DEFAULT in meta)) return;
        delete jsonSchema[INPUT_DEFAULT];
        jsonSchema.default = meta[INPUT_DEFAULT];
      },
    }),
  });
}

/**
 * The keywords at the top of the generated schema, in its order. test/json-schema.test.ts checks
 * that they are exactly the ones {@link generateOfferJsonSchema} writes.
 */
const KEYWORDS = ['$id', 'title', '$schema', 'type', 'properties', 'required', 'additionalProperties'] as const;

/**
 * The offer as JSON Schema (draft 2020-12), generated from {@link offerSchema} with zod 4: what
 * a user may write, with defaults, bounds and the choices of every field. Form builders and
 * programs in other languages validate against it; cross-field rules (tiers increasing, overtime
 * only when non-exempt, time off below scheduled hours) are checked by {@link parseOffer} only.
 * Also shipped as the file `total-comp/offer.schema.json`.
 *
 * Generated when one of its keywords is first read, not at import (bench/README.md has the
 * cost). Its keywords are getters, frozen, and
 * read like data (`JSON.stringify`, spread, JSON Schema validators).
 *
 * @example
 * ```ts
 * import { offerJsonSchema } from 'total-comp';
 * offerJsonSchema.required; // ["label", "pay"]
 * ```
 */
export const offerJsonSchema: Readonly<Record<string, unknown>> = lazyObject(KEYWORDS, once(generateOfferJsonSchema));

/** A frozen object whose keys read `make()`'s, made at the first read. */
function lazyObject(keys: readonly string[], make: () => Readonly<Record<string, unknown>>): Readonly<Record<string, unknown>> {
  const object = {};
  for (const key of keys) Object.defineProperty(object, key, { enumerable: true, get: () => make()[key] });
  return Object.freeze(object);
}
