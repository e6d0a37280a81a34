import type * as z from 'zod/mini';
import { closestName } from '../util/closest-name.js';
import { describeValue } from '../util/describe-value.js';
import { ISSUES_MAX, type ValidationIssue } from './validation-error.js';

/** A key written bare in a path: a name of the offer's kind, never longer than a quoted key. */
const PLAIN_KEY = /^[A-Za-z_$][\w$]{0,39}$/;

/**
 * Writes a zod path the way a user writes it: `bonuses[1].amount`. A key that is not a plain
 * name — an unknown key is the user's own text — is quoted as values are, at most 40
 * characters of it, its controls escaped: `pay["x\u001b[2J…"]`.
 *
 * @example
 * ```ts
 * formatPath(['bonuses', 1, 'amount']); // "bonuses[1].amount"
 * formatPath(['pay', 'hours per week']); // 'pay["hours per week"]'
 * ```
 */
export function formatPath(path: readonly PropertyKey[]): string {
  return path.reduce<string>((text, key) => {
    if (typeof key === 'number') return `${text}[${key}]`;
    const name = String(key);
    if (!PLAIN_KEY.test(name)) return `${text}[${describeValue(name)}]`;
    return text === '' ? name : `${text}.${name}`;
  }, '');
}

const EXPECTED_WORDS: Readonly<Record<string, string>> = Object.freeze({
  string: 'a string (text)',
  number: 'a number',
  boolean: 'true or false',
  object: 'an object',
  array: 'a list',
});

function countOf(count: number | bigint, singular: string, plural: string): string {
  return `${count} ${Number(count) === 1 ? singular : plural}`;
}

function knownKeys(issue: z.core.$ZodRawIssue): string[] {
  const shape = (issue.inst as { shape?: object } | undefined)?.shape;
  return shape === undefined ? [] : Object.keys(shape);
}

/**
 * The per-parse zod error map that words every issue for a person (docs/semantics.md §1: plain words).
 * An unknown-keys issue gets one line per key, split apart by {@link toValidationIssues}.
 *
 * @example
 * ```ts
 * offerSchema.safeParse(input, { error: plainWords });
 * ```
 */
export function plainWords(issue: z.core.$ZodRawIssue): string | undefined {
  switch (issue.code) {
    case 'invalid_type':
      return issue.input === undefined
        ? 'is required'
        : `must be ${EXPECTED_WORDS[issue.expected] ?? issue.expected}, got ${describeValue(issue.input)}`;
    case 'unrecognized_keys': {
      const known = knownKeys(issue);
      // Only the keys an error keeps are worded (ISSUES_MAX); `; did you mean "bonuses"?` when a
      // known key is close to the unknown one (see closestName).
      return issue.keys
        .slice(0, ISSUES_MAX)
        .map((key) => {
          const best = closestName(key, known);
          return `is not a known field${best === undefined ? '' : `; did you mean "${best}"?`}`;
        })
        .join('\n');
    }
    case 'invalid_value':
      return `must be one of ${issue.values.map((value) => JSON.stringify(value)).join(', ')}, got ${describeValue(issue.input)}`;
    case 'invalid_union': {
      const discriminator = (issue as { discriminator?: string }).discriminator;
      const options = (issue as { options?: unknown[] }).options ?? [];
      if (discriminator === undefined) {
        // A union of forms (one plan or a list of plans): when the input has none of their types, name them.
        const expected = (issue as { errors?: readonly (readonly z.core.$ZodIssue[])[] }).errors?.map((branch) => rootType(branch));
        if (expected === undefined || expected.length === 0 || expected.some((type) => type === null)) return undefined;
        return `must be ${expected.map((type) => EXPECTED_WORDS[type as string] ?? type).join(' or ')}, got ${describeValue(issue.input)}`;
      }
      const choices = options.map((option) => JSON.stringify(option)).join(', ');
      const input = issue.input;
      const value =
        typeof input === 'object' && input !== null ? (input as Record<string, unknown>)[discriminator] : undefined;
      return value === undefined ? `is required: one of ${choices}` : `must be one of ${choices}, got ${describeValue(value)}`;
    }
    case 'too_small':
      if (issue.origin === 'array') return `must have at least ${countOf(issue.minimum, 'entry', 'entries')}`;
      if (issue.origin === 'string') return 'must not be empty';
      // Every zod bound the library sets is inclusive; exclusive ones are checked with their own words.
      return `must be at least ${issue.minimum}, got ${describeValue(issue.input)}`;
    case 'too_big':
      if (issue.origin === 'array') return `must have at most ${countOf(issue.maximum, 'entry', 'entries')}`;
      if (issue.origin === 'string') return `must be at most ${countOf(issue.maximum, 'character', 'characters')} long`;
      return `must be at most ${issue.maximum}, got ${describeValue(issue.input)}`;
    default:
      return undefined;
  }
}

/** The type a union's branch expected of the whole input, when that is why it failed; else `null`. */
function rootType(branch: readonly z.core.$ZodIssue[]): string | null {
  const root = branch.find((issue) => issue.path.length === 0 && issue.code === 'invalid_type');
  return root?.code === 'invalid_type' ? root.expected : null;
}

/** The issues of a union's one branch that fits the input's type, with the union's path before theirs; else `null`. */
function fittingBranch(issue: z.core.$ZodIssue): z.core.$ZodIssue[] | null {
  if (issue.code !== 'invalid_union') return null;
  const fitting = issue.errors.filter((branch) => rootType(branch) === null);
  if (fitting.length !== 1) return null;
  return (fitting[0] as z.core.$ZodIssue[]).map((inner) => ({ ...inner, path: [...issue.path, ...inner.path] }));
}

/**
 * Turns a zod error, worded by {@link plainWords}, into validation issues with user paths,
 * one per unknown key: the first {@link ISSUES_MAX} of them (see {@link countIssues} for all).
 * A union of forms (one plan, or a list of them) reports the issues of the form the input has.
 *
 * @example
 * ```ts
 * toValidationIssues(result.error.issues, 'offers[2]');
 * ```
 */
export function toValidationIssues(issues: readonly z.core.$ZodIssue[], prefix = ''): ValidationIssue[] {
  const join = (path: string) => (prefix === '' ? path : path === '' ? prefix : path.startsWith('[') ? `${prefix}${path}` : `${prefix}.${path}`);
  const found: ValidationIssue[] = [];
  for (const issue of issues) {
    if (found.length === ISSUES_MAX) break;
    const branch = fittingBranch(issue);
    if (branch !== null) {
      found.push(...toValidationIssues(branch, prefix).slice(0, ISSUES_MAX - found.length));
      continue;
    }
    if (issue.code === 'unrecognized_keys') {
      const messages = issue.message.split('\n');
      for (const [index, key] of issue.keys.slice(0, ISSUES_MAX - found.length).entries()) {
        found.push({ path: join(formatPath([...issue.path, key])), message: messages[index] ?? 'is not a known field' });
      }
    } else found.push({ path: join(formatPath(issue.path)), message: issue.message });
  }
  return found;
}

/**
 * How many problems a zod error holds, one per unknown key: what {@link toValidationIssues}
 * would list without its cap.
 *
 * @example
 * ```ts
 * countIssues(result.error.issues); // 130000 for an object with 130,000 unknown keys
 * ```
 */
export function countIssues(issues: readonly z.core.$ZodIssue[]): number {
  return issues.reduce((count, issue) => {
    const branch = fittingBranch(issue);
    if (branch !== null) return count + countIssues(branch);
    return count + (issue.code === 'unrecognized_keys' ? issue.keys.length : 1);
  }, 0);
}
