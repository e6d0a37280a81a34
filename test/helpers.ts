import { Decimal } from '../src/decimal/decimal.js';
import { createExplainer } from '../src/engine/explain.js';
import { parseOffer } from '../src/offer/parse.js';
import type { Offer, OfferInput } from '../src/index.js';

/** US-dollar explanation formats, as evaluations use them. */
export const usd = createExplainer('USD');

/** Parses a test offer, with a label filled in. */
export function offer(fields: Omit<OfferInput, 'label'> & { label?: string }): Offer {
  return parseOffer({ label: 'Test offer', ...fields });
}

/** The first line of a component in a list of lines (an evaluation's or a projected year's). */
export function lineOf<L extends { readonly component: string }>(lines: readonly L[] | undefined, component: string): L | undefined {
  return lines?.find((entry) => entry.component === component);
}

/**
 * Paths of every object or list reachable from a value that is not frozen (decimals aside, which
 * are immutable through their API). Data properties only: getters are not run.
 */
export function unfrozenPaths(value: unknown, path = '$'): string[] {
  if (typeof value !== 'object' || value === null || value instanceof Decimal) return [];
  const own = Object.isFrozen(value) ? [] : [path];
  const children = Object.entries(Object.getOwnPropertyDescriptors(value)).flatMap(([key, descriptor]) =>
    'value' in descriptor ? unfrozenPaths(descriptor.value, `${path}.${key}`) : [],
  );
  return [...own, ...children];
}

/**
 * How many `Intl.NumberFormat`s a function makes (each costs far more than the arithmetic of a
 * line), counted through a subclass put in place of the global for the call.
 */
export function numberFormatsMadeBy(run: () => void): number {
  const Original = Intl.NumberFormat;
  let made = 0;
  Intl.NumberFormat = class extends Original {
    constructor(...parameters: ConstructorParameters<typeof Original>) {
      super(...parameters);
      made += 1;
    }
  } as typeof Intl.NumberFormat;
  try {
    run();
  } finally {
    Intl.NumberFormat = Original;
  }
  return made;
}

/** Whether a decimal is frozen with its digits: nothing can change its value. */
export function isFrozenDecimal(value: Decimal): boolean {
  return Object.isFrozen(value) && Object.isFrozen(value.d);
}

/**
 * Every decimal reachable from a value through its data properties and the getters of its
 * prototype (`low`, `high`, `breakEvenBase`, `projection`…), which compute what they return.
 */
export function reachableDecimals(value: unknown, found = new Set<Decimal>(), seen = new Set<object>()): Set<Decimal> {
  if (value instanceof Decimal) {
    found.add(value);
    return found;
  }
  if (typeof value !== 'object' || value === null || seen.has(value)) return found;
  seen.add(value);
  for (const descriptor of Object.values(Object.getOwnPropertyDescriptors(value))) {
    if ('value' in descriptor) reachableDecimals(descriptor.value, found, seen);
  }
  const prototype: unknown = Object.getPrototypeOf(value);
  if (prototype !== Object.prototype && prototype !== Array.prototype && prototype !== null) {
    for (const descriptor of Object.values(Object.getOwnPropertyDescriptors(prototype))) {
      if (descriptor.get !== undefined) reachableDecimals(descriptor.get.call(value), found, seen);
    }
  }
  return found;
}
