import { createExplainer } from '../src/explain.js';
import { parseOffer } from '../src/parse.js';
import type { Offer, OfferInput } from '../src/index.js';

/** US-dollar explanation formats, as evaluations use them. */
export const usd = createExplainer('USD');

/** Parses a test offer, with a label filled in. */
export function offer(fields: Omit<OfferInput, 'label'> & { label?: string }): Offer {
  return parseOffer({ label: 'Test offer', ...fields });
}
