import { deepFreeze } from '../../util/freeze.js';
import type { PerStatus, Schedule } from './types.js';

/** The IRC §225 deduction for qualified overtime compensation (tax years 2025–2028). */
export interface OvertimeDeductionRules {
  /** The most a return may deduct: $12,500, $25,000 joint (§225(b)(1)). */
  readonly max: PerStatus<number>;
  /** Modified AGI above which the deduction shrinks (§225(b)(2)(A)). */
  readonly phaseOutStart: PerStatus<number>;
  /** Dollars the deduction loses for each whole $1,000 of modified AGI over the start. */
  readonly reductionPer1000: number;
}

/** The federal figures of one tax year. */
export interface FederalTaxYear {
  readonly year: number;
  readonly brackets: PerStatus<Schedule>;
  readonly standardDeduction: PerStatus<number>;
  /** The employee's Social Security rate and the year's wage base (IRC §3101(a); SSA). */
  readonly socialSecurity: { readonly ratePercent: string; readonly wageBase: number };
  /** IRC §3101(b)(1). */
  readonly medicareRatePercent: string;
  /** IRC §3101(b)(2): on a household's wages over the threshold. */
  readonly additionalMedicare: { readonly ratePercent: string; readonly threshold: PerStatus<number> };
  /** `null` outside tax years 2025–2028. */
  readonly overtimeDeduction: OvertimeDeductionRules | null;
  /** Where the year's brackets and standard deduction come from. */
  readonly source: string;
}

const FICA = { socialSecurityRate: '6.2', medicare: '1.45', additional: { ratePercent: '0.9', threshold: { single: 200_000, 'married-joint': 250_000, 'head-of-household': 200_000 } } };

// IRC §225(b), added by Pub. L. 119-21 §70202: $12,500 ($25,000 joint), reduced by $100 for each
// $1,000 of modified AGI over $150,000 ($300,000 joint); not indexed. Schedule 1-A (Form 1040)
// 2025, line 19: a partial $1,000 is dropped ("decrease the result to the next lower whole number").
const OVERTIME_DEDUCTION: OvertimeDeductionRules = {
  max: { single: 12_500, 'married-joint': 25_000, 'head-of-household': 12_500 },
  phaseOutStart: { single: 150_000, 'married-joint': 300_000, 'head-of-household': 150_000 },
  reductionPer1000: 100,
};

/**
 * Federal income tax brackets, standard deductions, FICA and the overtime deduction by tax
 * year, oldest first. Sources: brackets and standard deductions, IRS Rev. Proc. 2023-34 §3.01 and
 * §3.15 (2024), Rev. Proc. 2024-40 §3.01 (2025; standard deduction as amended by Pub. L. 119-21
 * §70102), Rev. Proc. 2025-32 §4.01 and §4.14 (2026; its head-of-household table checked
 * against its cumulative-tax column: $1,770 / $7,740 / $16,155 / $39,207 / $56,631 /
 * $191,171); Social Security wage bases from the SSA's yearly announcements (168,600 / 176,100 /
 * 184,500); rates from IRC §3101.
 *
 * @example
 * ```ts
 * FEDERAL_TAX.map((year) => year.standardDeduction.single); // [14600, 15750, 16100]
 * ```
 */
export const FEDERAL_TAX: readonly FederalTaxYear[] = deepFreeze([
  {
    year: 2024,
    brackets: {
      single: [[0, '10'], [11_600, '12'], [47_150, '22'], [100_525, '24'], [191_950, '32'], [243_725, '35'], [609_350, '37']],
      'married-joint': [[0, '10'], [23_200, '12'], [94_300, '22'], [201_050, '24'], [383_900, '32'], [487_450, '35'], [731_200, '37']],
      'head-of-household': [[0, '10'], [16_550, '12'], [63_100, '22'], [100_500, '24'], [191_950, '32'], [243_700, '35'], [609_350, '37']],
    },
    standardDeduction: { single: 14_600, 'married-joint': 29_200, 'head-of-household': 21_900 },
    socialSecurity: { ratePercent: FICA.socialSecurityRate, wageBase: 168_600 },
    medicareRatePercent: FICA.medicare,
    additionalMedicare: FICA.additional,
    overtimeDeduction: null,
    source: 'IRS Rev. Proc. 2023-34',
  },
  {
    year: 2025,
    brackets: {
      single: [[0, '10'], [11_925, '12'], [48_475, '22'], [103_350, '24'], [197_300, '32'], [250_525, '35'], [626_350, '37']],
      'married-joint': [[0, '10'], [23_850, '12'], [96_950, '22'], [206_700, '24'], [394_600, '32'], [501_050, '35'], [751_600, '37']],
      'head-of-household': [[0, '10'], [17_000, '12'], [64_850, '22'], [103_350, '24'], [197_300, '32'], [250_500, '35'], [626_350, '37']],
    },
    standardDeduction: { single: 15_750, 'married-joint': 31_500, 'head-of-household': 23_625 },
    socialSecurity: { ratePercent: FICA.socialSecurityRate, wageBase: 176_100 },
    medicareRatePercent: FICA.medicare,
    additionalMedicare: FICA.additional,
    overtimeDeduction: OVERTIME_DEDUCTION,
    source: 'IRS Rev. Proc. 2024-40; standard deduction as amended by Pub. L. 119-21',
  },
  {
    year: 2026,
    brackets: {
      single: [[0, '10'], [12_400, '12'], [50_400, '22'], [105_700, '24'], [201_775, '32'], [256_225, '35'], [640_600, '37']],
      'married-joint': [[0, '10'], [24_800, '12'], [100_800, '22'], [211_400, '24'], [403_550, '32'], [512_450, '35'], [768_700, '37']],
      'head-of-household': [[0, '10'], [17_700, '12'], [67_450, '22'], [105_700, '24'], [201_750, '32'], [256_200, '35'], [640_600, '37']],
    },
    standardDeduction: { single: 16_100, 'married-joint': 32_200, 'head-of-household': 24_150 },
    socialSecurity: { ratePercent: FICA.socialSecurityRate, wageBase: 184_500 },
    medicareRatePercent: FICA.medicare,
    additionalMedicare: FICA.additional,
    overtimeDeduction: OVERTIME_DEDUCTION,
    source: 'IRS Rev. Proc. 2025-32',
  },
] satisfies FederalTaxYear[]);

/**
 * The tax year used when none is given: the newest year of {@link FEDERAL_TAX}, fixed in each
 * release so that results never depend on today's date.
 *
 * @example
 * ```ts
 * DEFAULT_TAX_YEAR; // 2026
 * ```
 */
export const DEFAULT_TAX_YEAR = 2026;

/**
 * The federal figures of a tax year, or `undefined` when the table has no such year.
 *
 * @example
 * ```ts
 * federalTaxYear(2025)?.socialSecurity.wageBase; // 176100
 * ```
 */
export function federalTaxYear(year: number): FederalTaxYear | undefined {
  return FEDERAL_TAX.find((entry) => entry.year === year);
}
