import { expect, test } from 'vitest';
import { Decimal } from '../../src/decimal/decimal.js';
import { line } from '../../src/engine/line.js';

const fields = { component: 'cost', label: 'Parking', amount: new Decimal(600), category: 'costs', recurring: true } as const;

test('a line is frozen data whose explanation is written each time it is read, and only then', () => {
  let writes = 0;
  const parking = line({
    ...fields,
    explanation: () => {
      writes += 1;
      return 'Parking: $600.00 a year.';
    },
  });
  expect(Object.isFrozen(parking)).toBe(true);
  expect(writes).toBe(0);
  expect(parking.explanation).toBe('Parking: $600.00 a year.');
  expect(parking.explanation).toBe('Parking: $600.00 a year.');
  expect(writes).toBe(2);
  expect(() => {
    (parking as { label: string }).label = 'changed';
  }).toThrow(TypeError);
  expect(parking).toMatchObject({ ...fields, explanation: 'Parking: $600.00 a year.' });
});

test('JSON.stringify writes every field, the explanation included', () => {
  const parking = line({ ...fields, explanation: () => 'Parking: $600.00 a year.' });
  expect(JSON.parse(JSON.stringify(parking))).toEqual({
    component: 'cost',
    label: 'Parking',
    amount: '600',
    category: 'costs',
    recurring: true,
    explanation: 'Parking: $600.00 a year.',
  });
});
