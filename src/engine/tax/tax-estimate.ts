import { type Decimal, Decimal as DecimalOf, HUNDRED, ZERO, sum } from '../../decimal/decimal.js';
import type { FederalTaxYear } from '../../data/tax/federal-tax.js';
import type { FilingStatus, Locality, PayrollProgram, StatePayrollYear, StateTaxRules } from '../../data/tax/types.js';
import { annualBase } from '../base-pay.js';
import { evaluationContext } from '../context.js';
import type { OfferEvaluation } from '../evaluation.js';
import { createExplainer, type Explainer } from '../explain.js';
import { type AddedTax, federalIncomeTax } from './federal-income-tax.js';
import { type Fica, fica } from './fica.js';
import { type LocalIncomeTax, localIncomeTax } from './local-income-tax.js';
import { type OvertimeDeduction, overtimeDeduction } from './overtime-deduction.js';
import { type QualifiedOvertime, qualifiedOvertime } from './qualified-overtime.js';
import { type StateIncomeTax, stateIncomeTax } from './state-income-tax.js';
import { payrollProgramTax } from './state-payroll-tax.js';
import { tableYear } from './table-year.js';
import { type TaxLine, taxLine } from './tax-line.js';
import { stateWages, type TaxWages, taxWages } from './tax-wages.js';

/** The settings of one estimate, every code resolved to its table. */
export interface ResolvedTaxOptions {
  readonly filingStatus: FilingStatus;
  readonly taxYear: number;
  readonly federal: FederalTaxYear;
  /** The state's rules; `null` when no state applies (see `stateSkipped`). */
  readonly state: StateTaxRules | null;
  /** Why there is no state: `"none"` when asked for none, `"unknown"` when the offer names none. */
  readonly stateSkipped: 'none' | 'unknown' | null;
  /** The state's employee payroll programmes by year (empty without). */
  readonly payroll: readonly StatePayrollYear[];
  readonly locality: Locality | null;
  /** A flat local rate on wages, for a locality the table does not have. */
  readonly localRatePercent: Decimal | null;
  /** The household's other wages (a spouse's job). */
  readonly otherWages: Decimal;
  /** `false` for a job outside Social Security. */
  readonly socialSecurity: boolean;
}

/** An offer's taxes for one tax year (docs/semantics.md §22). Every figure exact; frozen. */
export interface TaxEstimate {
  readonly id: string;
  readonly label: string;
  readonly taxYear: number;
  readonly filingStatus: FilingStatus;
  /** The state whose taxes were estimated, `null` for none. */
  readonly state: string | null;
  readonly locality: string | null;
  readonly wages: TaxWages;
  /** The FLSA-required overtime premium, the base of the overtime deduction. */
  readonly qualifiedOvertime: QualifiedOvertime;
  readonly lines: readonly TaxLine[];
  /** The tax lines summed (the overtime deduction is no tax). */
  readonly taxes: Decimal;
  /** `W − pre-tax items − taxes`: the pay that reaches your account. */
  readonly takeHomePay: Decimal;
  /** `annual − taxes`: the headline after tax (employer benefits are untaxed and stay whole). */
  readonly afterTaxAnnual: Decimal;
  /** `taxes / W × 100`. */
  readonly effectiveRatePercent: Decimal;
  /** The taxes on the next $100 of wages, in percent (pre-tax items held). */
  readonly marginalRatePercent: Decimal;
}

/** Every tax figure of an estimate on a set of wages. */
interface TaxFigures {
  readonly deduction: OvertimeDeduction;
  readonly federal: AddedTax;
  readonly fica: Fica;
  readonly state: StateIncomeTax | null;
  /** Whether the state's figures are of an earlier year than the one asked. */
  readonly stateFallback: boolean;
  readonly payroll: readonly { readonly program: PayrollProgram; readonly year: number; readonly amount: Decimal }[];
  readonly local: LocalIncomeTax | null;
  readonly total: Decimal;
}

/** The taxes on a set of wages: federal (after the overtime deduction), FICA, state, state payroll, local. */
function taxFigures(wages: TaxWages, premium: Decimal, options: ResolvedTaxOptions): TaxFigures {
  const { federal: year, filingStatus: status, otherWages } = options;
  // Modified AGI: the household's federal wages (no exclusion under §§911, 931, 933 applies to these wages).
  const deduction = overtimeDeduction(year.overtimeDeduction, status, premium, wages.federalWages.plus(otherWages));
  const federal = federalIncomeTax(year, status, wages.federalWages, otherWages, deduction.amount);
  const payrollTaxes = fica(year, status, wages.ficaWages, otherWages, options.socialSecurity);
  const rules = options.state;
  const stateYear = rules === null ? null : tableYear(rules.years, options.taxYear);
  const state = rules === null || stateYear === null ? null : stateIncomeTax(rules, stateYear.entry, year, status, stateWages(wages, rules.taxes), otherWages);
  const payrollYear = tableYear(options.payroll, options.taxYear);
  const payroll = (payrollYear?.entry.programs ?? []).map((program) => ({
    program,
    year: (payrollYear?.entry.year ?? options.taxYear),
    amount: payrollProgramTax(program, wages.ficaWages),
  }));
  const base = {
    stateTaxable: state?.taxable ?? ZERO,
    stateTaxableWithout: state?.taxableWithout ?? ZERO,
    stateTax: state?.tax ?? ZERO,
    wages: wages.wages,
  };
  const local =
    options.locality !== null
      ? localIncomeTax(options.locality.tax, options.taxYear, status, base)
      : options.localRatePercent === null
        ? null
        : { tax: wages.wages.times(options.localRatePercent).div(100), year: options.taxYear, source: 'localRatePercent', ratePercent: options.localRatePercent };
  const total = sum([
    federal.tax,
    payrollTaxes.socialSecurity,
    payrollTaxes.medicare,
    payrollTaxes.additionalMedicare,
    state?.tax ?? ZERO,
    ...payroll.map((entry) => entry.amount),
    local?.tax ?? ZERO,
  ]);
  return { deduction, federal, fica: payrollTaxes, state, stateFallback: stateYear?.fallback ?? false, payroll, local, total };
}

const STATUS_WORDS: Readonly<Record<FilingStatus, string>> = { single: 'single', 'married-joint': 'married filing jointly', 'head-of-household': 'head of household' };

/** The lines of an estimate, each explained beside its figures. */
function taxLines(wages: TaxWages, overtime: QualifiedOvertime, figures: TaxFigures, options: ResolvedTaxOptions, explain: Explainer): TaxLine[] {
  const { money, percent } = explain;
  const year = options.federal;
  const status = options.filingStatus;
  const other = options.otherWages;
  const otherWords = other.isZero() ? '' : ` + ${money(other)} of other household wages`;
  const added = (tax: AddedTax, by: string) => addedWords(tax, by, other, explain);
  const lines: TaxLine[] = [];
  const { deduction, federal } = figures;
  if (!deduction.premium.isZero() && year.overtimeDeduction !== null) {
    lines.push(
      taxLine('overtime-deduction', 'Overtime deduction (IRC §225)', deduction.amount, () =>
        `The FLSA premium, 0.5 × ${explain.rate(overtime.regularRate)} regular rate × ${explain.number(overtime.hours)} overtime h = ${money(deduction.premium)}` +
        (deduction.capped.lessThan(deduction.premium) ? `, capped at ${money(deduction.capped)}` : '') +
        (deduction.reduction.isZero() ? '' : `, less ${money(deduction.reduction)} ($100 for each whole $1,000 of income over ${money(new DecimalOf(year.overtimeDeduction?.phaseOutStart[status] ?? 0))})`) +
        `: ${money(deduction.amount)} off taxable income in ${year.year} (not a tax).`,
      ),
    );
  }
  lines.push(
    taxLine('federal-income-tax', 'Federal income tax', federal.tax, () =>
      `${year.year}, ${STATUS_WORDS[status]}: ${money(wages.federalWages)} federal wages${otherWords} − ${money(new DecimalOf(year.standardDeduction[status]))} standard deduction` +
      `${deduction.amount.isZero() ? '' : ` − ${money(deduction.amount)} overtime deduction`} = ${money(federal.taxable)} taxable; ${added(federal, `the ${year.source} brackets`)}.`,
    ),
  );
  const ssRate = percent(new DecimalOf(year.socialSecurity.ratePercent));
  lines.push(
    taxLine('social-security', 'Social Security', figures.fica.socialSecurity, () =>
      options.socialSecurity
        ? `${ssRate} × ${money(wages.ficaWages.lessThan(year.socialSecurity.wageBase) ? wages.ficaWages : new DecimalOf(year.socialSecurity.wageBase))}` +
          `${wages.ficaWages.greaterThan(year.socialSecurity.wageBase) ? ` (the ${year.year} wage base)` : ' Social Security and Medicare wages'} = ${money(figures.fica.socialSecurity)}.`
        : 'None: the job is outside Social Security.',
    ),
  );
  lines.push(
    taxLine('medicare', 'Medicare', figures.fica.medicare, () =>
      `${percent(new DecimalOf(year.medicareRatePercent))} × ${money(wages.ficaWages)} = ${money(figures.fica.medicare)}.`,
    ),
  );
  if (!figures.fica.additionalMedicare.isZero()) {
    lines.push(
      taxLine('additional-medicare', 'Additional Medicare', figures.fica.additionalMedicare, () =>
        `${percent(new DecimalOf(year.additionalMedicare.ratePercent))} of the household's wages over ${money(new DecimalOf(year.additionalMedicare.threshold[status]))} = ${money(figures.fica.additionalMedicare)}.`,
      ),
    );
  }
  lines.push(...stateLines(wages, figures, options, explain));
  return lines;
}

/** A tax the job adds, in words: with the job, less on the other wages alone when there are any. */
function addedWords(tax: AddedTax, by: string, other: Decimal, explain: Explainer): string {
  const { money } = explain;
  return other.isZero()
    ? `${money(tax.tax)} by ${by}`
    : `${money(tax.taxWith)} by ${by}, less ${money(tax.taxWithout)} on the other wages' ${money(tax.taxableWithout)} taxable alone = ${money(tax.tax)}`;
}

/** How an explanation starts when a tax could not be estimated at all. */
const NOT_ESTIMATED = 'Not estimated';
/** What an explanation says of a year's figure missing from the tables (an earlier year's used). */
const NOT_IN_TABLES = 'not in these tables';

/**
 * Whether a tax line's explanation says a table lacked a figure — not estimated, or an earlier
 * year's used — which the Taxes block repeats in its notes.
 *
 * @example
 * ```ts
 * saysATableLacks("2025 (2026 figures not in these tables: 2025's): …"); // true
 * ```
 */
export function saysATableLacks(explanation: string): boolean {
  return explanation.startsWith(NOT_ESTIMATED) || explanation.includes(NOT_IN_TABLES);
}

/** The state's income tax, payroll programmes and the local tax. */
function stateLines(wages: TaxWages, figures: TaxFigures, options: ResolvedTaxOptions, explain: Explainer): TaxLine[] {
  const { money, percent } = explain;
  const rules = options.state;
  const lines: TaxLine[] = [];
  if (rules === null) {
    if (options.stateSkipped === 'unknown') {
      lines.push(taxLine('state-income-tax', 'State income tax', ZERO, () => `${NOT_ESTIMATED}: the offer names no state (location.region) and none was given.`));
    }
    return lines;
  }
  const state = figures.state;
  if (state === null) {
    lines.push(
      taxLine('state-income-tax', `${rules.name} income tax`, ZERO, () =>
        rules.startingPoint === null
          ? `${rules.name} has no income tax on wages.`
          : `${NOT_ESTIMATED}: ${rules.name}'s figures for every filing status are not in the tables (docs/tax-sources.md).`,
      ),
    );
  } else {
    const added = rules.taxes.length === 0 ? '' : ` (with ${rules.taxes.join(', ')} taxed)`;
    const fallback = figures.stateFallback ? ` (${options.taxYear} figures ${NOT_IN_TABLES}: ${state.year.year}'s)` : '';
    const borrowed =
      state.year.fromYearBefore.length === 0
        ? ''
        : `; the ${state.year.fromYearBefore.map((field) => (field === 'standardDeduction' ? 'standard deduction' : 'personal exemption')).join(' and ')} of ${state.year.year - 1}, ${state.year.year}'s ${NOT_IN_TABLES}`;
    lines.push(
      taxLine('state-income-tax', `${rules.name} income tax`, state.tax, () =>
        `${state.year.year}${fallback}: ${money(stateWages(wages, rules.taxes))} state wages${added}${options.otherWages.isZero() ? '' : ` + ${money(options.otherWages)} of other household wages`}` +
        ` → ${money(state.taxable)} taxable after the state's deductions; ${addedWords(state, `the rates of ${state.year.source}`, options.otherWages, explain)}${borrowed}.`,
      ),
    );
  }
  for (const { program, year, amount } of figures.payroll) {
    lines.push(
      taxLine('state-payroll-tax', program.name, amount, () =>
        `${year}: ${percent(new DecimalOf(program.ratePercent))} of ${program.wageCap === null ? '' : `up to ${money(new DecimalOf(program.wageCap))} of `}${money(wages.ficaWages)} wages` +
        `${program.maxPerYear === null ? '' : `, at most ${money(new DecimalOf(program.maxPerYear))}`} = ${money(amount)} (${program.source}).`,
      ),
    );
  }
  const local = figures.local;
  if (local !== null) {
    const name = options.locality?.name ?? 'Local income tax';
    lines.push(
      taxLine('local-income-tax', `${name} income tax`, local.tax, () =>
        `${local.year}${local.year === options.taxYear ? '' : ` (${options.taxYear} figures ${NOT_IN_TABLES})`}: ` +
        `${local.ratePercent === null ? 'the rate schedule' : percent(local.ratePercent)} = ${money(local.tax)} (${local.source}).`,
      ),
    );
  }
  return lines;
}

/**
 * The taxes an offer's steady-year wages add to a household in one tax year (docs/semantics.md
 * §22): federal income tax after the standard deduction and the overtime deduction, Social
 * Security, Medicare and additional Medicare, the state's income tax and employee payroll
 * programmes, and a local income tax. Each is the tax with the job less the tax on the
 * household's other wages alone, so offers compare on what they change. `base` is the annual base
 * the evaluation was made at (the offer's own, unless a break-even search varies it).
 *
 * @example
 * ```ts
 * estimateTaxesOf(evaluateOffer(offer), resolved).afterTaxAnnual.toString();
 * ```
 */
export function estimateTaxesOf(evaluation: OfferEvaluation, options: ResolvedTaxOptions, base: Decimal = annualBase(evaluation.offer)): TaxEstimate {
  const wages = taxWages(evaluation);
  const context = evaluationContext(evaluation.offer, { limits: evaluation.irsLimits, referenceIndex: evaluation.referenceIndex });
  const overtime = qualifiedOvertime(context, base);
  const figures = taxFigures(wages, overtime.premium, options);
  // The next $100 of wages, every pre-tax item held.
  const more = (value: Decimal) => value.plus(HUNDRED);
  const next = taxFigures({ ...wages, wages: more(wages.wages), federalWages: more(wages.federalWages), ficaWages: more(wages.ficaWages) }, overtime.premium, options);
  const preTax = sum([wages.premiums, wages.hsa, wages.electiveDeferrals, wages.deferredCompensation, wages.pension]);
  const explain = createExplainer('USD');
  return Object.freeze({
    id: evaluation.id,
    label: evaluation.label,
    taxYear: options.taxYear,
    filingStatus: options.filingStatus,
    state: options.state?.code ?? null,
    locality: options.locality?.code ?? null,
    wages: Object.freeze(wages),
    qualifiedOvertime: Object.freeze(overtime),
    lines: Object.freeze(taxLines(wages, overtime, figures, options, explain)),
    taxes: figures.total,
    takeHomePay: wages.wages.minus(preTax).minus(figures.total),
    afterTaxAnnual: evaluation.totals.annual.minus(figures.total),
    effectiveRatePercent: wages.wages.isZero() ? ZERO : figures.total.div(wages.wages).times(100),
    marginalRatePercent: next.total.minus(figures.total),
  });
}
