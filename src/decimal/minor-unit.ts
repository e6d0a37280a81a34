/**
 * Digits of a currency's minor unit (2 for USD, 0 for JPY), as ISO 4217 and `Intl` know them.
 * A caller that holds a currency format for `currency` already may pass it, and no other is made.
 *
 * @example
 * ```ts
 * minorUnitDigits('JPY'); // 0
 * ```
 */
export function minorUnitDigits(
  currency: string,
  format: Intl.NumberFormat = new Intl.NumberFormat('en-US', { style: 'currency', currency }),
): number {
  // Always set for a currency format.
  return format.resolvedOptions().maximumFractionDigits as number;
}
