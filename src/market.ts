export { equivalentSalary, type Area } from './equivalent-salary.js';
export { marketPosition, type MarketPosition, type MarketPositionOptions } from './market-position.js';
export { STATE_MEAN_WAGES_MAY_2023, WAGE_DISTRIBUTIONS, type WageDistribution } from './wage-distributions.js';
