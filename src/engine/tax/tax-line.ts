import type { Decimal } from '../../decimal/decimal.js';

/** What a line of a tax estimate is (docs/semantics.md §22). */
export type TaxComponent =
  | 'federal-income-tax'
  | 'overtime-deduction'
  | 'social-security'
  | 'medicare'
  | 'additional-medicare'
  | 'state-income-tax'
  | 'state-payroll-tax'
  | 'local-income-tax';

/** One figure of a tax estimate, with the sentence that explains it. */
export interface TaxLine {
  readonly component: TaxComponent;
  readonly label: string;
  /** Exact, never rounded, never negative: a tax, or for `overtime-deduction` the amount deducted. */
  readonly amount: Decimal;
  /** `false` for `overtime-deduction`, which is shown (it lowers taxable income) but is no tax. */
  readonly tax: boolean;
  /** One sentence with the numbers, the year and the source. */
  readonly explanation: string;
}

/** A tax line whose explanation is written when read, by a getter on the prototype (as evaluation lines are). */
class EstimatedTaxLine implements TaxLine {
  readonly component: TaxComponent;
  readonly label: string;
  readonly amount: Decimal;
  readonly tax: boolean;
  readonly #explain: () => string;

  constructor(component: TaxComponent, label: string, amount: Decimal, explain: () => string) {
    this.component = component;
    this.label = label;
    this.amount = amount;
    this.tax = component !== 'overtime-deduction';
    this.#explain = explain;
    Object.freeze(this);
  }

  get explanation(): string {
    return this.#explain();
  }

  /** `JSON.stringify` writes the explanation too. */
  toJSON(): Record<keyof TaxLine, unknown> {
    return { component: this.component, label: this.label, amount: this.amount, tax: this.tax, explanation: this.explanation };
  }
}

/**
 * Builds a frozen tax line whose explanation is written when read.
 *
 * @example
 * ```ts
 * taxLine('medicare', 'Medicare', new Decimal(870), () => '1.45% × $60,000.00 = $870.00.').tax; // true
 * ```
 */
export function taxLine(component: TaxComponent, label: string, amount: Decimal, explain: () => string): TaxLine {
  return new EstimatedTaxLine(component, label, amount, explain);
}
