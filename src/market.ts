export { STATE_MEAN_WAGES_MAY_2023, WAGE_DISTRIBUTIONS, type WageDistribution } from './data/wage-distributions.js';
export type { MarketPosition } from './engine/market-position.js';
export { equivalentSalary, type Area } from './api/equivalent-salary.js';
export { marketPosition, type MarketPositionOptions } from './api/market-position.js';
export { marketPositionToJSON, type MarketPositionJson } from './present/market-position-json.js';
