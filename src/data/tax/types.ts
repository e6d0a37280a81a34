/** The filing statuses the tax estimate knows (married filing separately is not modelled). */
export type FilingStatus = 'single' | 'married-joint' | 'head-of-household';

/** One figure for each filing status. */
export type PerStatus<T> = Readonly<Record<FilingStatus, T>>;

/**
 * One bracket of a rate schedule: `[from, ratePercent]`, income from `from` up to the next
 * bracket's `from` taxed at `ratePercent` (a percent string: `"4.75"` is 4.75 %). A third
 * element, when present, is the tax at `from` as the official schedule states it (Ohio: "$342
 * plus 2.75 % of the amount over $26,050") instead of the sum of the brackets below.
 */
export type Bracket = readonly [from: number, ratePercent: string, taxAtFrom?: number];

/** A rate schedule: brackets with `from` strictly increasing, the first from 0. */
export type Schedule = readonly Bracket[];

/** What a state's taxable wages start from. */
export type StartingPoint =
  /** Federal adjusted gross income: wages less the pre-tax items federal law excludes. */
  | 'federal-agi'
  /** Federal taxable income: AGI less the federal standard deduction. */
  | 'federal-taxable-income'
  /** The state's own definition of wages (the pre-tax items it taxes are listed in `taxes`). */
  | 'own';

/** A pre-tax item of federal law that a state taxes anyway. */
export type StateTaxedItem =
  /** The employee's own HSA contributions (California, New Jersey). */
  | 'hsa'
  /** 401(k) deferrals (Pennsylvania). */
  | 'deferrals-401k'
  /** 403(b) and 457(b) deferrals (Pennsylvania, New Jersey). */
  | 'deferrals-403b-457b'
  /** Pension contributions picked up under IRC §414(h)(2) (Pennsylvania, New Jersey). */
  | 'pension'
  /** Section 125 premiums (New Jersey). */
  | 'premiums';

/** A state's personal exemption: a deduction from income or a credit against tax, per filing status. */
export interface PersonalExemption {
  readonly kind: 'deduction' | 'credit';
  readonly amounts: PerStatus<number>;
}

/** A state's income tax on wages in one tax year. */
export interface StateTaxYear {
  readonly year: number;
  readonly brackets: PerStatus<Schedule>;
  /**
   * `null`: the state has none (or starts from federal taxable income); `'federal'`: the federal
   * standard deduction of the tax year, as the state's statute says (Missouri, New Mexico).
   */
  readonly standardDeduction: PerStatus<number> | 'federal' | null;
  readonly personalExemption: PersonalExemption | null;
  /**
   * Figures of the year missing from the tables (not yet published when collected, or not found), taken from the year before and said so in
   * the explanation: `"standardDeduction"`, `"personalExemption"`.
   */
  readonly fromYearBefore: readonly ('standardDeduction' | 'personalExemption')[];
  /** The source of the brackets, in a few words: the form, publication or statute. */
  readonly source: string;
}

/** A state's (or DC's) income tax on the wages of a resident. */
export interface StateTaxRules {
  /** ISO 3166-2: `"US-OR"`. */
  readonly code: string;
  readonly name: string;
  /** `null` for a state without a tax on wages. */
  readonly startingPoint: StartingPoint | null;
  /**
   * The tax years in the tables, oldest first; empty without a tax on wages. A state with one
   * whose figures were not found for every filing status would have none either, and its line
   * would say "Not estimated" (no state is in that case today: a data test checks it).
   */
  readonly years: readonly StateTaxYear[];
  /** Pre-tax items of federal law that the state taxes. */
  readonly taxes: readonly StateTaxedItem[];
  /** What the state taxes on wages that the estimate leaves out, in a few words each. */
  readonly notModelled: readonly string[];
}

/** An employee payroll tax a state charges (disability, family leave, long-term care). */
export interface PayrollProgram {
  readonly name: string;
  /** The employee's share, a percent string. */
  readonly ratePercent: string;
  /** Wages a year the rate applies to, `null` for all. */
  readonly wageCap: number | null;
  /** The most a year, as the programme publishes it, `null` when it publishes none. */
  readonly maxPerYear: number | null;
  readonly source: string;
}

/** A state's employee payroll taxes in one year. */
export interface StatePayrollYear {
  readonly year: number;
  readonly programs: readonly PayrollProgram[];
}

/** A rate in force from a month of the year (Philadelphia's wage tax changes on July 1). */
export interface RatePeriod {
  /** 1 for January. */
  readonly fromMonth: number;
  readonly ratePercent: string;
}

/** A local income tax on a resident's wages, by tax year. */
export type LocalTax =
  /** A rate schedule on the state's taxable income (New York City). */
  | { readonly kind: 'brackets'; readonly years: readonly { readonly year: number; readonly brackets: PerStatus<Schedule>; readonly source: string }[] }
  /** A percent of the state's income tax (Yonkers' resident surcharge). */
  | { readonly kind: 'surcharge'; readonly years: readonly { readonly year: number; readonly percentOfStateTax: string; readonly source: string }[] }
  /** A flat rate on the state's taxable income (Maryland's counties and Baltimore City). */
  | { readonly kind: 'flat'; readonly years: readonly { readonly year: number; readonly ratePercent: string; readonly source: string }[] }
  /** A rate on wages before any pre-tax item, changing during the year (Philadelphia's wage tax). */
  | { readonly kind: 'wage'; readonly years: readonly { readonly year: number; readonly periods: readonly RatePeriod[]; readonly source: string }[] };

/** A locality with an income tax on its residents' wages. */
export interface Locality {
  /** `"US-NY-NYC"`, `"US-NY-YONKERS"`, `"US-PA-PHILADELPHIA"`, `"US-MD-MONTGOMERY"`, … */
  readonly code: string;
  readonly name: string;
  /** The state it is in: `"US-NY"`. */
  readonly state: string;
  readonly tax: LocalTax;
}
