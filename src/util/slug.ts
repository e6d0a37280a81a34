/**
 * A URL- and id-friendly form of a label: lower case ASCII letters and digits joined by
 * single hyphens, at most 64 characters. Empty when the label has no letter or digit.
 *
 * @example
 * ```ts
 * slugify('Mercy General — inpatient coder (CCS)'); // "mercy-general-inpatient-coder-ccs"
 * ```
 */
export function slugify(label: string): string {
  return label
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 64)
    .replace(/-+$/g, '');
}
