export { equivalentSalary, type Area } from './api/equivalent-salary.js';
export { marketPosition, type MarketPosition, type MarketPositionOptions } from './api/market-position.js';
export { STATE_MEAN_WAGES_MAY_2023, WAGE_DISTRIBUTIONS, type WageDistribution } from './data/wage-distributions.js';
