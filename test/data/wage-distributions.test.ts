import { readFileSync } from 'node:fs';
import { expect, test } from 'vitest';
import { STATE_MEAN_WAGES_MAY_2023, WAGE_DISTRIBUTIONS } from '../../src/data/wage-distributions.js';

const rows = (name: string) => readFileSync(new URL(`../../data/${name}`, import.meta.url), 'utf8').trim().split('\n').slice(1).map((row) => row.split(','));

test('the national distributions are the project\'s BLS CSV', () => {
  const national = rows('bls-oews-29-2072-national.csv');
  expect(WAGE_DISTRIBUTIONS.map((entry) => entry.release)).toEqual(national.map((row) => row[0]));
  national.forEach((row, index) => {
    const entry = WAGE_DISTRIBUTIONS[index];
    // release,employment,hourly_mean,annual_mean,p10_hourly,p10_annual,p25_hourly,p25_annual,median_hourly,median_annual,p75_hourly,p75_annual,p90_hourly,p90_annual
    expect(entry?.mean.toString()).toBe(row[3]);
    expect(entry?.percentiles.map((point) => point.annual.toString())).toEqual([row[5], row[7], row[9], row[11], row[13]]);
  });
});

test('every state mean is the project\'s BLS CSV', () => {
  const states = rows('bls-oews-29-2072-states-may2023.csv');
  expect(STATE_MEAN_WAGES_MAY_2023.size).toBe(states.length);
  for (const [state, annual] of states) expect(STATE_MEAN_WAGES_MAY_2023.get(`US-${state}`)?.toString()).toBe(annual);
});
