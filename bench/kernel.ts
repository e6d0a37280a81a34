/**
 * The arithmetic of docs/semantics.md written by hand, with no validation, no explanations and no
 * rounding: the floor the library is measured against. One kernel runs on two number systems —
 * decimal.js (exact, the floor for exact arithmetic in JavaScript) and plain floats (the
 * absolute floor, inexact) — so the two floors compute exactly the same thing.
 */

/** The operations the kernel needs from a number system. */
export interface NumberSystem<N> {
  from(value: string | number): N;
  add(a: N, b: N): N;
  sub(a: N, b: N): N;
  mul(a: N, b: N): N;
  div(a: N, b: N): N;
  min(a: N, b: N): N;
  max(a: N, b: N): N;
  gt(a: N, b: N): boolean;
}

/** An offer with every default filled and every amount a decimal string (from parseOffer). */
export interface PlainOffer {
  pay: { type: 'salary' | 'hourly'; amount: string; periods: number; hoursPerWeek: string; paidWeeks: string };
  adjustmentPercent: string;
  overtime: null | {
    hoursPerYear: string | null;
    hoursPerWeek: string | null;
    minHoursPerWeek: string | null;
    maxHoursPerWeek: string | null;
    weeks: string | null;
    multiplier: string;
  };
  bonuses: {
    amount: string | null;
    percentOfBase: string | null;
    expectedPercent: string;
    minPercent: string;
    maxPercent: string;
    oneTime: boolean;
    regularRate: boolean;
  }[];
  timeOffDays: string;
  insurance: { employer: string; employee: string }[];
  retirement: null | {
    tiers: { match: string; upTo: string }[];
    nonElective: string;
    deferral: string;
    eligible: ('base' | 'overtime' | 'bonuses')[];
  };
  limits: { compensation: string; deferral: string; additions: string };
  education: { amounts: string[]; usePercent: string };
  otherBenefits: string[];
  commute: null | { days: string; cost: string };
  otherCosts: string[];
  costIndex: string | null;
}

/** The headline figures. */
export interface KernelResult<N> {
  annual: N;
  firstYear: N;
  effectiveHourly: N;
  adjusted: N | null;
}

/** Which payout and overtime hours a pass assumes: the expected ones, or the low or high end of their ranges. */
export type KernelScenario = 'expected' | 'low' | 'high';

export function evaluateByHand<N>(offer: PlainOffer, n: NumberSystem<N>, scenario: KernelScenario = 'expected'): KernelResult<N> {
  const zero = n.from(0);
  const hundred = n.from(100);
  const percent = (value: string) => n.div(n.from(value), hundred);
  const sum = (values: N[]) => values.reduce((total, value) => n.add(total, value), zero);
  const hpw = n.from(offer.pay.hoursPerWeek);
  const scheduled = n.mul(hpw, n.from(offer.pay.paidWeeks));
  const base = n.mul(
    offer.pay.type === 'salary' ? n.mul(n.from(offer.pay.amount), n.from(offer.pay.periods)) : n.mul(n.from(offer.pay.amount), scheduled),
    n.add(n.from(1), percent(offer.adjustmentPercent)),
  );
  const rate = n.div(base, scheduled);
  const off = n.div(n.mul(n.from(offer.timeOffDays), hpw), n.from(5));
  const weeks = n.div(n.sub(scheduled, off), hpw);
  let overtimeHours = zero;
  let overtimePay = zero;
  let multiplier = n.from(1);
  if (offer.overtime !== null) {
    multiplier = n.from(offer.overtime.multiplier);
    const weekly =
      (scenario === 'low' ? offer.overtime.minHoursPerWeek : scenario === 'high' ? offer.overtime.maxHoursPerWeek : null) ??
      offer.overtime.hoursPerWeek ??
      0;
    overtimeHours =
      offer.overtime.hoursPerYear !== null
        ? n.from(offer.overtime.hoursPerYear)
        : n.mul(n.from(weekly), offer.overtime.weeks === null ? weeks : n.from(offer.overtime.weeks));
    overtimePay = n.mul(n.mul(overtimeHours, rate), multiplier);
  }
  const bonuses = offer.bonuses.map((bonus) => {
    const target = bonus.amount === null ? n.mul(base, percent(bonus.percentOfBase ?? '0')) : n.from(bonus.amount);
    const payout = bonus.oneTime || scenario === 'expected' ? bonus.expectedPercent : scenario === 'low' ? bonus.minPercent : bonus.maxPercent;
    return { ...bonus, expected: n.mul(target, percent(payout)) };
  });
  const recurringBonuses = sum(bonuses.filter((bonus) => !bonus.oneTime).map((bonus) => bonus.expected));
  const oneTime = sum(bonuses.filter((bonus) => bonus.oneTime).map((bonus) => bonus.expected));
  const regularRateBonuses = sum(bonuses.filter((bonus) => bonus.regularRate).map((bonus) => bonus.expected));
  const overtimeOnBonuses =
    offer.overtime === null
      ? zero
      : n.div(n.mul(n.mul(regularRateBonuses, n.sub(multiplier, n.from(1))), overtimeHours), n.add(n.sub(scheduled, off), overtimeHours));
  let retirement = zero;
  if (offer.retirement !== null) {
    const plan = offer.retirement;
    const parts = { base, overtime: n.add(overtimePay, overtimeOnBonuses), bonuses: recurringBonuses };
    const pay = n.min(sum(plan.eligible.map((part) => parts[part])), n.from(offer.limits.compensation));
    const deferral = n.min(n.mul(pay, percent(plan.deferral)), n.from(offer.limits.deferral));
    let lower = zero;
    let match = zero;
    for (const tier of plan.tiers) {
      const upper = n.mul(pay, percent(tier.upTo));
      match = n.add(match, n.mul(n.max(zero, n.sub(n.min(deferral, upper), lower)), percent(tier.match)));
      lower = upper;
    }
    const room = n.max(zero, n.sub(n.from(offer.limits.additions), deferral));
    const nonElective = n.min(n.mul(pay, percent(plan.nonElective)), room);
    retirement = n.add(nonElective, n.min(match, n.sub(room, nonElective)));
  }
  const benefits = n.add(
    n.add(sum(offer.insurance.map((entry) => n.from(entry.employer))), retirement),
    n.add(n.mul(sum(offer.education.amounts.map((amount) => n.from(amount))), percent(offer.education.usePercent)), sum(offer.otherBenefits.map((value) => n.from(value)))),
  );
  const costs = n.add(
    n.add(sum(offer.insurance.map((entry) => n.from(entry.employee))), sum(offer.otherCosts.map((value) => n.from(value)))),
    offer.commute === null ? zero : n.mul(n.mul(n.from(offer.commute.days), n.from(offer.commute.cost)), weeks),
  );
  const annual = n.sub(n.add(n.add(base, n.add(overtimePay, overtimeOnBonuses)), n.add(recurringBonuses, benefits)), costs);
  const worked = n.add(n.sub(scheduled, off), overtimeHours);
  return {
    annual,
    firstYear: n.add(annual, oneTime),
    effectiveHourly: n.div(annual, worked),
    adjusted: offer.costIndex === null ? null : n.div(n.mul(annual, hundred), n.from(offer.costIndex)),
  };
}
