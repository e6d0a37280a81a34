import * as z from 'zod/mini';
import { Decimal, freezeDecimal, HUNDRED, ZERO } from '../decimal/decimal.js';
import type {
  Bonus,
  Clawback,
  Hra,
  Hsa,
  Insurance,
  OtherBenefit,
  OtherCost,
  Differential,
  DifferentialKind,
  OvertimeRuleName,
  PerUnit,
  BonusKind,
  Offer,
  OfferInput,
  Overtime,
  Retirement,
} from './types.js';
import { defaultOvertimeRule } from '../data/overtime-rules.js';
import { REGION_CODES, regionalPriceParity } from '../data/regional-price-parities.js';
import { money, percent, quantity, wholeNumber } from './numbers.js';
import { describeValue } from '../util/describe-value.js';
import { deepFreeze } from '../util/freeze.js';
import { once } from '../util/once.js';
import { slugify } from '../util/slug.js';
import { hasVisibleText } from '../util/visible-text.js';
import { scheduledHours, timeOffHours, workedWeeks } from './hours.js';

/**
 * Most entries in any list of an offer: bounds keep every evaluation small and fast.
 *
 * @example
 * ```ts
 * LIST_MAX; // 50
 * ```
 */
export const LIST_MAX = 50;
/**
 * Longest label.
 *
 * @example
 * ```ts
 * LABEL_MAX_LENGTH; // 200
 * ```
 */
export const LABEL_MAX_LENGTH = 200;

/**
 * Metadata key of a field's default in its input form, for the JSON Schema (a parsed default is
 * a Decimal or an object of them, which JSON cannot show).
 *
 * @example
 * ```ts
 * INPUT_DEFAULT; // "inputDefault"
 * ```
 */
export const INPUT_DEFAULT = 'inputDefault';

/** Reports a custom issue at a path relative to the value being refined. */
function addIssue(context: z.core.$RefinementCtx, path: (string | number)[], message: string): void {
  context.addIssue({ code: 'custom', path, message });
}

const bounded = (min: number | string, max: number | string, extra: { minExclusive?: boolean } = {}) => ({
  min: new Decimal(min),
  max: new Decimal(max),
  ...extra,
});

// A label empty to the eye (zero-width characters alone) is refused as an empty one.
const label = z.string().check(
  z.trim(),
  z.minLength(1),
  z.maxLength(LABEL_MAX_LENGTH),
  z.refine((text) => text === '' || hasVisibleText(text), { error: 'must not be empty' }),
);

function list<T extends z.core.SomeType>(item: T, max = LIST_MAX) {
  return z.array(item).check(z.maxLength(max));
}

/**
 * A field that takes `input` when it is left out. The default is parsed once, when an offer
 * first leaves the field out, and its output — decimals, frozen objects: nothing anyone can
 * change — is shared by every offer that does (`prefault` would parse it again for each). Not
 * parsed at import: the first parse of an object schema makes zod build a runtime parser, which
 * the compiled offer parser never uses (bench/README.md has the cost). The JSON Schema shows
 * the input form, through the `inputDefault` metadata that `offerJsonSchema` reads.
 */
function orDefault<T extends z.ZodMiniType>(schema: T, input: z.input<T>) {
  const output = once(() => deepFreeze(schema.parse(input)) as z.output<T>);
  const field = z._default(schema, output as () => never);
  z.globalRegistry.add(field, { [INPUT_DEFAULT]: input });
  return field;
}

function oneOf<const T extends readonly [string, ...string[]]>(values: T) {
  return z.enum(values);
}

const hoursPerWeek = quantity(bounded(0, 168, { minExclusive: true }));
const weeksPerYear = quantity(bounded(0, 52));
const days = quantity(bounded(0, 366));

const currencies = new Set(Intl.supportedValuesOf('currency'));

/**
 * The ISO 3166-2 code of a US state or DC with a BEA regional price parity (`"US-NJ"`), for
 * offers and for the reference area of comparisons.
 *
 * @example
 * ```ts
 * regionCode.safeParse('US-XX').success; // false
 * ```
 */
export const regionCode = z
  .string()
  .check(
    z.refine((code) => REGION_CODES.includes(code), {
      error: (issue) =>
        `must be the ISO 3166-2 code of a US state or DC, "US-" and two capital letters such as "US-NJ", got ${describeValue(issue.input)}`,
    }),
  )
  .register(z.globalRegistry, { enum: [...REGION_CODES] });

/** `pay.overtimeAfterHoursPerWeek`: an employer may start overtime before 40 hours, never after (FLSA §7(a)(1)). */
const overtimeAfter = orDefault(quantity(bounded(0, 40, { minExclusive: true })), 40);

/**
 * Every kind of pay differential.
 *
 * @example
 * ```ts
 * DIFFERENTIAL_KINDS.includes('on-call'); // true
 * ```
 */
export const DIFFERENTIAL_KINDS = ['shift', 'weekend', 'holiday', 'on-call', 'other'] as const satisfies readonly DifferentialKind[];

/** Kinds of differential that come with the schedule: guaranteed cash unless the offer says otherwise. */
const SCHEDULED_KINDS: ReadonlySet<DifferentialKind> = new Set(['shift', 'weekend', 'holiday']);

/** Reports a custom issue from inside a transform. */
function transformIssue(context: z.core.ParsePayload, input: unknown, path: (string | number)[], message: string): void {
  context.issues.push({ code: 'custom', input, path, message });
}

/** How many of `keys` a value gives. */
function given(value: Record<string, unknown>, keys: readonly string[]): number {
  return keys.filter((key) => value[key] !== undefined).length;
}

const RATE_KEYS = ['amountPerHour', 'percentOfRate'] as const;
const HOURS_KEYS = ['hoursPerWeek', 'hoursPerYear', 'percentOfHours'] as const;
const oneOfRequired = (keys: readonly string[]) => ({ oneOf: keys.map((key) => ({ required: [key] })) });

const differential = z.pipe(
  z
    .strictObject({
      label,
      kind: oneOf(DIFFERENTIAL_KINDS),
      amountPerHour: z.optional(money()),
      percentOfRate: z.optional(percent()),
      hoursPerWeek: z.optional(quantity(bounded(0, 168))),
      hoursPerYear: z.optional(quantity(bounded(0, 168 * 52))),
      percentOfHours: z.optional(percent(bounded(0, 100))),
      guaranteed: z.optional(z.boolean()),
    })
    .register(z.globalRegistry, { allOf: [oneOfRequired(RATE_KEYS), oneOfRequired(HOURS_KEYS)] }),
  z.transform((value, context): Differential => {
    if (given(value, RATE_KEYS) !== 1) transformIssue(context, value, [], 'must have exactly one of amountPerHour or percentOfRate');
    if (given(value, HOURS_KEYS) !== 1) transformIssue(context, value, [], 'must have exactly one of hoursPerWeek, hoursPerYear or percentOfHours');
    return {
      label: value.label,
      kind: value.kind,
      amountPerHour: value.amountPerHour ?? null,
      percentOfRate: value.percentOfRate ?? null,
      hoursPerWeek: value.hoursPerWeek ?? null,
      hoursPerYear: value.hoursPerYear ?? null,
      percentOfHours: value.percentOfHours ?? null,
      guaranteed: value.guaranteed ?? SCHEDULED_KINDS.has(value.kind),
    };
  }),
);

/**
 * Every overtime rule, the FLSA's first.
 *
 * @example
 * ```ts
 * OVERTIME_RULE_NAMES[0]; // "federal"
 * ```
 */
export const OVERTIME_RULE_NAMES = ['federal', 'daily-8', 'daily-12', 'california', '8-and-80'] as const satisfies readonly OvertimeRuleName[];

/** The fields of the schedule every kind of pay has (docs/semantics.md §5). */
const schedule = {
  hoursPerWeek: orDefault(hoursPerWeek, 40),
  overtimeAfterHoursPerWeek: overtimeAfter,
  daysPerWeek: orDefault(quantity({ ...bounded(1, 7), integer: true }), 5),
  overtimeRule: z.optional(oneOf(OVERTIME_RULE_NAMES)),
  alternativeWorkweek: z._default(z.boolean(), false),
  differentials: z._default(list(differential, 20), []),
};

const salaryPay = z.strictObject({
  type: z.literal('salary'),
  amount: money(),
  per: z._default(oneOf(['year', 'month', 'semimonth', 'biweek', 'week']), 'year'),
  exempt: z._default(z.boolean(), true),
  ...schedule,
});

const hourlyPay = z.pipe(
  z.strictObject({
    type: z.literal('hourly'),
    rate: money(),
    paidWeeksPerYear: orDefault(quantity(bounded(0, 52, { minExclusive: true })), 52),
    ...schedule,
  }),
  z.transform((pay) => ({
    type: pay.type,
    rate: pay.rate,
    hoursPerWeek: pay.hoursPerWeek,
    paidWeeksPerYear: pay.paidWeeksPerYear,
    exempt: false as const,
    overtimeAfterHoursPerWeek: pay.overtimeAfterHoursPerWeek,
    daysPerWeek: pay.daysPerWeek,
    overtimeRule: pay.overtimeRule,
    alternativeWorkweek: pay.alternativeWorkweek,
    differentials: pay.differentials,
  })),
);

const pay = z.discriminatedUnion('type', [salaryPay, hourlyPay]);

const overtime = z.pipe(
  z
    .strictObject({
      hoursPerWeek: z.optional(quantity(bounded(0, 128))),
      hoursPerYear: z.optional(quantity(bounded(0, 128 * 52))),
      weeksPerYear: z.optional(weeksPerYear),
      multiplier: orDefault(quantity(bounded(1, 10)), 1.5),
      minHoursPerWeek: z.optional(quantity(bounded(0, 128))),
      maxHoursPerWeek: z.optional(quantity(bounded(0, 128))),
    })
    .check(
      z.superRefine((value, context) => {
        const given = (value.hoursPerWeek ? 1 : 0) + (value.hoursPerYear ? 1 : 0);
        if (given !== 1) {
          addIssue(context, [], 'must have exactly one of hoursPerWeek or hoursPerYear');
          return;
        }
        for (const key of ['minHoursPerWeek', 'maxHoursPerWeek'] as const) {
          if (value[key] && !value.hoursPerWeek) {
            addIssue(context, [key], 'can only be given with hoursPerWeek');
          }
        }
        if (value.hoursPerWeek && value.minHoursPerWeek?.greaterThan(value.hoursPerWeek)) {
          addIssue(context, ['minHoursPerWeek'], `must not exceed hoursPerWeek (${value.hoursPerWeek}), got ${value.minHoursPerWeek}`);
        }
        if (value.hoursPerWeek && value.maxHoursPerWeek?.lessThan(value.hoursPerWeek)) {
          addIssue(context, ['maxHoursPerWeek'], `must not be below hoursPerWeek (${value.hoursPerWeek}), got ${value.maxHoursPerWeek}`);
        }
      }),
    )
    .register(z.globalRegistry, { oneOf: [{ required: ['hoursPerWeek'] }, { required: ['hoursPerYear'] }] }),
  z.transform(
    (value): Overtime => ({
      hoursPerWeek: value.hoursPerWeek ?? null,
      hoursPerYear: value.hoursPerYear ?? null,
      weeksPerYear: value.weeksPerYear ?? null,
      multiplier: value.multiplier,
      minHoursPerWeek: value.minHoursPerWeek ?? null,
      maxHoursPerWeek: value.maxHoursPerWeek ?? null,
    }),
  ),
);

/**
 * Every kind of bonus, in the order of docs/semantics.md §1.
 *
 * @example
 * ```ts
 * BONUS_KINDS.includes('signing'); // true
 * ```
 */
export const BONUS_KINDS = [
  'performance',
  'productivity',
  'accuracy',
  'team',
  'profit-sharing',
  'retention',
  'signing',
  'relocation',
  'referral',
  'other',
] as const satisfies readonly BonusKind[];

/** Kinds of bonus paid once unless the offer says otherwise. */
const ONE_TIME_KINDS: ReadonlySet<BonusKind> = new Set(['signing', 'relocation']);

const clawback = z.pipe(
  z.strictObject({ months: wholeNumber(1, 60), prorated: z._default(z.boolean(), false) }),
  z.transform((value): Clawback => ({ months: value.months, prorated: value.prorated })),
);

const perUnit = z.pipe(
  z.strictObject({
    unit: label,
    unitsPerHour: quantity(bounded(0, 1000)),
    productivePercent: orDefault(percent(bounded(0, 100)), 100),
    tiers: list(
      z.strictObject({ fromUnitsPerHour: quantity(bounded(0, 1000)), ratePerUnit: money() }),
      10,
    ).check(z.minLength(1)),
  }),
  z.transform((value, context): PerUnit => {
    value.tiers.forEach((tier, index) => {
      const previous = value.tiers[index - 1];
      if (previous !== undefined && !tier.fromUnitsPerHour.greaterThan(previous.fromUnitsPerHour)) {
        transformIssue(
          context,
          value,
          ['tiers', index, 'fromUnitsPerHour'],
          `must be greater than the tier before (${previous.fromUnitsPerHour}), got ${tier.fromUnitsPerHour}`,
        );
      }
    });
    return { unit: value.unit, unitsPerHour: value.unitsPerHour, productivePercent: value.productivePercent, tiers: value.tiers };
  }),
);

const TARGET_KEYS = ['amount', 'percentOfBase', 'percentOfEarnings', 'perUnit'] as const;

const bonus = z.pipe(
  z
    .strictObject({
      label,
      kind: oneOf(BONUS_KINDS),
      amount: z.optional(money()),
      per: z.optional(oneOf(['year', 'quarter', 'month'])),
      percentOfBase: z.optional(percent()),
      percentOfEarnings: z.optional(percent(bounded(0, 100))),
      perUnit: z.optional(perUnit),
      flatSum: z._default(z.boolean(), false),
      expectedPayoutPercent: orDefault(percent(), 100),
      minPayoutPercent: z.optional(percent()),
      maxPayoutPercent: z.optional(percent()),
      guaranteed: z._default(z.boolean(), false),
      discretionary: z._default(z.boolean(), false),
      oneTime: z.optional(z.boolean()),
      clawback: z.optional(clawback),
    })
    .register(z.globalRegistry, oneOfRequired(TARGET_KEYS)),
  z.transform((value, context): Bonus => {
    if (given(value, TARGET_KEYS) !== 1) {
      transformIssue(context, value, [], 'must have exactly one of amount, percentOfBase, percentOfEarnings or perUnit');
    }
    if (value.per !== undefined && value.amount === undefined) transformIssue(context, value, ['per'], 'can only be given with amount');
    const oneTime = value.oneTime ?? ONE_TIME_KINDS.has(value.kind);
    if (value.guaranteed && value.discretionary) {
      context.issues.push({
        code: 'custom',
        input: value,
        path: ['discretionary'],
        message: 'cannot be true for a guaranteed bonus: a promised bonus is not discretionary (29 CFR 778.211(b))',
      });
    }
    if (value.clawback !== undefined && !oneTime) {
      context.issues.push({
        code: 'custom',
        input: value,
        path: ['clawback'],
        message: 'can only be given for a bonus paid once (oneTime, the default for signing and relocation bonuses)',
      });
    }
    const expected = value.expectedPayoutPercent;
    const minimum = value.minPayoutPercent ?? (value.guaranteed ? HUNDRED : ZERO);
    const maximum = value.maxPayoutPercent ?? expected;
    if (minimum.greaterThan(expected)) {
      const origin = value.minPayoutPercent === undefined ? ', the default for a guaranteed bonus' : '';
      context.issues.push({
        code: 'custom',
        input: value,
        path: [value.minPayoutPercent === undefined ? 'expectedPayoutPercent' : 'minPayoutPercent'],
        message: `minPayoutPercent (${minimum}${origin}) must not exceed expectedPayoutPercent (${expected})`,
      });
    }
    if (maximum.lessThan(expected)) {
      context.issues.push({
        code: 'custom',
        input: value,
        path: ['maxPayoutPercent'],
        message: `must not be below expectedPayoutPercent (${expected}), got ${maximum}`,
      });
    }
    return {
      label: value.label,
      kind: value.kind,
      amount: value.amount ?? null,
      per: value.per ?? 'year',
      percentOfBase: value.percentOfBase ?? null,
      percentOfEarnings: value.percentOfEarnings ?? null,
      perUnit: value.perUnit ?? null,
      expectedPayoutPercent: expected,
      minPayoutPercent: minimum,
      maxPayoutPercent: maximum,
      guaranteed: value.guaranteed,
      discretionary: value.discretionary,
      oneTime,
      clawback: value.clawback ?? null,
      flatSum: value.flatSum,
    };
  }),
);

/** Months before a benefit starts, 0–24 (docs/semantics.md §21). */
const startsAfterMonths = orDefault(wholeNumber(0, 24), 0);
const coverage = z._default(oneOf(['self', 'self-plus-one', 'family']), 'self');

const outOfPocket = z
  .strictObject({
    deductible: money(),
    coinsurancePercent: percent(bounded(0, 100)),
    outOfPocketMax: money(),
    expectedClaims: money(),
  })
  .check(
    z.superRefine((value, context) => {
      // The deductible counts toward the out-of-pocket maximum (45 CFR 156.130): it cannot exceed it.
      if (value.deductible.greaterThan(value.outOfPocketMax)) {
        addIssue(context, ['deductible'], `must not exceed outOfPocketMax (${value.outOfPocketMax}), got ${value.deductible}`);
      }
    }),
  );

const insurance = z.pipe(
  z.strictObject({
    kind: oneOf(['medical', 'dental', 'vision', 'life', 'disability', 'other']),
    label: z.optional(label),
    employerPaid: orDefault(money(), 0),
    employeePaid: orDefault(money(), 0),
    coverage,
    outOfPocket: z.optional(outOfPocket),
    startsAfterMonths,
  }),
  z.transform((value): Insurance => ({
    kind: value.kind,
    // "Medical insurance", "Dental insurance", …
    label: value.label ?? `${value.kind.charAt(0).toUpperCase()}${value.kind.slice(1)} insurance`,
    employerPaid: value.employerPaid,
    employeePaid: value.employeePaid,
    coverage: value.coverage,
    outOfPocket: value.outOfPocket ?? null,
    startsAfterMonths: value.startsAfterMonths,
  })),
);

const hsa = z.pipe(
  z.strictObject({
    employerContribution: orDefault(money(), 0),
    employeeContribution: orDefault(money(), 0),
    coverage,
    startsAfterMonths,
  }),
  z.transform((value): Hsa => ({ ...value })),
);

const hra = z.pipe(
  z.strictObject({
    employerContribution: money(),
    expectedUsePercent: orDefault(percent(bounded(0, 100)), 100),
    startsAfterMonths,
  }),
  z.transform((value): Hra => ({ ...value })),
);

const matchTier = z.strictObject({
  matchPercent: percent(),
  upToPercentOfPay: percent(bounded(0, 100, { minExclusive: true })),
});

const vesting = z.discriminatedUnion('type', [
  z.strictObject({ type: z.literal('immediate') }),
  z.strictObject({ type: z.literal('cliff'), years: wholeNumber(0, 10) }),
  z
    .strictObject({
      type: z.literal('graded'),
      vestedPercentByYear: list(percent(bounded(0, 100)), 10).check(z.minLength(1)),
    })
    .check(
      z.superRefine((value, context) => {
        const schedule = value.vestedPercentByYear;
        schedule.forEach((share, index) => {
          const previous = schedule[index - 1];
          if (previous !== undefined && share.lessThan(previous)) {
            addIssue(context, ['vestedPercentByYear', index], `must not be below the year before (${previous}), got ${share}`);
          }
        });
        const last = schedule[schedule.length - 1];
        if (last !== undefined && !last.equals(HUNDRED)) {
          addIssue(context, ['vestedPercentByYear', schedule.length - 1], `must end at 100 (fully vested), got ${last}`);
        }
      }),
    ),
]);

const ELIGIBLE_PAY = ['base', 'overtime', 'bonuses', 'differentials'] as const;

const retirement = z.pipe(
  z
    .strictObject({
      plan: oneOf(['401k', '403b', '457b', 'other', 'pension']),
      match: z._default(list(matchTier, 10), []),
      nonElectivePercent: orDefault(percent(bounded(0, 100)), 0),
      employeeContributionPercent: z.optional(percent(bounded(0, 100))),
      eligiblePay: z._default(
        z
          .array(oneOf(ELIGIBLE_PAY))
          .check(
            z.minLength(1, { error: 'must name at least one of "base", "overtime", "bonuses", "differentials"' }),
            z.maxLength(4, { error: 'must name each of "base", "overtime", "bonuses", "differentials" at most once' }),
          ),
        ['base'],
      ),
      vesting: orDefault(vesting, { type: 'immediate' }),
      governmental: z._default(z.boolean(), false),
      pension: z.optional(
        z.strictObject({
          employerPercentOfPay: percent(bounded(0, 100)),
          employeePercentOfPay: orDefault(percent(bounded(0, 100)), 0),
        }),
      ),
      startsAfterMonths,
    })
    .check(
      z.superRefine((value, context) => {
        if (value.plan === 'pension') {
          if (value.pension === undefined) addIssue(context, ['pension'], 'is required for a pension plan: its employer normal cost (employerPercentOfPay)');
          for (const key of ['match', 'nonElectivePercent', 'employeeContributionPercent'] as const) {
            const given = key === 'match' ? value.match.length > 0 : key === 'nonElectivePercent' ? !value.nonElectivePercent.isZero() : value[key] !== undefined;
            if (given) addIssue(context, [key], 'is not part of a pension plan: give the pension its own entry beside a 401(k), 403(b) or 457(b)');
          }
        } else if (value.pension !== undefined) {
          addIssue(context, ['pension'], 'can only be given for plan "pension"');
        }
        value.match.forEach((tier, index) => {
          const previous = value.match[index - 1];
          if (previous !== undefined && !tier.upToPercentOfPay.greaterThan(previous.upToPercentOfPay)) {
            addIssue(
              context,
              ['match', index, 'upToPercentOfPay'],
              `must be greater than the tier before (${previous.upToPercentOfPay}), got ${tier.upToPercentOfPay}`,
            );
          }
        });
        if (new Set(value.eligiblePay).size !== value.eligiblePay.length) {
          addIssue(context, ['eligiblePay'], 'must not name a component twice');
        }
      }),
    )
    // One definition in the JSON Schema, referred to by both forms of `benefits.retirement`.
    .register(z.globalRegistry, { id: 'retirementPlan' }),
  z.transform(
    (value): Retirement => ({
      plan: value.plan,
      match: value.match,
      nonElectivePercent: value.nonElectivePercent,
      employeeContributionPercent:
        value.employeeContributionPercent ?? value.match[value.match.length - 1]?.upToPercentOfPay ?? ZERO,
      eligiblePay: value.eligiblePay,
      vesting: value.vesting,
      governmental: value.governmental,
      pension: value.pension ?? null,
      startsAfterMonths: value.startsAfterMonths,
    }),
  ),
);

/** One plan, or up to 3; parsed, always a list. */
const retirementPlans = z.pipe(
  z.union([retirement, list(retirement, 3)]),
  z.transform((value): Retirement[] => (Array.isArray(value) ? value : [value as Retirement])),
);

const PERIODS: Readonly<Record<'year' | 'month', number>> = Object.freeze({ year: 1, month: 12 });

const otherBenefit = z.pipe(
  z
    .strictObject({ label, annualValue: z.optional(money()), amount: z.optional(money()), per: z.optional(oneOf(['year', 'month'])) })
    .register(z.globalRegistry, oneOfRequired(['annualValue', 'amount'])),
  z.transform((value, context): OtherBenefit => {
    if (given(value, ['annualValue', 'amount']) !== 1) transformIssue(context, value, [], 'must have exactly one of annualValue or amount');
    if (value.per !== undefined && value.amount === undefined) transformIssue(context, value, ['per'], 'can only be given with amount');
    const per = value.per ?? 'year';
    const amount = value.amount ?? null;
    return { label: value.label, annualValue: value.annualValue ?? (amount === null ? null : freezeDecimal(amount.times(PERIODS[per]))) ?? ZERO, amount, per };
  }),
);

const otherCost = z.pipe(
  z
    .strictObject({
      label,
      annualAmount: z.optional(money()),
      amount: z.optional(money()),
      per: z.optional(oneOf(['year', 'month'])),
      percentOfBase: z.optional(percent(bounded(0, 100))),
    })
    .register(z.globalRegistry, oneOfRequired(['annualAmount', 'amount', 'percentOfBase'])),
  z.transform((value, context): OtherCost => {
    if (given(value, ['annualAmount', 'amount', 'percentOfBase']) !== 1) {
      transformIssue(context, value, [], 'must have exactly one of annualAmount, amount or percentOfBase');
    }
    if (value.per !== undefined && value.amount === undefined) transformIssue(context, value, ['per'], 'can only be given with amount');
    const per = value.per ?? 'year';
    const amount = value.amount ?? null;
    return {
      label: value.label,
      annualAmount: value.annualAmount ?? (amount === null ? null : freezeDecimal(amount.times(PERIODS[per]))),
      amount,
      per,
      percentOfBase: value.percentOfBase ?? null,
    };
  }),
);

const timeOff = orDefault(
  z.strictObject({
    vacationDays: orDefault(days, 0),
    sickDays: orDefault(days, 0),
    holidays: orDefault(days, 0),
    personalDays: orDefault(days, 0),
  }),
  {},
);

const education = orDefault(
  z.strictObject({
    ceuStipend: orDefault(money(), 0),
    certificationFeesCovered: orDefault(money(), 0),
    tuitionReimbursement: orDefault(money(), 0),
    expectedUsePercent: orDefault(percent(bounded(0, 100)), 100),
    startsAfterMonths,
  }),
  {},
);

const benefits = orDefault(
  z.pipe(
    z.strictObject({
      insurance: z._default(list(insurance, 20), []),
      retirement: z._default(retirementPlans, []),
      hsa: z.optional(hsa),
      hra: z.optional(hra),
      timeOff,
      education,
      other: z._default(list(otherBenefit), []),
    }),
    z.transform((value) => ({
      insurance: value.insurance,
      retirement: value.retirement,
      hsa: value.hsa ?? null,
      hra: value.hra ?? null,
      timeOff: value.timeOff,
      education: value.education,
      other: value.other,
    })),
  ),
  {},
);

const costs = orDefault(
  z.pipe(
    z.strictObject({
      commute: z.optional(z.strictObject({ daysPerWeek: quantity(bounded(0, 7)), costPerDay: money() })),
      other: z._default(list(otherCost), []),
    }),
    z.transform((value) => ({ commute: value.commute ?? null, other: value.other })),
  ),
  {},
);

const location = orDefault(
  z.pipe(
    z.strictObject({
      label: z.optional(label),
      costIndex: z.optional(quantity(bounded(1, 1000))),
      region: z.optional(regionCode),
      payAdjustmentPercent: orDefault(percent(bounded(-100, 1000, { minExclusive: true })), 0),
    }),
    z.transform((value) => ({
      label: value.label ?? null,
      costIndex: value.costIndex ?? (value.region === undefined ? null : (regionalPriceParity(value.region) ?? null)),
      region: value.region ?? null,
      payAdjustmentPercent: value.payAdjustmentPercent,
    })),
  ),
  {},
);

const growth = orDefault(
  z.pipe(
    z.strictObject({
      annualRaisePercent: orDefault(percent(bounded(0, 100)), 0),
      steps: z._default(
        list(
          z
            .strictObject({
              year: z.optional(wholeNumber(1, 50)),
              month: z.optional(wholeNumber(1, 120)),
              percent: percent(bounded(0, 100)),
              label: z.optional(label),
            })
            .register(z.globalRegistry, oneOfRequired(['year', 'month'])),
        ),
        [],
      ),
    }),
    z.transform((value, context) => ({
      annualRaisePercent: value.annualRaisePercent,
      steps: value.steps.map((step, index) => {
        if (given(step, ['year', 'month']) !== 1) transformIssue(context, value, ['steps', index], 'must have exactly one of year or month');
        return { year: step.year ?? null, month: step.month ?? null, percent: step.percent, label: step.label ?? null };
      }),
    })),
  ),
  {},
);

const offerObject = z.strictObject({
  id: z.optional(
    z.string().check(
      z.regex(/^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$/, {
        error: 'must be 1 to 64 letters, digits, ".", "_" or "-", starting with a letter or digit',
      }),
    ),
  ),
  label,
  currency: z._default(
    z
      .string()
      .check(
        z.refine((code) => currencies.has(code), {
          error: (issue) => `must be an ISO 4217 currency code in capitals such as "USD", got ${describeValue(issue.input)}`,
        }),
      )
      .register(z.globalRegistry, { pattern: '^[A-Z]{3}$' }),
    'USD',
  ),
  pay,
  overtime: z.optional(overtime),
  bonuses: z._default(list(bonus), []),
  benefits,
  costs,
  location,
  growth,
});

function checkOffer(offer: z.output<typeof offerObject>, context: z.core.$RefinementCtx<z.output<typeof offerObject>>): void {
  if (offer.overtime !== undefined && offer.pay.exempt) {
    addIssue(context, ['overtime'], 'is not paid on an exempt salary: remove overtime or set pay.exempt to false');
  }
  const scheduled = scheduledHours(offer.pay);
  const off = timeOffHours(offer.benefits.timeOff, offer.pay);
  if (!off.lessThan(scheduled)) {
    addIssue(context, ['benefits', 'timeOff'], `adds up to ${off} hours, which must be less than the ${scheduled} scheduled hours of the year`);
  }
  const weekly = offer.overtime?.hoursPerWeek;
  const withExtra = offer.overtime?.weeksPerYear;
  const worked = workedWeeks(offer.pay, offer.benefits.timeOff);
  if (weekly && withExtra?.greaterThan(worked)) {
    addIssue(
      context,
      ['overtime', 'weeksPerYear'],
      `must not exceed the ${worked} weeks actually worked (paid weeks less days off ÷ days a week), got ${withExtra}`,
    );
  }
  if (weekly && offer.pay.hoursPerWeek.plus(weekly).greaterThan(168)) {
    addIssue(context, ['overtime', 'hoursPerWeek'], `together with pay.hoursPerWeek (${offer.pay.hoursPerWeek}) must not exceed the 168 hours of a week`);
  }
}

/**
 * The zod 4 schema of an offer (docs/semantics.md §1): strict objects, every default filled, every amount
 * turned into a {@link Decimal}, every number bounded. Prefer {@link parseOffer}, whose errors
 * are in plain words with paths.
 *
 * @example
 * ```ts
 * offerSchema.parse({ label: 'Coder', pay: { type: 'salary', amount: 52000 } }).id; // "coder"
 * ```
 */
export const offerSchema: z.ZodMiniType<Offer, OfferInput> = inferredOfferSchema();

/**
 * The offer schema with the input and output types zod infers from it, for
 * test/offer/schema.test-d.ts, which checks that they are exactly {@link OfferInput} and
 * {@link Offer}: the written types and the schema cannot drift apart.
 */
export function inferredOfferSchema() {
  return z.pipe(
    offerObject.check(z.superRefine(checkOffer)),
    // Field by field rather than spread (bench/README.md, "Hot-path rules").
    z.transform((offer) => ({
      id: offer.id ?? (slugify(offer.label) || 'offer-1'),
      label: offer.label,
      currency: offer.currency,
      // The overtime rule defaults from where the job is (docs/semantics.md §5.2).
      pay: { ...offer.pay, overtimeRule: offer.pay.overtimeRule ?? defaultOvertimeRule(offer.location.region) },
      overtime: offer.overtime ?? null,
      bonuses: offer.bonuses,
      benefits: offer.benefits,
      costs: offer.costs,
      location: offer.location,
      growth: offer.growth,
    })),
  );
}
