import { z } from 'zod';
import { deepFreeze } from './freeze.js';
import { INPUT_DEFAULT, offerSchema } from './schema.js';

/** zod types of a field that an offer may leave out. */
const OMITTABLE: ReadonlySet<string> = new Set(['optional', 'default']);

/**
 * The offer as JSON Schema (draft 2020-12), generated from {@link offerSchema} with zod 4: what
 * a user may write, with defaults, bounds and the choices of every field. Form builders and
 * programs in other languages validate against it; cross-field rules (tiers increasing, overtime
 * only when non-exempt, time off below scheduled hours) are checked by {@link parseOffer} only.
 * Also shipped as the file `total-comp/offer.schema.json`.
 *
 * @example
 * ```ts
 * import { offerJsonSchema } from 'total-comp';
 * offerJsonSchema.required; // ["label", "pay"]
 * ```
 */
export const offerJsonSchema: Readonly<Record<string, unknown>> = deepFreeze({
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
      // A default parsed once at load is a Decimal or an object of them: show its input form.
      const meta = z.globalRegistry.get(zodSchema);
      if (meta === undefined || !(INPUT_DEFAULT in meta)) return;
      delete jsonSchema[INPUT_DEFAULT];
      jsonSchema.default = meta[INPUT_DEFAULT];
    },
  }),
});
