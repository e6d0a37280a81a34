/**
 * `npm run bench`: measures the library against the hand-written floors on the same offers and
 * writes bench/results.json. Built from source by bench/run.mjs.
 */
import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { arch, cpus, platform } from 'node:os';
import { fileURLToPath } from 'node:url';
import { Decimal as DecimalJs } from 'decimal.js';
import fc from 'fast-check';
import { Bench } from 'tinybench';
import { Decimal, freezeDecimal } from '../src/decimal/decimal.js';
import { annualBase } from '../src/engine/base-pay.js';
import { breakEvenBase } from '../src/engine/break-even.js';
import { resolveOptions } from '../src/api/evaluation-options.js';
import { evaluationContext } from '../src/engine/context.js';
import { evaluateParsedOffer } from '../src/engine/evaluation.js';
import { timeOffDays } from '../src/offer/hours.js';
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
import { formatComparison } from '../src/format.js';
import { metricAt } from '../src/engine/metrics.js';
import { resolveProjectionOptions } from '../src/api/project.js';
import { offerInput } from '../test/arbitraries.js';
import { hospitalCoder, remoteCpc, seedOffers } from '../test/fixtures/seed-offers.js';
import { evaluateByHand, type NumberSystem, type PlainOffer } from './kernel.js';
import { compareOffersAfterTax, estimateTaxes } from '../src/tax.js';

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
            minHoursPerWeek: offer.overtime.minHoursPerWeek?.toString() ?? null,
            maxHoursPerWeek: offer.overtime.maxHoursPerWeek?.toString() ?? null,
            weeks: offer.overtime.weeksPerYear?.toString() ?? null,
            multiplier: offer.overtime.multiplier.toString(),
          },
    bonuses: offer.bonuses.map((bonus) => ({
      amount: bonus.amount?.toString() ?? null,
      percentOfBase: bonus.percentOfBase?.toString() ?? null,
      expectedPercent: bonus.expectedPayoutPercent.toString(),
      minPercent: bonus.minPayoutPercent.toString(),
      maxPercent: bonus.maxPayoutPercent.toString(),
      oneTime: bonus.oneTime,
      regularRate: !bonus.oneTime && !bonus.discretionary && bonus.kind !== 'profit-sharing',
    })),
    timeOffDays: timeOffDays(offer.benefits.timeOff).toString(),
    insurance: offer.benefits.insurance.map((entry) => ({ employer: entry.employerPaid.toString(), employee: entry.employeePaid.toString() })),
    // The floor kernel knows one plan and no differentials; the benchmarked offers have no more.
    retirement: ((plan) =>
      plan === undefined
        ? null
        : {
            tiers: plan.match.map((tier) => ({ match: tier.matchPercent.toString(), upTo: tier.upToPercentOfPay.toString() })),
            nonElective: plan.nonElectivePercent.toString(),
            deferral: plan.employeeContributionPercent.toString(),
            eligible: plan.eligiblePay.filter((part) => part !== 'differentials'),
          })(offer.benefits.retirement[0]),
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
    otherCosts: offer.costs.other.map((entry) => {
      if (entry.annualAmount === null) throw new Error('the floor kernel knows no percent-of-base cost');
      return entry.annualAmount.toString();
    }),
    costIndex: offer.location.costIndex?.toString() ?? null,
  };
}

// --- Correctness of the floors on the seed offers --------------------------------------------
const floorAccuracy = () => seedOffers.map((input) => {
  const shown = toJSON(evaluateOffer(input)).totals.annual;
  const plain = toPlain(parseOffer(input));
  const exact = evaluateByHand(plain, decimalSystem).annual;
  const evaluation = evaluateOffer(input);
  for (const scenario of ['low', 'high'] as const) {
    if (evaluateByHand(plain, decimalSystem, scenario).annual.minus(evaluation.totals[scenario].toString()).abs().greaterThan('1e-20')) {
      throw new Error(`decimal floor disagrees on ${input.label} (${scenario})`);
    }
  }
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
const typical: OfferInput = hospitalCoder; // 11 lines, no range: low and high are annual
const typicalParsed = parseOffer(typical);
const typicalPlain = toPlain(typicalParsed);
// The remote offer: a 5 % accuracy bonus paid 0–100 %, so low differs from annual.
const remote: OfferInput = remoteCpc;
const remoteParsed = parseOffer(remote);
const remotePlain = toPlain(parseOffer(remote));
const options = resolveOptions({});
const generated = fc.sample(offerInput, { numRuns: 1000, seed: 20261125 }).map((offer, index) => ({ ...offer, id: `generated-${index}` }));
const ten = generated.slice(0, 10);
// Ten typical offers: the six seed offers and four of them again under other ids.
const tenTypical = [...seedOffers, ...seedOffers.slice(0, 4).map((offer, index) => ({ ...offer, id: `again-${index}` }))];
const pair = [parseOffer(seedOffers[0]), parseOffer(seedOffers[1])];
const pairContexts = pair.map((offer) => evaluationContext(offer, options));
const projection = resolveProjectionOptions({});
const bestValue = metricAt('annual', pairContexts[1]!, annualBase(pair[1]!), projection)!;

/** Items of a list, each made from its place. */
const many = <T>(count: number, make: (index: number) => T): T[] => Array.from({ length: count }, (_, index) => make(index));

/**
 * A large offer (issue 19): 50 bonuses, a percent of base each, 20 insurance plans, 50 other
 * benefits, 50 costs, a retirement plan on all pay, 3 % raises — 223 lines a year.
 */
const largeOffer = (index: number): OfferInput => ({
  id: `large-${index}`,
  label: `Large offer ${index}`,
  pay: { type: 'hourly', rate: 25 + index / 100, hoursPerWeek: 45 },
  overtime: { hoursPerWeek: 3 },
  bonuses: many(50, (bonus) => ({ label: `Bonus ${index}.${bonus}`, kind: 'team', percentOfBase: 1, maxPayoutPercent: 150 })),
  benefits: {
    insurance: many(20, (plan) => ({ kind: 'other', label: `Plan ${plan}`, employerPaid: 100, employeePaid: 10 })),
    retirement: { plan: '401k', match: [{ matchPercent: 100, upToPercentOfPay: 4 }], nonElectivePercent: 2, eligiblePay: ['base', 'overtime', 'bonuses'] },
    other: many(50, (benefit) => ({ label: `Other ${benefit}`, annualValue: 10 })),
  },
  costs: { other: many(50, (cost) => ({ label: `Cost ${cost}`, annualAmount: 5 })) },
  growth: { annualRaisePercent: 3 },
});

/** A value made at the task's first run (its warm-up), not when every task's process starts. */
const lazily = <T>(make: () => T): (() => T) => {
  let value: T | undefined;
  return () => (value ??= make());
};
const largeContext = lazily(() => evaluationContext(parseOffer(largeOffer(0)), options));
const fiftyYears = resolveProjectionOptions({ years: 50 });
const tenLarge = many(10, largeOffer);
/** 1,000 offers with 50 differently labelled bonuses each: 50,000 labels (issue 19). */
const thousandLabelled = lazily(() =>
  compareOffers(
    many(1000, (index) => ({
      id: `labelled-${index}`,
      label: `Offer ${index}`,
      pay: { type: 'salary', amount: 50_000 + index },
      bonuses: many(50, (bonus) => ({ label: `Bonus ${index}.${bonus}`, kind: 'team', amount: 100 })),
    })),
  ),
);
/** An offer's amounts as parsing makes them: 25 decimals. */
const amounts = many(25, (index) => 1000 + index * 7.25);

/**
 * The floor from pre-made decimals: the kernel with every input already a decimal, looked up
 * instead of parsed (what a caller that keeps its figures as decimals would pay).
 */
function premade(plain: PlainOffer): NumberSystem<Exact> {
  const made = new Map<string, Exact>();
  const visit = (value: unknown): void => {
    if (typeof value === 'number' || (typeof value === 'string' && /^-?\.?\d/.test(value))) {
      if (!made.has(String(value))) made.set(String(value), new ExactDecimal(value));
    } else if (Array.isArray(value)) value.forEach(visit);
    else if (typeof value === 'object' && value !== null) Object.values(value).forEach(visit);
  };
  visit(plain);
  for (const constant of [0, 1, 5, 100]) made.set(String(constant), new ExactDecimal(constant));
  return { ...decimalSystem, from: (value) => made.get(String(value)) ?? new ExactDecimal(value) };
}
const typicalPremade = premade(typicalPlain);
const remotePremade = premade(remotePlain);

/** Every scenario of the kernel: what a hand-written calculator showing a range computes. */
const withRange = (plain: PlainOffer, n: NumberSystem<Exact>) => [
  evaluateByHand(plain, n),
  evaluateByHand(plain, n, 'low'),
  evaluateByHand(plain, n, 'high'),
];

// How heavy the compared offers are: lines per offer, and how many need the low and high
// scenarios computed apart (a payout range or a range of overtime hours).
const weight = (offers: readonly OfferInput[]) => {
  const evaluations = offers.map((offer) => evaluateOffer(offer));
  const lines = evaluations.reduce((total, evaluation) => total + evaluation.lines.length, 0) / offers.length;
  const withRanges = evaluations.filter((evaluation) => !evaluation.totals.low.equals(evaluation.totals.high)).length;
  return { meanLines: Number(lines.toFixed(1)), offersWithARange: withRanges };
};

/** What a table shows of a comparison: every offer's low and high read. */
const readRanges = (offers: readonly { readonly evaluation: { readonly totals: { readonly low: unknown; readonly high: unknown } } }[]) => {
  for (const offer of offers) void [offer.evaluation.totals.low, offer.evaluation.totals.high];
};

// --- Tasks ------------------------------------------------------------------------------------
const typicalEvaluation = evaluateOffer(typical);

const tasks: readonly (readonly [string, () => unknown])[] = [
  ['evaluateOffer (typical offer, 11 lines)', () => evaluateOffer(typical)],
  ['evaluateOffer (already parsed offer)', () => evaluateOffer(typicalParsed)],
  ['floor: hand-written decimal.js from raw input', () => evaluateByHand(typicalPlain, decimalSystem)],
  ['floor: hand-written decimal.js from pre-made decimals', () => evaluateByHand(typicalPlain, typicalPremade)],
  ['floor: hand-written floats (inexact)', () => evaluateByHand(typicalPlain, floatSystem)],
  ['evaluateOffer (remote offer with a range), low/high not read', () => evaluateOffer(remote)],
  [
    'evaluateOffer (remote offer with a range), low/high read',
    () => {
      const { totals } = evaluateOffer(remote);
      return [totals.low, totals.high];
    },
  ],
  [
    'evaluateOffer (remote offer, already parsed), low/high read',
    () => {
      const { totals } = evaluateOffer(remoteParsed);
      return [totals.low, totals.high];
    },
  ],
  ['floor (remote): decimal.js from raw input, without low/high', () => evaluateByHand(remotePlain, decimalSystem)],
  ['floor (remote): decimal.js from pre-made decimals, without low/high', () => evaluateByHand(remotePlain, remotePremade)],
  ['floor (remote): decimal.js from raw input, with low/high', () => withRange(remotePlain, decimalSystem)],
  ['floor (remote): decimal.js from pre-made decimals, with low/high', () => withRange(remotePlain, remotePremade)],
  ['safeParseOffer alone', () => safeParseOffer(typical)],
  ['evaluateParsedOffer (no validation)', () => evaluateParsedOffer(typicalParsed, options)],
  ['ten evaluateOffer, the 10 typical offers', () => tenTypical.map((offer) => evaluateOffer(offer))],
  ['compareOffers, 10 typical offers (seeds)', () => compareOffers(tenTypical)],
  ['compareOffers, 10 typical offers, low/high read (as the table)', () => readRanges(compareOffers(tenTypical).offers)],
  [
    'compareOffers, 10 typical offers, every break-even read',
    () => {
      for (const offer of compareOffers(tenTypical).offers) void offer.breakEvenBase;
    },
  ],
  ['ten evaluateOffer, the 10 generated offers', () => ten.map((offer) => evaluateOffer(offer))],
  ['compareOffers, 10 generated offers', () => compareOffers(ten)],
  ['compareOffers, 10 generated offers, low/high read (as the table)', () => readRanges(compareOffers(ten).offers)],
  [
    'compareOffers, 10 generated offers, every break-even read',
    () => {
      for (const offer of compareOffers(ten).offers) void offer.breakEvenBase;
    },
  ],
  ['compareOffers, 1,000 generated offers', () => compareOffers(generated)],
  ['projectOffer, 10 years', () => projectOffer(typical, { years: 10 })],
  ['estimateTaxes (the typical offer, evaluated; Oregon)', () => estimateTaxes(typicalEvaluation, { filingStatus: 'single', state: 'US-OR' })],
  ['compareOffersAfterTax, 10 typical offers (Oregon)', () => compareOffersAfterTax(tenTypical, { filingStatus: 'single', state: 'US-OR' })],
  [
    'break-even base, one pair',
    () => breakEvenBase((base) => metricAt('annual', pairContexts[0]!, base, projection), bestValue, annualBase(pair[0]!), 2),
  ],
  // Issue 19: the horizon metric, large tables, frozen decimals.
  ['horizon metric, one large offer (223 lines) over 50 years', () => metricAt('horizon', largeContext(), annualBase(largeContext().offer), fiftyYears)],
  ['compareOffers on horizon, 10 large offers over 50 years', () => compareOffers(tenLarge, { metric: 'horizon', years: 50 })],
  // Two offers, not ten: tinybench runs a task at least 64 times, and each search takes a dozen horizons.
  [
    'compareOffers on horizon, 2 large offers over 50 years, every break-even read',
    () => {
      for (const offer of compareOffers(tenLarge.slice(0, 2), { metric: 'horizon', years: 50 }).offers) void offer.breakEvenBase;
    },
  ],
  ['projectOffer, one large offer over 50 years', () => projectOffer(largeOffer(0), { years: 50 })],
  ['formatComparison table, 1,000 offers × 50 labelled bonuses (comparison made)', () => formatComparison(thousandLabelled(), { format: 'table' })],
  ['formatComparison csv, 1,000 offers × 50 labelled bonuses (comparison made)', () => formatComparison(thousandLabelled(), { format: 'csv' })],
  ['25 decimals made, as parsing makes an offer\'s amounts', () => amounts.map((amount) => new Decimal(amount))],
  ['25 decimals made and frozen (freezeDecimal)', () => amounts.map((amount) => freezeDecimal(new Decimal(amount)))],
];

/** A task's figures from tinybench. */
function figures(name: string, result: Bench['tasks'][number]['result']) {
  if (result.state !== 'completed') throw new Error(`${name}: ${result.state}`);
  return {
    task: name,
    opsPerSecond: Math.round(result.throughput.mean),
    medianMicroseconds: Number((result.latency.p50 * 1000).toFixed(2)),
    samples: result.latency.samplesCount,
  };
}

/** Fresh processes per task (BENCH_RUNS, default 3). */
const RUNS = Number(process.env.BENCH_RUNS ?? 3);

const [mode, argument] = process.argv.slice(2);
if (mode === 'task') {
  // One task in a process of its own. Run one after another in one process, tasks share the
  // JIT's state, and a task measured after others had fed other offers through the same code
  // ran up to twice as slow, differently from run to run.
  const [name, run] = tasks[Number(argument)] ?? [];
  if (name === undefined || run === undefined) throw new Error(`no task ${argument}`);
  const bench = new Bench({ time: 700, warmupTime: 150 }).add(name, run);
  await bench.run();
  process.stdout.write(JSON.stringify(figures(name, bench.tasks[0]!.result)));
} else {
  const script = fileURLToPath(import.meta.url);
  // Built beside this file by bench/run.mjs; see bench/hundred-thousand.ts for why it runs apart.
  const hundredThousandScript = fileURLToPath(new URL('hundred-thousand.js', import.meta.url));
  // Each task in RUNS fresh processes; the best median is kept (a shared machine only ever
  // slows a run down), and the spread between the best and the worst run is recorded.
  const rows = tasks.map((_, index) => {
    const runs = Array.from({ length: RUNS }, () =>
      JSON.parse(execFileSync(process.execPath, [script, 'task', String(index)], { encoding: 'utf8' })) as ReturnType<typeof figures>,
    ).sort((a, b) => a.medianMicroseconds - b.medianMicroseconds);
    const best = runs[0]!;
    const worst = runs[runs.length - 1]!;
    return { ...best, worstRunMedianMicroseconds: worst.medianMicroseconds };
  });
  const coldImport = importShare();
  const loops = Array.from({ length: RUNS }, () => JSON.parse(execFileSync(process.execPath, [hundredThousandScript], { encoding: 'utf8' })) as number);
  const hundredThousand = { best: Math.min(...loops), worst: Math.max(...loops) };
  report(rows, hundredThousand, coldImport, floorAccuracy(), { typical: weight(tenTypical), generated: weight(ten) });
}

/** Milliseconds a fresh process takes to run `code` (ESM), as it measures itself. */
function timed(code: string): number {
  const script = `const start = performance.now(); ${code}; process.stdout.write(String(performance.now() - start));`;
  return Number(execFileSync(process.execPath, ['--input-type=module', '-e', script], { encoding: 'utf8' }));
}

/**
 * The library's own share of a cold start: \`import('total-comp')\` and the first
 * \`evaluateOffer\`, against importing its dependencies alone (\`zod/mini\`, which the library
 * imports, and \`decimal.js\`), in fresh processes taken in turns (9 of each), so that the
 * machine's moods fall on both alike. The share is the difference of the bests; the medians and
 * worsts are kept too.
 */
function importShare() {
  const first = JSON.stringify({ label: 'Coder', pay: { type: 'hourly', rate: 23.45 }, overtime: { hoursPerWeek: 4 } });
  const library: number[] = [];
  const dependencies: number[] = [];
  for (let index = 0; index < 9; index += 1) {
    library.push(timed(`const { evaluateOffer } = await import('total-comp'); evaluateOffer(${first})`));
    dependencies.push(timed("await Promise.all([import('zod/mini'), import('decimal.js')])"));
  }
  const stats = (times: number[]) => {
    const sorted = [...times].sort((a, b) => a - b);
    return { best: Number(sorted[0]!.toFixed(1)), median: Number(sorted[4]!.toFixed(1)), worst: Number(sorted[8]!.toFixed(1)) };
  };
  const withFirstEvaluation = stats(library);
  const dependenciesAlone = stats(dependencies);
  return {
    libraryImportAndFirstEvaluation: withFirstEvaluation,
    dependenciesAlone,
    ownShareBest: Number((withFirstEvaluation.best - dependenciesAlone.best).toFixed(1)),
    ownShareMedian: Number((withFirstEvaluation.median - dependenciesAlone.median).toFixed(1)),
  };
}

function report(
  rows: readonly (ReturnType<typeof figures> & { readonly worstRunMedianMicroseconds: number })[],
  hundredThousandSeconds: { readonly best: number; readonly worst: number },
  coldImport: ReturnType<typeof importShare>,
  accuracy: ReturnType<typeof floorAccuracy>,
  comparedOffers: Record<'typical' | 'generated', ReturnType<typeof weight>>,
): void {
  const median = (name: string) => rows.find((row) => row.task.startsWith(name))?.medianMicroseconds ?? Number.NaN;
  const ratio = (a: string, b: string) => Number((median(a) / median(b)).toFixed(2));
  const ratios = {
    rawOverFloorFromRawInput: ratio('evaluateOffer (typical', 'floor: hand-written decimal.js from raw input'),
    rawOverFloorFromPremade: ratio('evaluateOffer (typical', 'floor: hand-written decimal.js from pre-made'),
    parsedOverFloorFromPremade: ratio('evaluateOffer (already parsed', 'floor: hand-written decimal.js from pre-made'),
    parsedOverFloorFromRawInput: ratio('evaluateOffer (already parsed', 'floor: hand-written decimal.js from raw input'),
    remoteWithoutRangeOverFloor: ratio('evaluateOffer (remote offer with a range), low/high not read', 'floor (remote): decimal.js from raw input, without low/high'),
    remoteWithRangeOverFloor: ratio('evaluateOffer (remote offer with a range), low/high read', 'floor (remote): decimal.js from raw input, with low/high'),
    remoteWithRangeOverPremadeFloor: ratio('evaluateOffer (remote offer with a range), low/high read', 'floor (remote): decimal.js from pre-made decimals, with low/high'),
    remoteParsedWithRangeOverPremadeFloor: ratio('evaluateOffer (remote offer, already parsed), low/high read', 'floor (remote): decimal.js from pre-made decimals, with low/high'),
    remoteWithoutRangeOverPremadeFloor: ratio('evaluateOffer (remote offer with a range), low/high not read', 'floor (remote): decimal.js from pre-made decimals, without low/high'),
    compareTenTypicalOverOneEvaluation: ratio('compareOffers, 10 typical offers, low/high read', 'evaluateOffer (typical'),
    compareTenTypicalOverTenEvaluations: ratio('compareOffers, 10 typical offers, low/high read', 'ten evaluateOffer, the 10 typical'),
    compareTenGeneratedOverTenEvaluations: ratio('compareOffers, 10 generated offers, low/high read', 'ten evaluateOffer, the 10 generated'),
    decimalFloorOverFloats: ratio('floor: hand-written decimal.js from raw input', 'floor: hand-written floats'),
    // The tax entry's budget: an estimate costs no more than a second evaluateOffer.
    estimateTaxesOverOneEvaluation: ratio('estimateTaxes', 'evaluateOffer (typical'),
  };

  console.table(rows);
  console.log('Ratios (median time):', ratios);
  console.log(`100,000 evaluations of the typical offer from raw input: ${hundredThousandSeconds.best} s (worst loop ${hundredThousandSeconds.worst} s)`);
  console.log('The ten compared offers:', comparedOffers);
  console.log('Cold import and first evaluation, ms (9 processes each, in turns):', coldImport);
  console.table(accuracy);

  const results = {
    method: `each task in ${RUNS} fresh processes, best and worst medians kept; 100,000 evaluations: best of ${RUNS} loops; cold import: 9 processes each, in turns`,
    date: new Date().toISOString().slice(0, 10),
    machine: { cpu: cpus()[0]?.model ?? 'unknown', cores: cpus().length, platform: platform(), arch: arch(), node: process.version },
    tasks: rows,
    ratios,
    hundredThousandEvaluationsSeconds: hundredThousandSeconds,
    comparedOffers,
    coldImportMilliseconds: coldImport,
    floatAccuracyOnSeedOffers: accuracy,
  };
  writeFileSync('bench/results.json', `${JSON.stringify(results, null, 2)}\n`);
  console.log('wrote bench/results.json');
}
