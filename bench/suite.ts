/**
 * `npm run bench`: measures the library against the hand-written floors on the same offers and
 * writes bench/results.json. Built from source by bench/run.mjs.
 */
import { writeFileSync } from 'node:fs';
import { arch, cpus, platform } from 'node:os';
import { Decimal as DecimalJs } from 'decimal.js';
import fc from 'fast-check';
import { Bench } from 'tinybench';
import { annualBase } from '../src/base-pay.js';
import { breakEvenBase } from '../src/break-even.js';
import { evaluateParsedOffer, evaluationContext, resolveOptions } from '../src/evaluate.js';
import { timeOffDays } from '../src/hours.js';
import {
  compareOffers,
  evaluateOffer,
  type Offer,
  type OfferInput,
  parseOffer,
  projectOffer,
  safeParseOffer,
  toJSON,
} from '../src/index.js';
import { metricAt } from '../src/metrics.js';
import { resolveProjectionOptions } from '../src/projection.js';
import { offerInput } from '../test/arbitraries.js';
import { hospitalCoder, seedOffers } from '../test/fixtures/seed-offers.js';
import { evaluateByHand, type NumberSystem, type PlainOffer } from './kernel.js';

const ExactDecimal = DecimalJs.clone({ precision: 40, rounding: DecimalJs.ROUND_HALF_UP });
type Exact = InstanceType<typeof ExactDecimal>;

const decimalSystem: NumberSystem<Exact> = {
  from: (value) => new ExactDecimal(value),
  add: (a, b) => a.plus(b),
  sub: (a, b) => a.minus(b),
  mul: (a, b) => a.times(b),
  div: (a, b) => a.div(b),
  min: (a, b) => (a.lessThan(b) ? a : b),
  max: (a, b) => (a.greaterThan(b) ? a : b),
  gt: (a, b) => a.greaterThan(b),
};

const floatSystem: NumberSystem<number> = {
  from: (value) => Number(value),
  add: (a, b) => a + b,
  sub: (a, b) => a - b,
  mul: (a, b) => a * b,
  div: (a, b) => a / b,
  min: Math.min,
  max: Math.max,
  gt: (a, b) => a > b,
};

/** The parsed offer as the kernel reads it: defaults filled by the library, amounts as strings. */
function toPlain(offer: Offer): PlainOffer {
  const limits = resolveOptions({}).limits;
  const pay = offer.pay;
  const periods = { year: 1, month: 12, semimonth: 24, biweek: 26, week: 52 };
  return {
    pay: {
      type: pay.type,
      amount: pay.type === 'salary' ? pay.amount.toString() : pay.rate.toString(),
      periods: pay.type === 'salary' ? periods[pay.per] : 1,
      hoursPerWeek: pay.hoursPerWeek.toString(),
      paidWeeks: pay.type === 'hourly' ? pay.paidWeeksPerYear.toString() : '52',
    },
    adjustmentPercent: offer.location.payAdjustmentPercent.toString(),
    overtime:
      offer.overtime === null
        ? null
        : {
            hoursPerYear: offer.overtime.hoursPerYear?.toString() ?? null,
            hoursPerWeek: offer.overtime.hoursPerWeek?.toString() ?? null,
            weeks: offer.overtime.weeksPerYear?.toString() ?? null,
            multiplier: offer.overtime.multiplier.toString(),
          },
    bonuses: offer.bonuses.map((bonus) => ({
      amount: bonus.amount?.toString() ?? null,
      percentOfBase: bonus.percentOfBase?.toString() ?? null,
      expectedPercent: bonus.expectedPayoutPercent.toString(),
      oneTime: bonus.oneTime,
      regularRate: !bonus.oneTime && !bonus.discretionary && bonus.kind !== 'profit-sharing',
    })),
    timeOffDays: timeOffDays(offer.benefits.timeOff).toString(),
    insurance: offer.benefits.insurance.map((entry) => ({ employer: entry.employerPaid.toString(), employee: entry.employeePaid.toString() })),
    retirement:
      offer.benefits.retirement === null
        ? null
        : {
            tiers: offer.benefits.retirement.match.map((tier) => ({ match: tier.matchPercent.toString(), upTo: tier.upToPercentOfPay.toString() })),
            nonElective: offer.benefits.retirement.nonElectivePercent.toString(),
            deferral: offer.benefits.retirement.employeeContributionPercent.toString(),
            eligible: [...offer.benefits.retirement.eligiblePay],
          },
    limits: {
      compensation: limits.compensationLimit.toString(),
      deferral: limits.electiveDeferralLimit.toString(),
      additions: limits.annualAdditionsLimit.toString(),
    },
    education: {
      amounts: [offer.benefits.education.ceuStipend, offer.benefits.education.certificationFeesCovered, offer.benefits.education.tuitionReimbursement].map(String),
      usePercent: offer.benefits.education.expectedUsePercent.toString(),
    },
    otherBenefits: offer.benefits.other.map((entry) => entry.annualValue.toString()),
    commute: offer.costs.commute === null ? null : { days: offer.costs.commute.daysPerWeek.toString(), cost: offer.costs.commute.costPerDay.toString() },
    otherCosts: offer.costs.other.map((entry) => entry.annualAmount.toString()),
    costIndex: offer.location.costIndex?.toString() ?? null,
  };
}

// --- Correctness of the floors on the seed offers --------------------------------------------
const accuracy = seedOffers.map((input) => {
  const shown = toJSON(evaluateOffer(input)).totals.annual;
  const plain = toPlain(parseOffer(input));
  const exact = evaluateByHand(plain, decimalSystem).annual;
  const float = evaluateByHand(plain, floatSystem).annual;
  const library = evaluateOffer(input).totals.annual;
  if (exact.minus(library.toString()).abs().greaterThan('1e-20')) throw new Error(`decimal floor disagrees on ${input.label}`);
  // Floats shown the way float calculators show them: toFixed(2).
  const floatShown = float.toFixed(2);
  return {
    offer: input.label,
    library: shown,
    float: floatShown,
    centsOff: Math.round(Math.abs(Number(new ExactDecimal(floatShown).minus(shown).times(100)))),
    floatError: new ExactDecimal(float).minus(library.toString()).abs().toExponential(2),
  };
});

// --- Inputs -----------------------------------------------------------------------------------
const typical: OfferInput = hospitalCoder; // 11 lines
const typicalParsed = parseOffer(typical);
const typicalPlain = toPlain(typicalParsed);
const options = resolveOptions({});
const generated = fc.sample(offerInput, { numRuns: 1000, seed: 20261125 }).map((offer, index) => ({ ...offer, id: `generated-${index}` }));
const ten = generated.slice(0, 10);
const pair = [parseOffer(seedOffers[0]), parseOffer(seedOffers[1])];
const pairContexts = pair.map((offer) => evaluationContext(offer, options));
const projection = resolveProjectionOptions({});
const bestValue = metricAt('annual', pairContexts[1]!, annualBase(pair[1]!), projection)!;

const bench = new Bench({ time: 700, warmupTime: 150 });
bench
  .add('evaluateOffer (typical offer, 11 lines)', () => evaluateOffer(typical))
  .add('evaluateOffer (already parsed offer)', () => evaluateOffer(typicalParsed))
  .add('floor: hand-written decimal.js, no validation', () => evaluateByHand(typicalPlain, decimalSystem))
  .add('floor: hand-written floats (inexact)', () => evaluateByHand(typicalPlain, floatSystem))
  .add('safeParseOffer alone', () => safeParseOffer(typical))
  .add('evaluateParsedOffer (no validation)', () => evaluateParsedOffer(typicalParsed, options))
  .add('compareOffers, 10 offers', () => compareOffers(ten))
  .add('compareOffers, 1,000 offers', () => compareOffers(generated))
  .add('projectOffer, 10 years', () => projectOffer(typical, { years: 10 }))
  .add('break-even base, one pair', () =>
    breakEvenBase((base) => metricAt('annual', pairContexts[0]!, base, projection), bestValue, annualBase(pair[0]!)),
  );

await bench.run();

const rows = bench.tasks.map((task) => {
  const result = task.result;
  if (result.state !== 'completed') throw new Error(`${task.name}: ${result.state}`);
  return {
    task: task.name,
    opsPerSecond: Math.round(result.throughput.mean),
    medianMicroseconds: Number((result.latency.p50 * 1000).toFixed(2)),
    samples: result.latency.samplesCount,
  };
});
const median = (name: string) => rows.find((row) => row.task.startsWith(name))?.medianMicroseconds ?? Number.NaN;
const ratios = {
  libraryOverDecimalFloor: Number((median('evaluateOffer (typical') / median('floor: hand-written decimal')).toFixed(2)),
  parsedOverDecimalFloor: Number((median('evaluateOffer (already parsed') / median('floor: hand-written decimal')).toFixed(2)),
  decimalFloorOverFloats: Number((median('floor: hand-written decimal') / median('floor: hand-written floats')).toFixed(2)),
  libraryOverFloats: Number((median('evaluateOffer (typical') / median('floor: hand-written floats')).toFixed(2)),
};
const hundredThousandSeconds = Number(((median('evaluateOffer (typical') * 100_000) / 1e6).toFixed(2));

console.table(rows);
console.log('Ratios (median time):', ratios);
console.log(`100,000 evaluations ≈ ${hundredThousandSeconds} s at the median`);
console.table(accuracy);

const results = {
  date: new Date().toISOString().slice(0, 10),
  machine: { cpu: cpus()[0]?.model ?? 'unknown', cores: cpus().length, platform: platform(), arch: arch(), node: process.version },
  tasks: rows,
  ratios,
  hundredThousandEvaluationsSeconds: hundredThousandSeconds,
  floatAccuracyOnSeedOffers: accuracy,
};
writeFileSync('bench/results.json', `${JSON.stringify(results, null, 2)}\n`);
console.log('wrote bench/results.json');
