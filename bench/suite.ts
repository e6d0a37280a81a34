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
import { metricAt } from '../src/engine/metrics.js';
import { resolveProjectionOptions } from '../src/api/project.js';
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
const floorAccuracy = () => seedOffers.map((input) => {
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
// Ten typical offers: the six seed offers and four of them again under other ids.
const tenTypical = [...seedOffers, ...seedOffers.slice(0, 4).map((offer, index) => ({ ...offer, id: `again-${index}` }))];
const pair = [parseOffer(seedOffers[0]), parseOffer(seedOffers[1])];
const pairContexts = pair.map((offer) => evaluationContext(offer, options));
const projection = resolveProjectionOptions({});
const bestValue = metricAt('annual', pairContexts[1]!, annualBase(pair[1]!), projection)!;

// How heavy the compared offers are: lines per offer, and how many need the low and high
// scenarios computed apart (a payout range or a range of overtime hours).
const weight = (offers: readonly OfferInput[]) => {
  const evaluations = offers.map((offer) => evaluateOffer(offer));
  const lines = evaluations.reduce((total, evaluation) => total + evaluation.lines.length, 0) / offers.length;
  const withRanges = evaluations.filter((evaluation) => !evaluation.totals.low.equals(evaluation.totals.high)).length;
  return { meanLines: Number(lines.toFixed(1)), offersWithARange: withRanges };
};

// --- Tasks ------------------------------------------------------------------------------------
const tasks: readonly (readonly [string, () => unknown])[] = [
  ['evaluateOffer (typical offer, 11 lines)', () => evaluateOffer(typical)],
  ['evaluateOffer (already parsed offer)', () => evaluateOffer(typicalParsed)],
  ['floor: hand-written decimal.js, no validation', () => evaluateByHand(typicalPlain, decimalSystem)],
  ['floor: hand-written floats (inexact)', () => evaluateByHand(typicalPlain, floatSystem)],
  ['safeParseOffer alone', () => safeParseOffer(typical)],
  ['evaluateParsedOffer (no validation)', () => evaluateParsedOffer(typicalParsed, options)],
  ['compareOffers, 10 typical offers (seeds)', () => compareOffers(tenTypical)],
  [
    'compareOffers, 10 typical offers, every break-even read',
    () => {
      for (const offer of compareOffers(tenTypical).offers) void offer.breakEvenBase;
    },
  ],
  ['compareOffers, 10 generated offers', () => compareOffers(ten)],
  [
    'compareOffers, 10 generated offers, every break-even read',
    () => {
      for (const offer of compareOffers(ten).offers) void offer.breakEvenBase;
    },
  ],
  ['compareOffers, 1,000 generated offers', () => compareOffers(generated)],
  ['projectOffer, 10 years', () => projectOffer(typical, { years: 10 })],
  [
    'break-even base, one pair',
    () => breakEvenBase((base) => metricAt('annual', pairContexts[0]!, base, projection), bestValue, annualBase(pair[0]!), 2),
  ],
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
  const coldImport = { totalComp: coldImportMilliseconds("import('total-comp')"), zodAndDecimalJsAlone: coldImportMilliseconds("Promise.all([import('zod'), import('decimal.js')])") };
  const hundredThousand = Math.min(
    ...Array.from({ length: RUNS }, () => JSON.parse(execFileSync(process.execPath, [hundredThousandScript], { encoding: 'utf8' })) as number),
  );
  report(rows, hundredThousand, coldImport, floorAccuracy(), { typical: weight(tenTypical), generated: weight(ten) });
}

/** The shortest, over 7 fresh processes, of the time an `import` takes (built package, by its name). */
function coldImportMilliseconds(load: string): number {
  const code = `const start = performance.now(); await ${load}; process.stdout.write(String(performance.now() - start));`;
  const times = Array.from({ length: 7 }, () =>
    Number(execFileSync(process.execPath, ['--input-type=module', '-e', code], { encoding: 'utf8' })),
  ).sort((a, b) => a - b);
  return Number(times[0]!.toFixed(1));
}

function report(
  rows: readonly (ReturnType<typeof figures> & { readonly worstRunMedianMicroseconds: number })[],
  hundredThousandSeconds: number,
  coldImport: Record<'totalComp' | 'zodAndDecimalJsAlone', number>,
  accuracy: ReturnType<typeof floorAccuracy>,
  comparedOffers: Record<'typical' | 'generated', ReturnType<typeof weight>>,
): void {
  const median = (name: string) => rows.find((row) => row.task.startsWith(name))?.medianMicroseconds ?? Number.NaN;
  const ratios = {
    libraryOverDecimalFloor: Number((median('evaluateOffer (typical') / median('floor: hand-written decimal')).toFixed(2)),
    parsedOverDecimalFloor: Number((median('evaluateOffer (already parsed') / median('floor: hand-written decimal')).toFixed(2)),
    decimalFloorOverFloats: Number((median('floor: hand-written decimal') / median('floor: hand-written floats')).toFixed(2)),
    libraryOverFloats: Number((median('evaluateOffer (typical') / median('floor: hand-written floats')).toFixed(2)),
  };

  console.table(rows);
  console.log('Ratios (median time):', ratios);
  console.log(`100,000 evaluations of the typical offer from raw input: ${hundredThousandSeconds} s`);
  console.log('The ten compared offers:', comparedOffers);
  console.log('Cold import, ms (best of 7 processes):', coldImport);
  console.table(accuracy);

  const results = {
    method: `each task in ${RUNS} fresh processes, best median kept; 100,000 evaluations: best of ${RUNS} loops; cold import: best of 7`,
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
