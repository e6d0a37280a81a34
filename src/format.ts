export { formatComparison, type ComparisonFormat, type FormatOptions } from './format-comparison.js';
