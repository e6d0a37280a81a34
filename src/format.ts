export { formatComparison, type ComparisonFormat, type FormatOptions } from './present/format-comparison.js';
