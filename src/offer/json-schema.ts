import * as z from 'zod/mini';
import { deepFreeze } from '../util/freeze.js';
import { INPUT_DEFAULT, offerSchema } from './schema.js';

/** zod types of a field that an offer may leave out. */
const OMITTABLE: ReadonlySet<string> = new Set(['optional', 'default']);

/**
 * The offer as JSON Schema, generated from {@link offerSchema} by zod. Not part of the library
 * at run time: test/offer/json-schema.test.ts writes what it returns into
 * `src/offer/offer-json-schema.ts` (`npm run generate`) and fails when the two differ, so the
 * exported `offerJsonSchema` is the schema's own, without zod's JSON Schema generator in every
 * bundle. Deeply frozen.
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
          const shape = (zodSchema as z.ZodMiniObject).shape;
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
