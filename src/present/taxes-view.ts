import type { Decimal } from '../decimal/decimal.js';
import { minorUnitDigits } from '../decimal/minor-unit.js';
import type { ComparedOffer, OfferComparison } from '../engine/comparison.js';
import { saysATableLacks, type TaxEstimate } from '../engine/tax/tax-estimate.js';
import type { TaxComponent } from '../engine/tax/tax-line.js';
import { type ShownTaxes, shownTaxes } from './shown-taxes.js';

/** How a filing status reads in a title. */
const FILING_WORDS: Readonly<Record<TaxEstimate['filingStatus'], string>> = {
  single: 'single',
  'married-joint': 'married filing jointly',
  'head-of-household': 'head of household',
};

/** Tax lines an estimate has at most once: one row for all offers, under a neutral label when the offers' labels differ. */
const SHARED_TAX_ROWS: Readonly<Partial<Record<TaxComponent, string>>> = {
  'overtime-deduction': 'Overtime deduction (IRC §225, not a tax)',
  'federal-income-tax': 'Federal income tax',
  'social-security': 'Social Security',
  medicare: 'Medicare',
  'additional-medicare': 'Additional Medicare',
  'state-income-tax': 'State income tax',
  'local-income-tax': 'Local income tax',
};

/** The cells and notes of a comparison's "Taxes" block, in the columns of its view. */
export interface TaxesView {
  readonly title: string;
  readonly rows: readonly { readonly label: string; readonly cells: readonly string[] }[];
  readonly notes: readonly string[];
}

/**
 * The "Taxes" block of a comparison after tax (docs/semantics.md §22), for the offers shown:
 * one row per tax (a state's payroll programmes one row each), every tax shown negative as
 * costs are; then the taxes, the annual total after tax (the shown annual total less the shown
 * taxes, see {@link shownTaxes}), take-home pay and the effective and marginal rates. Notes
 * name the estimates that rest on an earlier year's figures or leave a tax out. `null` for a
 * comparison without taxes.
 *
 * @example
 * ```ts
 * taxesView(comparison, offers, annuals, format)?.rows.at(-4)?.label; // "Taxes"
 * ```
 */
export function taxesView(
  comparison: OfferComparison,
  offers: readonly ComparedOffer[],
  shownAnnuals: readonly Decimal[],
  format: { readonly money: (value: Decimal) => string; readonly percent: (value: Decimal) => string; readonly text: (userText: string) => string },
): TaxesView | null {
  const { taxes } = comparison;
  if (taxes === undefined) return null;
  const { money, percent, text } = format;
  const negative = (value: Decimal) => (value.isZero() ? money(value) : money(value.negated()));
  const estimates = offers.map((offer) => taxes[comparison.offers.indexOf(offer)] as TaxEstimate);
  const digits = minorUnitDigits(comparison.currency);
  const shown = estimates.map((estimate, column) => shownTaxes(estimate, shownAnnuals[column] as Decimal, digits));
  const keys: string[] = [];
  const labels = new Map<string, string>();
  const cells = offers.map(() => new Map<string, string>());
  shown.forEach((figures, column) => {
    for (const { line, amount } of figures.lines) {
      const neutral = SHARED_TAX_ROWS[line.component];
      const key = neutral === undefined ? `${line.component}\u0000${line.label}` : line.component;
      const known = labels.get(key);
      if (known === undefined) {
        keys.push(key);
        labels.set(key, line.component === 'overtime-deduction' ? (neutral as string) : line.label);
      } else if (neutral !== undefined && known !== line.label) labels.set(key, neutral);
      cells[column]?.set(key, line.tax ? negative(amount) : money(amount));
    }
  });
  const each = (cell: (figures: ShownTaxes) => string) => shown.map(cell);
  const first = estimates[0] as TaxEstimate;
  return {
    title: `Taxes (estimated: tax year ${first.taxYear}, ${FILING_WORDS[first.filingStatus]})`,
    rows: [
      ...keys.map((key) => ({ label: labels.get(key) as string, cells: cells.map((column) => column.get(key) ?? '—') })),
      { label: 'Taxes', cells: each((figures) => negative(figures.taxes)) },
      { label: 'Annual total after tax', cells: each((figures) => money(figures.afterTaxAnnual)) },
      { label: 'Take-home pay', cells: each((figures) => money(figures.takeHomePay)) },
      { label: 'Effective / marginal tax rate', cells: each((figures) => `${percent(figures.effectiveRatePercent)}% / ${percent(figures.marginalRatePercent)}%`) },
    ],
    notes: [
      'Taxes are an estimate — federal, Social Security and Medicare, state and local income taxes, state payroll programmes — with the standard deduction and no credits; employer benefits are untaxed and stay whole.',
      ...estimates.flatMap((estimate, column) =>
        estimate.lines
          .filter((line) => saysATableLacks(line.explanation))
          .map((line) => `Taxes, ${text((offers[column] as ComparedOffer).id)} (${line.label}): ${line.explanation}`),
      ),
    ],
  };
}
