import * as z from 'zod/mini';
import { countIssues, plainWords, toValidationIssues } from './plain-words.js';
import { OfferValidationError } from './validation-error.js';

/** What {@link safeValidate} returns: the parsed value, or the error naming every problem. */
export type Validated<T> =
  | { readonly success: true; readonly data: T }
  | { readonly success: false; readonly error: OfferValidationError };

/**
 * Runs a schema on an input with the library's plain-words messages, without throwing. Issues'
 * paths are prefixed with `pathPrefix` (`offers[2]`, `options`), and the error's message says
 * what was invalid: `subject` ("offer", "offers", "options", …).
 *
 * @example
 * ```ts
 * safeValidate(optionsSchema, { years: 80 }, 'options', 'options');
 * // { success: false, error: OfferValidationError("Invalid options: options.years: must be at most 50, got 80") }
 * ```
 */
export function safeValidate<S extends z.core.$ZodType>(
  schema: S,
  input: unknown,
  subject: string,
  pathPrefix = '',
): Validated<z.output<S>> {
  const result = z.safeParse(schema, input, { error: plainWords });
  if (result.success) return { success: true, data: result.data };
  const { issues } = result.error;
  return { success: false, error: new OfferValidationError(toValidationIssues(issues, pathPrefix), subject, countIssues(issues)) };
}

/**
 * Runs a schema on an input, or throws an {@link OfferValidationError} naming every problem:
 * the one place where the library's inputs and options are validated.
 *
 * @example
 * ```ts
 * validate(optionsSchema, { planYear: 2025 }, 'options', 'options').planYear; // 2025
 * ```
 */
export function validate<S extends z.core.$ZodType>(schema: S, input: unknown, subject: string, pathPrefix = ''): z.output<S> {
  const result = safeValidate(schema, input, subject, pathPrefix);
  if (!result.success) throw result.error;
  return result.data;
}
