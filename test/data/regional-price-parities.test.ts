import { readFileSync } from 'node:fs';
import { expect, test } from 'vitest';
import { REGION_CODES, REGIONAL_PRICE_PARITIES_SOURCE, regionalPriceParity } from '../../src/index.js';

const csv = readFileSync(new URL('../../data/bea-rpp-states-2024.csv', import.meta.url), 'utf8').trim().split('\n').slice(1);

test('every state in the project\'s BEA CSV is shipped with exactly its parity', () => {
  expect(csv).toHaveLength(51);
  for (const row of csv) {
    const [state, parity] = row.split(',');
    expect(regionalPriceParity(`US-${state}`)?.toString()).toBe(String(Number(parity)));
  }
  expect(REGION_CODES).toHaveLength(51);
});

test('unknown codes have no parity; the vintage is recorded', () => {
  expect(regionalPriceParity('US-XX')).toBeUndefined();
  expect(regionalPriceParity('toString')).toBeUndefined();
  expect(REGIONAL_PRICE_PARITIES_SOURCE).toMatchObject({ year: 2024, released: '2026-02-19' });
});
