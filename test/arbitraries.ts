/** fast-check generators of valid offers, shared by the property tests. */
import fc from 'fast-check';
import type { BonusInput, MoneyInput, OfferInput } from '../src/index.js';
import { BONUS_KINDS } from '../src/offer/schema.js';

/** Money from cents, written as a JSON number or as a decimal string. */
export function money(maxCents: number, minCents = 0): fc.Arbitrary<MoneyInput> {
  return fc
    .tuple(fc.integer({ min: minCents, max: maxCents }), fc.boolean())
    .map(([cents, asString]) => (asString ? (cents / 100).toFixed(2) : cents / 100));
}

/** A whole or half percent between bounds. */
export function percent(min: number, max: number): fc.Arbitrary<number> {
  return fc.integer({ min: min * 2, max: max * 2 }).map((halves) => halves / 2);
}



export const bonus: fc.Arbitrary<BonusInput> = fc
  .record({
    label: fc.constantFrom('Productivity', 'Accuracy', 'Annual', 'Sign-on', 'Team'),
    kind: fc.constantFrom(...BONUS_KINDS),
    target: fc.oneof(
      money(1_000_000).map((amount) => ({ amount })),
      percent(0, 30).map((percentOfBase) => ({ percentOfBase })),
    ),
    expected: percent(0, 150),
    below: percent(0, 100),
    above: percent(0, 100),
    guaranteed: fc.boolean(),
    discretionary: fc.boolean(),
    oneTime: fc.option(fc.boolean(), { nil: undefined }),
    clawback: fc.option(fc.record({ months: fc.integer({ min: 1, max: 60 }), prorated: fc.boolean() }), { nil: undefined }),
  })
  .map(({ label, kind, target, expected, below, above, guaranteed, discretionary, oneTime, clawback }) => {
    const once = oneTime ?? (kind === 'signing' || kind === 'relocation');
    return {
      label,
      kind,
      ...target,
      expectedPayoutPercent: expected,
      minPayoutPercent: Math.max(0, expected - below),
      maxPayoutPercent: expected + above,
      guaranteed,
      // A promised bonus is not discretionary (29 CFR 778.211(b)): the schema refuses both.
      discretionary: discretionary && !guaranteed,
      ...(oneTime === undefined ? {} : { oneTime }),
      // Only a bonus paid once may be clawed back.
      ...(clawback === undefined || !once ? {} : { clawback }),
    };
  });

const salary = fc.record({
  type: fc.constant('salary' as const),
  amount: money(50_000_000, 100),
  per: fc.constantFrom('year', 'month', 'semimonth', 'biweek', 'week'),
  hoursPerWeek: fc.integer({ min: 10, max: 60 }),
  exempt: fc.boolean(),
  overtimeAfterHoursPerWeek: fc.option(fc.integer({ min: 30, max: 40 }), { nil: undefined }),
}).map(({ overtimeAfterHoursPerWeek, ...pay }) => ({ ...pay, ...(overtimeAfterHoursPerWeek === undefined ? {} : { overtimeAfterHoursPerWeek }) }));

const hourly = fc.record({
  type: fc.constant('hourly' as const),
  rate: money(30_000, 725),
  hoursPerWeek: fc.integer({ min: 10, max: 60 }),
  paidWeeksPerYear: fc.integer({ min: 40, max: 52 }),
  overtimeAfterHoursPerWeek: fc.option(fc.integer({ min: 30, max: 40 }), { nil: undefined }),
}).map(({ overtimeAfterHoursPerWeek, ...pay }) => ({ ...pay, ...(overtimeAfterHoursPerWeek === undefined ? {} : { overtimeAfterHoursPerWeek }) }));

const overtime = fc
  .record({
    weekly: fc.integer({ min: 0, max: 20 }),
    below: fc.integer({ min: 0, max: 10 }),
    above: fc.integer({ min: 0, max: 10 }),
    weeksPerYear: fc.option(fc.integer({ min: 0, max: 52 }), { nil: undefined }),
    multiplier: fc.constantFrom(1.5, 2),
    spread: fc.boolean(),
  })
  .map(({ weekly, below, above, weeksPerYear, multiplier, spread }) => ({
    hoursPerWeek: weekly,
    multiplier,
    ...(weeksPerYear === undefined ? {} : { weeksPerYear }),
    ...(spread ? { minHoursPerWeek: Math.max(0, weekly - below), maxHoursPerWeek: weekly + above } : {}),
  }));

const matchTiers = fc
  .uniqueArray(fc.integer({ min: 1, max: 20 }), { minLength: 0, maxLength: 3 })
  .chain((ceilings) =>
    fc.tuple(...[...ceilings].sort((a, b) => a - b).map((upToPercentOfPay) =>
      percent(0, 100).map((matchPercent) => ({ matchPercent, upToPercentOfPay })),
    )),
  );

const vesting = fc.oneof(
  fc.constant({ type: 'immediate' as const }),
  fc.integer({ min: 0, max: 5 }).map((years) => ({ type: 'cliff' as const, years })),
  fc.constant({ type: 'graded' as const, vestedPercentByYear: [20, 40, 60, 80, 100] }),
);
const waitMonths = fc.option(fc.integer({ min: 0, max: 24 }), { nil: undefined });
const eligiblePay = fc.subarray(['base', 'overtime', 'bonuses', 'differentials'] as const, { minLength: 1 });

const contributionPlan = fc.record(
  {
    plan: fc.constantFrom('401k', '403b', '457b', 'other'),
    match: matchTiers,
    nonElectivePercent: percent(0, 15),
    employeeContributionPercent: percent(0, 30),
    eligiblePay,
    vesting,
    governmental: fc.boolean(),
    startsAfterMonths: waitMonths,
  },
  { requiredKeys: ['plan', 'match'] },
);

const pensionPlan = fc.record(
  {
    plan: fc.constant('pension' as const),
    pension: fc.record({ employerPercentOfPay: percent(0, 30), employeePercentOfPay: percent(0, 15) }, { requiredKeys: ['employerPercentOfPay'] }),
    eligiblePay,
    vesting,
    governmental: fc.boolean(),
    startsAfterMonths: waitMonths,
  },
  { requiredKeys: ['plan', 'pension'] },
);

/** A retirement plan of any kind. */
export const retirementPlan = fc.oneof(contributionPlan, contributionPlan, pensionPlan);

/** One plan, or a list of up to 3. */
const retirement = fc.oneof(retirementPlan, fc.array(retirementPlan, { minLength: 0, maxLength: 3 }));

const coverage = fc.option(fc.constantFrom('self', 'self-plus-one', 'family'), { nil: undefined });

/** A health plan's cost sharing: a deductible within the out-of-pocket maximum. */
export const outOfPocket = fc
  .record({ deductible: fc.integer({ min: 0, max: 1_000_000 }), extra: fc.integer({ min: 0, max: 1_500_000 }), coinsurancePercent: percent(0, 50), expectedClaims: money(10_000_000) })
  .map(({ deductible, extra, coinsurancePercent, expectedClaims }) => ({
    deductible: deductible / 100,
    outOfPocketMax: (deductible + extra) / 100,
    coinsurancePercent,
    expectedClaims,
  }));

/** An amount a year, or an amount a month. */
const periodic = fc.oneof(
  money(300_000).map((annual) => ({ annual })),
  fc.record({ amount: money(50_000), per: fc.option(fc.constantFrom('year', 'month'), { nil: undefined }) }),
);

const benefits = fc.record(
  {
    insurance: fc.array(
      fc.record(
        {
          kind: fc.constantFrom('medical', 'dental', 'vision', 'life', 'disability', 'other'),
          employerPaid: money(2_000_000),
          employeePaid: money(800_000),
          coverage,
          outOfPocket,
          startsAfterMonths: waitMonths,
        },
        { requiredKeys: ['kind', 'employerPaid', 'employeePaid'] },
      ),
      { maxLength: 3 },
    ),
    retirement,
    hsa: fc.record(
      { employerContribution: money(1_000_000), employeeContribution: money(1_000_000), coverage, startsAfterMonths: waitMonths },
      { requiredKeys: [] },
    ),
    hra: fc.record({ employerContribution: money(1_000_000), expectedUsePercent: percent(0, 100), startsAfterMonths: waitMonths }, { requiredKeys: ['employerContribution'] }),
    timeOff: fc.record({
      vacationDays: fc.integer({ min: 0, max: 30 }),
      sickDays: fc.integer({ min: 0, max: 15 }),
      holidays: fc.integer({ min: 0, max: 15 }),
      personalDays: fc.integer({ min: 0, max: 5 }),
    }),
    education: fc.record(
      {
        ceuStipend: money(200_000),
        certificationFeesCovered: money(100_000),
        tuitionReimbursement: money(1_000_000),
        expectedUsePercent: percent(0, 100),
        startsAfterMonths: waitMonths,
      },
      { requiredKeys: ['ceuStipend', 'certificationFeesCovered', 'tuitionReimbursement', 'expectedUsePercent'] },
    ),
    other: fc.array(
      fc.record({ label: fc.constantFrom('Gym', 'Wellness', 'Phone'), value: periodic }).map(({ label, value }) =>
        'annual' in value ? { label, annualValue: value.annual } : { label, amount: value.amount, ...(value.per === undefined ? {} : { per: value.per }) },
      ),
      { maxLength: 3 },
    ),
  },
  { requiredKeys: [] },
);

const costs = fc.record(
  {
    commute: fc.record({ daysPerWeek: fc.integer({ min: 0, max: 5 }), costPerDay: money(5_000) }),
    other: fc.array(
      fc
        .record({ label: fc.constantFrom('Parking', 'Licence', 'Union dues'), value: fc.oneof(periodic, percent(0, 5).map((dues) => ({ dues }))) })
        .map(({ label, value }) =>
          'annual' in value
            ? { label, annualAmount: value.annual }
            : 'dues' in value
              ? { label, percentOfBase: value.dues }
              : { label, amount: value.amount, ...(value.per === undefined ? {} : { per: value.per }) },
        ),
      { maxLength: 3 },
    ),
  },
  { requiredKeys: [] },
);

const location = fc.record(
  {
    costIndex: fc.integer({ min: 500, max: 1500 }).map((tenths) => tenths / 10),
    payAdjustmentPercent: percent(-50, 50),
  },
  { requiredKeys: [] },
);

const growth = fc.record(
  {
    annualRaisePercent: percent(0, 10),
    steps: fc.array(
      fc.record(
        { year: fc.integer({ min: 1, max: 10 }), percent: percent(0, 20), label: fc.constantFrom('Certified', 'Promotion') },
        { requiredKeys: ['year', 'percent'] },
      ),
      { maxLength: 2 },
    ),
  },
  { requiredKeys: [] },
);

/** A valid offer: every field of an offer may appear. */
export const offerInput: fc.Arbitrary<OfferInput> = fc
  .record(
    {
      label: fc.constantFrom('Offer A', 'Mercy General', 'Remote CPC', 'Clinic biller'),
      pay: fc.oneof(salary, hourly),
      overtime,
      bonuses: fc.array(bonus, { maxLength: 4 }),
      benefits,
      costs,
      location,
      growth,
    },
    { requiredKeys: ['label', 'pay'] },
  )
  .map((offer) => {
    const exempt = offer.pay.type === 'salary' && offer.pay.exempt;
    if (offer.overtime === undefined) return offer;
    const { overtime, ...rest } = offer;
    if (exempt) return rest;
    // Weeks with extra hours are at most the weeks worked: paid weeks − days off ÷ 5, whole weeks here.
    const timeOff = offer.benefits?.timeOff;
    const days = (timeOff?.vacationDays ?? 0) + (timeOff?.sickDays ?? 0) + (timeOff?.holidays ?? 0) + (timeOff?.personalDays ?? 0);
    const paidWeeks = offer.pay.type === 'hourly' ? (offer.pay.paidWeeksPerYear ?? 52) : 52;
    const worked = Math.floor((paidWeeks * 5 - days) / 5);
    const weeksPerYear = overtime.weeksPerYear === undefined ? {} : { weeksPerYear: Math.min(overtime.weeksPerYear, worked) };
    return { ...rest, overtime: { ...overtime, ...weeksPerYear } };
  });

/** A pay differential: an amount an hour or a percent of the rate, for hours a week, a year or a share of hours worked. */
const differential = fc
  .record({
    label: fc.constantFrom('Nights', 'Weekends', 'On call'),
    kind: fc.constantFrom('shift', 'weekend', 'holiday', 'on-call', 'other'),
    rate: fc.oneof(money(1_000).map((amountPerHour) => ({ amountPerHour })), percent(0, 30).map((percentOfRate) => ({ percentOfRate }))),
    hours: fc.oneof(
      fc.integer({ min: 0, max: 24 }).map((hoursPerWeek) => ({ hoursPerWeek })),
      fc.integer({ min: 0, max: 800 }).map((hoursPerYear) => ({ hoursPerYear })),
      percent(0, 50).map((percentOfHours) => ({ percentOfHours })),
    ),
    guaranteed: fc.option(fc.boolean(), { nil: undefined }),
  })
  .map(({ rate, hours, guaranteed, ...rest }) => ({ ...rest, ...rate, ...hours, ...(guaranteed === undefined ? {} : { guaranteed }) }));

/** A growth step from a month of the offer: its year gets the raised base for the months left. */
const monthStep = fc.record({ month: fc.integer({ min: 1, max: 120 }), percent: percent(0, 20) });

/**
 * {@link offerInput} with what it leaves out: pay differentials and growth steps by month, for
 * the properties of figures that follow the base year by year (projections, the horizon metric).
 */
export const projectedOfferInput: fc.Arbitrary<OfferInput> = fc
  .tuple(offerInput, fc.array(differential, { maxLength: 2 }), fc.array(monthStep, { maxLength: 2 }))
  .map(([offer, differentials, steps]) => ({
    ...offer,
    pay: { ...offer.pay, differentials },
    growth: { ...offer.growth, steps: [...(offer.growth?.steps ?? []), ...steps] },
  }));

/** Values that sit at the edges of what a field accepts, or just past them. */
const edgeValue = fc.oneof(
  fc.constantFrom<unknown>(undefined, null, 0, -0, -1, 0.5, 1e12, 1e12 + 1, 168, 169, '1e3', ' 5', '5.', '.5', '', 'x', true, [], {}),
  fc.jsonValue(),
);

/** Every path to a value inside a JSON-like input, objects and lists alike. */
function valuePaths(value: unknown, path: readonly (string | number)[] = []): (readonly (string | number)[])[] {
  if (typeof value !== 'object' || value === null) return [path];
  const keys: (string | number)[] = Array.isArray(value) ? value.map((_, index) => index) : Object.keys(value);
  return [path, ...keys.flatMap((key) => valuePaths((value as Record<string | number, unknown>)[key], [...path, key]))];
}

/** A copy of a JSON-like input with the value at `path` replaced (`undefined` removes it). */
function withValueAt(value: unknown, path: readonly (string | number)[], replacement: unknown): unknown {
  const [key, ...rest] = path;
  if (key === undefined) return replacement;
  if (Array.isArray(value)) {
    const copy: unknown[] = [...value];
    copy[key as number] = withValueAt(copy[key as number], rest, replacement);
    return copy;
  }
  const copy: Record<string, unknown> = { ...(value as Record<string, unknown>) };
  const inner = withValueAt(copy[key], rest, replacement);
  if (inner === undefined) delete copy[key];
  else copy[key] = inner;
  return copy;
}

/**
 * A valid offer with one value anywhere in it — a field, a list entry, a whole section — replaced
 * by an edge value or arbitrary JSON, or removed: inputs on both sides of the line between valid
 * and invalid.
 */
export const offerWithOneValueChanged: fc.Arbitrary<unknown> = fc
  .tuple(offerInput, fc.nat(), edgeValue)
  .map(([offer, pick, replacement]) => {
    const paths = valuePaths(offer).slice(1);
    const path = paths[pick % paths.length] ?? ['label'];
    return withValueAt(offer, path, replacement);
  });
