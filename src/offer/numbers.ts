import * as z from 'zod/mini';
import { Decimal, freezeDecimal, ZERO } from '../decimal/decimal.js';
import { describeValue } from '../util/describe-value.js';
import { once } from '../util/once.js';

/**
 * The largest amount of money an offer may state (docs/semantics.md §1).
 *
 * @example
 * ```ts
 * MONEY_MAX.toString(); // "1000000000000"
 * ```
 */
export const MONEY_MAX = new Decimal('1e12');
/**
 * The largest percent an offer may state unless a field says otherwise (docs/semantics.md §1).
 *
 * @example
 * ```ts
 * PERCENT_MAX.toString(); // "1000"
 * ```
 */
export const PERCENT_MAX = new Decimal(1000);

/** Longest decimal string accepted: longer strings are refused before they are parsed. */
const DECIMAL_STRING_MAX_LENGTH = 40;
/** A plain decimal, optionally with a small exponent: no hex, no spaces, no thousands separators. */
const DECIMAL_STRING = /^-?(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][+-]?\d{1,3})?$/;

/** Bounds of a numeric field. */
export interface Bounds {
  readonly min: Decimal;
  readonly max: Decimal;
  /** The minimum itself is refused (`> min` rather than `>= min`). */
  readonly minExclusive?: boolean;
  /** Only whole numbers. */
  readonly integer?: boolean;
}

function boundsMessage(value: Decimal, bounds: Bounds): string | null {
  if (bounds.minExclusive ? value.lessThanOrEqualTo(bounds.min) : value.lessThan(bounds.min)) {
    const words = bounds.minExclusive ? 'greater than' : 'at least';
    return `must be ${words} ${bounds.min}, got ${value}`;
  }
  if (value.greaterThan(bounds.max)) return `must be at most ${bounds.max}, got ${value}`;
  if (bounds.integer === true && !value.isInteger()) return `must be a whole number, got ${value}`;
  return null;
}

/**
 * Whether a JSON number is surely within bounds, decided on the number: a quick accept for the
 * usual input, since a decimal.js comparison copies its argument. Exact: every bound is an
 * integer a double holds exactly, and the decimal a double becomes (its shortest round-tripping
 * string) lies nearer to it than to any other double, so it orders against such a bound as the
 * double does. Anything not accepted here goes through {@link boundsMessage}, which has the
 * last word and the message.
 */
function numberWithinBounds(value: number, bounds: Bounds, min: number, max: number): boolean {
  return (
    (bounds.minExclusive === true ? value > min : value >= min) &&
    value <= max &&
    (bounds.integer !== true || Number.isInteger(value))
  );
}

/** Largest whole number kept ready as a frozen decimal. */
const SMALL_INTEGER_MAX = 100;

/**
 * The whole numbers 0 to {@link SMALL_INTEGER_MAX} as frozen decimals, made at the first
 * parse: most of the numbers an offer states are hours, days and percents among them, and
 * sharing them — safe, since they are frozen — saves making and freezing a decimal for each
 * (bench/README.md, eighth round). Indexed by the number; any other index reads `undefined`.
 */
const smallIntegers = once((): readonly Decimal[] =>
  Object.freeze(Array.from({ length: SMALL_INTEGER_MAX + 1 }, (_, integer) => freezeDecimal(new Decimal(integer)))),
);

/** Turns a finite number or a checked decimal string into a Decimal; -0 becomes 0. */
function toDecimal(value: number | string): Decimal | null {
  // Numbers arrive finite: zod refuses NaN and ±Infinity before this runs.
  if (typeof value === 'string' && (value.length > DECIMAL_STRING_MAX_LENGTH || !DECIMAL_STRING.test(value))) {
    return null;
  }
  const decimal = new Decimal(value);
  return decimal.isZero() ? ZERO : decimal;
}

/** The JSON Schema bounds of a numeric field (for `offerJsonSchema`; validation is the transform's). */
function numberJsonSchema(bounds: Bounds): Record<string, unknown> {
  return {
    type: bounds.integer === true ? 'integer' : 'number',
    [bounds.minExclusive === true ? 'exclusiveMinimum' : 'minimum']: bounds.min.toNumber(),
    maximum: bounds.max.toNumber(),
  };
}

/**
 * A numeric field as one zod transform that checks the type, the form and the bounds itself,
 * rather than a union and a pipe: an offer has dozens of numeric fields.
 */
function decimalField<I extends number | string, O = Decimal>(
  accepts: (value: unknown) => value is I,
  expected: string,
  bounds: Bounds,
  output: (value: Decimal) => O = (value) => freezeDecimal(value) as O,
): z.ZodMiniType<O, I> {
  const jsonSchema =
    expected === NUMBER_OR_STRING
      ? {
          anyOf: [
            numberJsonSchema(bounds),
            { type: 'string', pattern: DECIMAL_STRING.source, maxLength: DECIMAL_STRING_MAX_LENGTH },
          ],
        }
      : numberJsonSchema(bounds);
  const min = bounds.min.toNumber();
  const max = bounds.max.toNumber();
  const field = z.transform((value: unknown, context): O => {
    if (typeof value === 'number' && numberWithinBounds(value, bounds, min, max)) {
      return output(value === 0 ? ZERO : (smallIntegers()[value] ?? new Decimal(value)));
    }
    const decimal = accepts(value) ? toDecimal(value) : null;
    if (decimal === null) {
      context.issues.push({ code: 'custom', input: value, message: plainTypeMessage(value, expected) });
      return z.NEVER;
    }
    const problem = boundsMessage(decimal, bounds);
    if (problem !== null) {
      context.issues.push({ code: 'custom', input: value, message: problem });
      return z.NEVER;
    }
    return output(decimal);
  });
  // zod reads a bare transform as optional input; the transform itself reports a missing value
  // ("is required"), and offerJsonSchema marks the field required.
  return field.register(z.globalRegistry, jsonSchema) as unknown as z.ZodMiniType<O, I>;
}

const NUMBER_OR_STRING = 'a number or a decimal string';

/** A finite JSON number. */
function isNumber(value: unknown): value is number {
  return typeof value === 'number' && Number.isFinite(value);
}

/** A finite JSON number or a string (whose form {@link toDecimal} checks). */
function isNumberOrString(value: unknown): value is number | string {
  return isNumber(value) || typeof value === 'string';
}

function plainTypeMessage(input: unknown, expected: string): string {
  return input === undefined ? 'is required' : `must be ${expected}, got ${describeValue(input)}`;
}

/**
 * A money field: a JSON number or a decimal string, 0 to 1e12 unless bounds say otherwise.
 *
 * @example
 * ```ts
 * money().parse("23.45").toString(); // "23.45"
 * ```
 */
export function money(bounds: Bounds = { min: new Decimal(0), max: MONEY_MAX }): z.ZodMiniType<Decimal, number | string> {
  return decimalField(isNumberOrString, NUMBER_OR_STRING, bounds);
}

/**
 * A percent field (`5` means 5 %): a JSON number or a decimal string, 0 to 1000 unless bounds
 * say otherwise.
 *
 * @example
 * ```ts
 * percent().parse(5).toString(); // "5"
 * ```
 */
export function percent(bounds: Bounds = { min: new Decimal(0), max: PERCENT_MAX }): z.ZodMiniType<Decimal, number | string> {
  return decimalField(isNumberOrString, NUMBER_OR_STRING, bounds);
}

/**
 * A count or a plain multiplier (hours, days, weeks, 1.5): a JSON number within bounds.
 *
 * @example
 * ```ts
 * quantity({ min: new Decimal(0), max: new Decimal(168) }).parse(40).toString(); // "40"
 * ```
 */
export function quantity(bounds: Bounds): z.ZodMiniType<Decimal, number> {
  return decimalField(isNumber, 'a number', bounds);
}

/**
 * A whole number within bounds, kept as a JavaScript number (years, counts).
 *
 * @example
 * ```ts
 * wholeNumber(1, 50).parse(3); // 3
 * ```
 */
export function wholeNumber(min: number, max: number): z.ZodMiniType<number, number> {
  return decimalField(isNumber, 'a number', { min: new Decimal(min), max: new Decimal(max), integer: true }, (value) =>
    value.toNumber(),
  );
}
