import type { OvertimeRuleName } from '../data/overtime-rules.js';
import type { Decimal } from '../decimal/decimal.js';

export type { OvertimeRuleName } from '../data/overtime-rules.js';

/** Money as a user writes it: a JSON number or a decimal string (`52000`, `"23.45"`). */
export type MoneyInput = number | string;
/** A percent as a user writes it: `5` means 5 %. A JSON number or a decimal string. */
export type PercentInput = number | string;

/** How often a salary `amount` is paid: a year has 1, 12, 24, 26 or 52 of them. */
export type PayPeriod = 'year' | 'month' | 'semimonth' | 'biweek' | 'week';
/** Kinds of bonus named in docs/semantics.md §1. */
export type BonusKind =
  | 'performance'
  | 'productivity'
  | 'accuracy'
  | 'team'
  | 'profit-sharing'
  | 'retention'
  | 'signing'
  | 'relocation'
  | 'referral'
  | 'other';
/** Kinds of insurance an employer may pay for. */
export type InsuranceKind = 'medical' | 'dental' | 'vision' | 'life' | 'disability' | 'other';
/** Retirement plan types: defined-contribution plans, and a defined-benefit `pension`. */
export type RetirementPlanType = '401k' | '403b' | '457b' | 'other' | 'pension';
/** Who a health plan or an HSA covers. */
export type Coverage = 'self' | 'self-plus-one' | 'family';
/** How often a benefit's or a cost's `amount` is paid. */
export type AmountPeriod = 'year' | 'month';
/** Pay components a retirement plan may count as eligible pay. */
export type EligiblePayComponent = 'base' | 'overtime' | 'bonuses' | 'differentials';
/** Kinds of pay differential. */
export type DifferentialKind = 'shift' | 'weekend' | 'holiday' | 'on-call' | 'other';

/**
 * A differential paid on top of the regular rate for some hours (docs/semantics.md §5.3): exactly
 * one of `amountPerHour` or `percentOfRate`, and exactly one of `hoursPerWeek`, `hoursPerYear` or
 * `percentOfHours`.
 */
export interface DifferentialInput {
  /** What the differential is called, as the offer names it ("Night shift"). */
  label: string;
  /** What kind of hours it pays for: shift, weekend, holiday, on-call or other (on-call hours are not hours worked, 29 CFR 785.17). */
  kind: DifferentialKind;
  /** Money an hour on top of the regular rate. */
  amountPerHour?: MoneyInput | undefined;
  /** Percent of the regular rate (after the location adjustment) an hour. */
  percentOfRate?: PercentInput | undefined;
  /** Hours a week the differential is paid, in each worked week. */
  hoursPerWeek?: number | undefined;
  /** Hours a year the differential is paid. */
  hoursPerYear?: number | undefined;
  /** Share of the hours worked the differential is paid for. */
  percentOfHours?: PercentInput | undefined;
  /** Guaranteed cash; default true for shift, weekend and holiday, false for on-call and other. */
  guaranteed?: boolean | undefined;
}

/** Production pay by the unit (docs/semantics.md §6): units an hour and tiers of a rate per unit. */
export interface PerUnitInput {
  /** What is counted: "chart", "encounter", "claim"… */
  unit: string;
  /** Units produced an hour. */
  unitsPerHour: number;
  /** Share of hours worked that are productive; default 100. */
  productivePercent?: PercentInput | undefined;
  /** Rates per unit from each threshold of units an hour, thresholds increasing (at most 10). */
  tiers: readonly PerUnitTierInput[];
}

/** One tier of production pay. */
export interface PerUnitTierInput {
  /** Units an hour from which this rate is paid (the first is the quota). */
  fromUnitsPerHour: number;
  /** Money a unit for the units in this tier. */
  ratePerUnit: MoneyInput;
}

/** A salaried offer's pay, as written. */
export interface SalaryPayInput {
  /** "salary" for pay by the year (or month, or pay period). */
  type: 'salary';
  /** Salary per `per` period. */
  amount: MoneyInput;
  /** Pay period of `amount`; default `"year"`. */
  per?: PayPeriod | undefined;
  /** Scheduled hours a week; default 40. */
  hoursPerWeek?: number | undefined;
  /** Exempt from overtime; default `true` for a salary. */
  exempt?: boolean | undefined;
  /** Hours a week after which every hour worked is overtime, 0–40; default 40 (an employer may start earlier, never later). */
  overtimeAfterHoursPerWeek?: number | undefined;
  /** Work days a week, 1–7; default 5. A day off is `hoursPerWeek / daysPerWeek` hours. */
  daysPerWeek?: number | undefined;
  /** The overtime rule: federal (FLSA §7(a)(1)), california (Cal. Lab. Code §510), daily-8 (AS 23.10.060), daily-12 (COMPS Order #39) or 8-and-80 (29 CFR 778.601); default from `location.region` (US-CA california, US-AK daily-8, US-CO daily-12), else federal. */
  overtimeRule?: OvertimeRuleName | undefined;
  /** An adopted alternative workweek (Lab. Code §511; health-care 12-hour shifts); default false. */
  alternativeWorkweek?: boolean | undefined;
  /** Shift, weekend, holiday, on-call and other differentials, at most 20; they enter the regular rate (29 CFR 778.207(b), 778.223). */
  differentials?: readonly DifferentialInput[] | undefined;
}

/** An hourly offer's pay, as written. Hourly pay is never exempt. */
export interface HourlyPayInput {
  /** "hourly" for pay by the hour. */
  type: 'hourly';
  /** Pay per hour. */
  rate: MoneyInput;
  /** Scheduled hours a week; default 40. */
  hoursPerWeek?: number | undefined;
  /** Paid weeks a year; default 52. */
  paidWeeksPerYear?: number | undefined;
  /** Hours a week after which every hour worked is overtime, 0–40; default 40 (an employer may start earlier, never later). */
  overtimeAfterHoursPerWeek?: number | undefined;
  /** Work days a week, 1–7; default 5. A day off is `hoursPerWeek / daysPerWeek` hours. */
  daysPerWeek?: number | undefined;
  /** The overtime rule: federal (FLSA §7(a)(1)), california (Cal. Lab. Code §510), daily-8 (AS 23.10.060), daily-12 (COMPS Order #39) or 8-and-80 (29 CFR 778.601); default from `location.region` (US-CA california, US-AK daily-8, US-CO daily-12), else federal. */
  overtimeRule?: OvertimeRuleName | undefined;
  /** An adopted alternative workweek (Lab. Code §511; health-care 12-hour shifts); default false. */
  alternativeWorkweek?: boolean | undefined;
  /** Shift, weekend, holiday, on-call and other differentials, at most 20; they enter the regular rate (29 CFR 778.207(b), 778.223). */
  differentials?: readonly DifferentialInput[] | undefined;
}

/** Expected overtime, as written: exactly one of `hoursPerWeek` or `hoursPerYear`. */
export interface OvertimeInput {
  /** Overtime hours you expect in a week with overtime. */
  hoursPerWeek?: number | undefined;
  /** Overtime hours you expect in a year, instead of `hoursPerWeek`. */
  hoursPerYear?: number | undefined;
  /** Weeks with overtime; default: the weeks actually worked (52 less time off). */
  weeksPerYear?: number | undefined;
  /** Overtime multiplier; default 1.5. */
  multiplier?: number | undefined;
  /** Fewest overtime hours in a week, for the `low` total (with `hoursPerWeek` only). */
  minHoursPerWeek?: number | undefined;
  /** Most overtime hours in a week, for the `high` total (with `hoursPerWeek` only). */
  maxHoursPerWeek?: number | undefined;
}

/** A bonus, as written: exactly one of `amount` (annual target) or `percentOfBase`. */
export interface BonusInput {
  /** The bonus as the offer names it ("Productivity"). */
  label: string;
  /** What the bonus rewards; decides whether it enters the FLSA regular rate and whether it is paid once (signing, relocation). */
  kind: BonusKind;
  /** A fixed target: a year's, or a quarter's or a month's (`per`). */
  amount?: MoneyInput | undefined;
  /** The period of `amount`; default "year". */
  per?: BonusPeriod | undefined;
  /** A target in percent of the annual base, instead of `amount`. */
  percentOfBase?: PercentInput | undefined;
  /** A percentage of all earnings (base, overtime and differentials); excluded from the regular rate (29 CFR 778.210). */
  percentOfEarnings?: PercentInput | undefined;
  /** Production pay by the unit; enters the regular rate (29 CFR 778.111). */
  perUnit?: PerUnitInput | undefined;
  /** Share of the target expected to be paid; default 100. */
  expectedPayoutPercent?: PercentInput | undefined;
  /** Share of the target in a bad year; default 0, or 100 when guaranteed. */
  minPayoutPercent?: PercentInput | undefined;
  /** Share of the target in a good year; default `expectedPayoutPercent`. */
  maxPayoutPercent?: PercentInput | undefined;
  /** Paid whatever happens: counts as guaranteed cash. Default false. */
  guaranteed?: boolean | undefined;
  /** Paid at the employer's sole discretion: stays out of the FLSA regular rate (29 CFR 778.211). Default false. */
  discretionary?: boolean | undefined;
  /** Paid once, in the first year only. Default true for `signing` and `relocation`. */
  oneTime?: boolean | undefined;
  /** For a one-time bonus: it must be repaid on leaving within `months` (prorated or whole), which puts it in the regular rate (29 CFR 778.211(c)). */
  clawback?: ClawbackInput | undefined;
  /** A fixed sum for being present or finishing a task (California: Alvarado v. Dart Container (2018) 4 Cal.5th 542); default false. */
  flatSum?: boolean | undefined;
}

/** How often a bonus `amount` is paid. */
export type BonusPeriod = 'year' | 'quarter' | 'month';

/** A one-time bonus's repayment on leaving early: within `months` (1–60), the whole or a prorated part. */
export interface ClawbackInput {
  /** Months after the start within which leaving means repaying the bonus. */
  months: number;
  /** Repay only the part of the period not served; default false (the whole bonus). */
  prorated?: boolean | undefined;
}

/** Insurance, as written. */
export interface InsuranceInput {
  /** What the insurance covers: medical, dental, vision, life, disability or other. */
  kind: InsuranceKind;
  /** A name for the line; default from `kind` ("Medical insurance"). */
  label?: string | undefined;
  /** What the employer pays a year. */
  employerPaid?: MoneyInput | undefined;
  /** What the employee pays a year (a cost). */
  employeePaid?: MoneyInput | undefined;
  /** Who the plan covers; default "self". */
  coverage?: Coverage | undefined;
  /** What the plan leaves you to pay for the care you expect (a cost line `out-of-pocket`). */
  outOfPocket?: OutOfPocketInput | undefined;
  /** Months before the coverage starts (0–24; a group health plan may not wait over 90 days, PHSA §2708); default 0. */
  startsAfterMonths?: number | undefined;
}

/** A health plan's cost sharing and the claims you expect in a year. */
export interface OutOfPocketInput {
  /** What you pay a year before the plan shares the cost. */
  deductible: MoneyInput;
  /** Your share of claims after the deductible, 0–100. */
  coinsurancePercent: PercentInput;
  /** The most you pay a year. */
  outOfPocketMax: MoneyInput;
  /** The medical bills you expect in a year, before the plan pays. */
  expectedClaims: MoneyInput;
}

/** A health savings account (IRC §223): what the employer and you put in a year. */
export interface HsaInput {
  /** What the employer puts in a year, cut so that it and yours stay within the IRC §223(b) limit; default 0. */
  employerContribution?: MoneyInput | undefined;
  /** Your own contribution: pre-tax, not a line, but it counts toward the IRC §223(b) limit. */
  employeeContribution?: MoneyInput | undefined;
  /** Self-only or family coverage of the high-deductible plan, which sets the IRC §223(b)(2) limit; default "self". */
  coverage?: Coverage | undefined;
  /** Months before the employer's contributions start (0–24); default 0. */
  startsAfterMonths?: number | undefined;
}

/** A health reimbursement arrangement: what the employer makes available, and how much you expect to use. */
export interface HraInput {
  /** What the employer makes available a year. */
  employerContribution: MoneyInput;
  /** Share of the money you expect to use, in percent; default 100. */
  expectedUsePercent?: PercentInput | undefined;
  /** Months before the money is available (0–24); default 0. */
  startsAfterMonths?: number | undefined;
}

/** A defined-benefit plan valued at the employer's normal cost, the figure public plans publish. */
export interface PensionInput {
  /** The employer's normal cost, in percent of eligible pay (outside the IRC §415(c) limit). */
  employerPercentOfPay: PercentInput;
  /** The employee's mandatory contribution, in percent of eligible pay (pre-tax, IRC §414(h)(2)); default 0. */
  employeePercentOfPay?: PercentInput | undefined;
}

/** One tier of an employer match. */
export interface MatchTierInput {
  /** Employer's match on this tier, in percent of the employee's deferral. */
  matchPercent: PercentInput;
  /** Upper end of the tier, in percent of eligible pay. */
  upToPercentOfPay: PercentInput;
}

/** How employer retirement money vests. */
export type VestingInput =
  | {
      /** "immediate": yours from the first day. */
      type: 'immediate';
    }
  | {
      /** "cliff": nothing until `years` of service, then everything. */
      type: 'cliff';
      /** Years of service before the employer's money is yours. */
      years: number;
    }
  | {
      /** "graded": a share more each year. */
      type: 'graded';
      /** Percent vested after each year of service, year 1 first, ending at 100. */
      vestedPercentByYear: readonly PercentInput[];
    };

/** A retirement plan, as written. */
export interface RetirementInput {
  /** The kind of plan: a 401(k), 403(b), 457(b) (its own limit, IRC §457(b)), other defined-contribution plan, or a pension. */
  plan: RetirementPlanType;
  /** The employer's match, tier by tier (50 % of the first 6 %: one tier). */
  match?: readonly MatchTierInput[] | undefined;
  /** What the employer puts in whether or not you defer, in percent of eligible pay; default 0. */
  nonElectivePercent?: PercentInput | undefined;
  /** Employee deferral in percent of eligible pay; default: the last tier's `upToPercentOfPay`. */
  employeeContributionPercent?: PercentInput | undefined;
  /** Components counted as eligible pay; default `["base"]`. */
  eligiblePay?: readonly EligiblePayComponent[] | undefined;
  /** Default `{ type: "immediate" }`. */
  vesting?: VestingInput | undefined;
  /** A governmental (or church) plan, outside ERISA's vesting rules (IRC §411(e)); default false. */
  governmental?: boolean | undefined;
  /** For `plan: "pension"`: the employer's normal cost and the employee's contribution. */
  pension?: PensionInput | undefined;
  /** Months before you may join the plan (0–24; as a rule a year of service at most, IRC §410(a)(1)); default 0. */
  startsAfterMonths?: number | undefined;
}

/** Paid time off in days a year. */
export interface TimeOffInput {
  /** Paid vacation days a year; default 0. */
  vacationDays?: number | undefined;
  /** Paid sick days a year; default 0. */
  sickDays?: number | undefined;
  /** Paid holidays a year; default 0. */
  holidays?: number | undefined;
  /** Paid personal days a year; default 0. */
  personalDays?: number | undefined;
}

/** Continuing-education money a year. */
export interface EducationInput {
  /** Money a year for continuing-education units (CEUs); default 0. */
  ceuStipend?: MoneyInput | undefined;
  /** Certification and membership fees the employer pays a year (AAPC, AHIMA); default 0. */
  certificationFeesCovered?: MoneyInput | undefined;
  /** Tuition the employer repays a year; default 0. */
  tuitionReimbursement?: MoneyInput | undefined;
  /** Share of the money you expect to use; default 100. */
  expectedUsePercent?: PercentInput | undefined;
  /** Months before the money is available (0–24); default 0. */
  startsAfterMonths?: number | undefined;
}

/** Any other benefit: exactly one of `annualValue`, or `amount` with `per`. */
export interface OtherBenefitInput {
  /** The benefit as the offer names it ("Gym membership"). */
  label: string;
  /** What the benefit is worth a year, instead of `amount`. */
  annualValue?: MoneyInput | undefined;
  /** What the benefit is worth each `per` period, instead of `annualValue`. */
  amount?: MoneyInput | undefined;
  /** The period of `amount`; default "year". */
  per?: AmountPeriod | undefined;
}

/** Any other cost: exactly one of `annualAmount`, `amount` with `per`, or `percentOfBase` (union dues). */
export interface OtherCostInput {
  /** The cost as you name it ("Parking permit"). */
  label: string;
  /** What it costs a year. */
  annualAmount?: MoneyInput | undefined;
  /** What it costs each `per` period. */
  amount?: MoneyInput | undefined;
  /** The period of `amount`; default "year". */
  per?: AmountPeriod | undefined;
  /** What it costs in percent of the annual base (union dues). */
  percentOfBase?: PercentInput | undefined;
}

/** Benefits, as written. */
export interface BenefitsInput {
  /** Insurance the employer pays for. */
  insurance?: readonly InsuranceInput[] | undefined;
  /** One plan, or a list of up to 3 (a 403(b) beside a 457(b), a 401(k) beside a pension). */
  retirement?: RetirementInput | readonly RetirementInput[] | undefined;
  /** A health savings account (IRC §223). */
  hsa?: HsaInput | undefined;
  /** A health reimbursement arrangement. */
  hra?: HraInput | undefined;
  /** Paid time off: shown, never added, because base pay already pays for it. */
  timeOff?: TimeOffInput | undefined;
  /** Continuing-education money. */
  education?: EducationInput | undefined;
  /** Any other benefit with a value a year (a gym, a phone). */
  other?: readonly OtherBenefitInput[] | undefined;
}

/** A commute: days a week at a cost a day, for every week worked. */
export interface CommuteInput {
  /** Days a week you travel to work. */
  daysPerWeek: number;
  /** What a day's travel costs, there and back. */
  costPerDay: MoneyInput;
}
/** Costs of taking the job, as written. */
export interface CostsInput {
  /** What getting to work costs. */
  commute?: CommuteInput | undefined;
  /** Any other cost of taking the job (parking, union dues). */
  other?: readonly OtherCostInput[] | undefined;
}

/** Where the job is, as written. */
export interface LocationInput {
  /** A name for the place ("Newark, NJ"). */
  label?: string | undefined;
  /** A price index where the reference area is 100. Wins over `region`. */
  costIndex?: number | undefined;
  /** ISO 3166-2 code of a US state or DC (`"US-NJ"`): looks up the BEA regional price parity. */
  region?: string | undefined;
  /** The employer's location pay adjustment, in percent (may be negative, above -100). */
  payAdjustmentPercent?: PercentInput | undefined;
}

/** A raise in a given year of the offer. */
export interface GrowthStepInput {
  /** The year of the offer the raise applies from (1–50); or give `month`. */
  year?: number | undefined;
  /** The month of the offer the raise applies from (1–120); or give `year`. */
  month?: number | undefined;
  /** The raise, in percent of the base before it. */
  percent: PercentInput;
  /** A name for the raise ("After certification"). */
  label?: string | undefined;
}

/** Expected pay growth, as written. */
export interface GrowthInput {
  /** A raise each year from year 2, in percent; default 0. */
  annualRaisePercent?: PercentInput | undefined;
  /** Raises in given years or months (a promotion, a certification). */
  steps?: readonly GrowthStepInput[] | undefined;
}

/** An offer as a user writes it (docs/semantics.md §1). Everything but `label` and `pay` is optional. */
export interface OfferInput {
  /** A short name for the offer in tables and JSON; default from `label` ("mercy-ccs"). */
  id?: string | undefined;
  /** The offer as you name it; required, not empty. */
  label: string;
  /** ISO 4217 code of every amount; default "USD". */
  currency?: string | undefined;
  /** Base pay: a salary or an hourly rate. */
  pay: SalaryPayInput | HourlyPayInput;
  /** Overtime you expect to work. */
  overtime?: OvertimeInput | undefined;
  /** Bonuses: amounts, percents or production pay. */
  bonuses?: readonly BonusInput[] | undefined;
  /** What the employer pays for besides pay. */
  benefits?: BenefitsInput | undefined;
  /** What taking the job costs you. */
  costs?: CostsInput | undefined;
  /** Where the job is: a region or a price index, and a location pay adjustment. */
  location?: LocationInput | undefined;
  /** Raises you expect, for projections over several years. */
  growth?: GrowthInput | undefined;
}

/** A salaried offer's pay, parsed. */
export interface SalaryPay {
  readonly type: 'salary';
  readonly amount: Decimal;
  readonly per: PayPeriod;
  readonly hoursPerWeek: Decimal;
  readonly exempt: boolean;
  readonly overtimeAfterHoursPerWeek: Decimal;
  readonly daysPerWeek: Decimal;
  readonly overtimeRule: OvertimeRuleName;
  readonly alternativeWorkweek: boolean;
  readonly differentials: readonly Differential[];
}

/** An hourly offer's pay, parsed. */
export interface HourlyPay {
  readonly type: 'hourly';
  readonly rate: Decimal;
  readonly hoursPerWeek: Decimal;
  readonly paidWeeksPerYear: Decimal;
  readonly exempt: false;
  readonly overtimeAfterHoursPerWeek: Decimal;
  readonly daysPerWeek: Decimal;
  readonly overtimeRule: OvertimeRuleName;
  readonly alternativeWorkweek: boolean;
  readonly differentials: readonly Differential[];
}

/** A differential, parsed: exactly one rate and one amount of hours are set. */
export interface Differential {
  readonly label: string;
  readonly kind: DifferentialKind;
  readonly amountPerHour: Decimal | null;
  readonly percentOfRate: Decimal | null;
  readonly hoursPerWeek: Decimal | null;
  readonly hoursPerYear: Decimal | null;
  readonly percentOfHours: Decimal | null;
  readonly guaranteed: boolean;
}

/** Production pay, parsed. */
export interface PerUnit {
  readonly unit: string;
  readonly unitsPerHour: Decimal;
  readonly productivePercent: Decimal;
  readonly tiers: readonly { readonly fromUnitsPerHour: Decimal; readonly ratePerUnit: Decimal }[];
}

/** Overtime, parsed: exactly one of the hour fields is set. */
export interface Overtime {
  readonly hoursPerWeek: Decimal | null;
  readonly hoursPerYear: Decimal | null;
  readonly weeksPerYear: Decimal | null;
  readonly multiplier: Decimal;
  readonly minHoursPerWeek: Decimal | null;
  readonly maxHoursPerWeek: Decimal | null;
}

/** A bonus, parsed, with every default filled. */
export interface Bonus {
  readonly label: string;
  readonly kind: BonusKind;
  /** Exactly one of `amount`, `percentOfBase`, `percentOfEarnings` and `perUnit` is set. */
  readonly amount: Decimal | null;
  /** The period of `amount`. */
  readonly per: BonusPeriod;
  readonly percentOfBase: Decimal | null;
  readonly percentOfEarnings: Decimal | null;
  readonly perUnit: PerUnit | null;
  readonly expectedPayoutPercent: Decimal;
  readonly minPayoutPercent: Decimal;
  readonly maxPayoutPercent: Decimal;
  readonly guaranteed: boolean;
  readonly discretionary: boolean;
  readonly oneTime: boolean;
  /** Set only on one-time bonuses. */
  readonly clawback: Clawback | null;
  readonly flatSum: boolean;
}

/** A clawback, parsed. */
export interface Clawback {
  readonly months: number;
  readonly prorated: boolean;
}

/** Insurance, parsed. */
export interface Insurance {
  readonly kind: InsuranceKind;
  readonly label: string;
  readonly employerPaid: Decimal;
  readonly employeePaid: Decimal;
  readonly coverage: Coverage;
  readonly outOfPocket: OutOfPocket | null;
  readonly startsAfterMonths: number;
}

/** A health plan's cost sharing, parsed. */
export interface OutOfPocket {
  readonly deductible: Decimal;
  readonly coinsurancePercent: Decimal;
  readonly outOfPocketMax: Decimal;
  readonly expectedClaims: Decimal;
}

/** An HSA, parsed. */
export interface Hsa {
  readonly employerContribution: Decimal;
  readonly employeeContribution: Decimal;
  readonly coverage: Coverage;
  readonly startsAfterMonths: number;
}

/** An HRA, parsed. */
export interface Hra {
  readonly employerContribution: Decimal;
  readonly expectedUsePercent: Decimal;
  readonly startsAfterMonths: number;
}

/** A pension, parsed. */
export interface Pension {
  readonly employerPercentOfPay: Decimal;
  readonly employeePercentOfPay: Decimal;
}

/** A match tier, parsed. */
export interface MatchTier {
  readonly matchPercent: Decimal;
  readonly upToPercentOfPay: Decimal;
}

/** Vesting, parsed. */
export type Vesting =
  | { readonly type: 'immediate' }
  | { readonly type: 'cliff'; readonly years: number }
  | { readonly type: 'graded'; readonly vestedPercentByYear: readonly Decimal[] };

/** A retirement plan, parsed. */
export interface Retirement {
  readonly plan: RetirementPlanType;
  readonly match: readonly MatchTier[];
  readonly nonElectivePercent: Decimal;
  readonly employeeContributionPercent: Decimal;
  readonly eligiblePay: readonly EligiblePayComponent[];
  readonly vesting: Vesting;
  readonly governmental: boolean;
  /** Set exactly for `plan: "pension"`. */
  readonly pension: Pension | null;
  readonly startsAfterMonths: number;
}

/** Time off, parsed (days a year). */
export interface TimeOff {
  readonly vacationDays: Decimal;
  readonly sickDays: Decimal;
  readonly holidays: Decimal;
  readonly personalDays: Decimal;
}

/** Education money, parsed. */
export interface Education {
  readonly ceuStipend: Decimal;
  readonly certificationFeesCovered: Decimal;
  readonly tuitionReimbursement: Decimal;
  readonly expectedUsePercent: Decimal;
  readonly startsAfterMonths: number;
}

/** Benefits, parsed. */
export interface Benefits {
  readonly insurance: readonly Insurance[];
  /** Every retirement plan, in the order given (empty without one). */
  readonly retirement: readonly Retirement[];
  readonly hsa: Hsa | null;
  readonly hra: Hra | null;
  readonly timeOff: TimeOff;
  readonly education: Education;
  readonly other: readonly OtherBenefit[];
}

/** Another benefit, parsed: its yearly value, and how it was stated. */
export interface OtherBenefit {
  readonly label: string;
  readonly annualValue: Decimal;
  /** The stated amount and its period, or `null` when `annualValue` was given. */
  readonly amount: Decimal | null;
  readonly per: AmountPeriod;
}

/** Another cost, parsed: a yearly amount (stated, or `amount` × its periods), or a percent of base. */
export interface OtherCost {
  readonly label: string;
  /** `null` for a percent of base. */
  readonly annualAmount: Decimal | null;
  readonly amount: Decimal | null;
  readonly per: AmountPeriod;
  readonly percentOfBase: Decimal | null;
}

/** Costs, parsed. */
export interface Costs {
  readonly commute: { readonly daysPerWeek: Decimal; readonly costPerDay: Decimal } | null;
  readonly other: readonly OtherCost[];
}

/** Location, parsed. `costIndex` is the explicit index, else the region's parity, else null. */
export interface Location {
  readonly label: string | null;
  readonly costIndex: Decimal | null;
  readonly region: string | null;
  readonly payAdjustmentPercent: Decimal;
}

/** Growth, parsed. */
export interface Growth {
  readonly annualRaisePercent: Decimal;
  /** Each step from a year (`month` null) or from a month of the offer (`year` null). */
  readonly steps: readonly { readonly year: number | null; readonly month: number | null; readonly percent: Decimal; readonly label: string | null }[];
}

/** An offer after validation: every default filled, every amount a {@link Decimal}, deeply frozen. */
export interface Offer {
  readonly id: string;
  readonly label: string;
  readonly currency: string;
  readonly pay: SalaryPay | HourlyPay;
  readonly overtime: Overtime | null;
  readonly bonuses: readonly Bonus[];
  readonly benefits: Benefits;
  readonly costs: Costs;
  readonly location: Location;
  readonly growth: Growth;
}
