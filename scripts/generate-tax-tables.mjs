// Generates src/data/tax/tax-tables.ts (the state income tax, state payroll tax and local
// income tax tables, compact: thresholds and rates) and docs/tax-sources.md (what every figure
// rests on, in full words) from the research copied into data/tax/, with the decisions of
// scripts/tax-decisions.mjs. Plain Node, no dependencies.
//
//   node scripts/generate-tax-tables.mjs     (npm run generate:tax) writes both files;
//   test/data/tax-tables.test.ts fails while either differs from what this script makes.
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import {
  BRACKET_SOURCES,
  EXTRA_TAXED_ITEMS,
  FROM_YEAR_BEFORE,
  LOCAL_SOURCES,
  NOT_MODELLED,
  NULL_KEPT,
  FEDERAL_STANDARD_DEDUCTION,
  PAYROLL_SOURCES,
  YEARS_LEFT_OUT,
} from './tax-decisions.mjs';

const ROOT = new URL('../', import.meta.url);
const STATUSES = ['single', 'married-joint', 'head-of-household'];
/** The research's conformity fields and the pre-tax item each names, in the order of `StateTaxedItem`. */
const CONFORMITY = [
  ['hsaContributionsTaxed', 'hsa'],
  ['deferrals401kTaxed', 'deferrals-401k'],
  ['deferrals403b457bTaxed', 'deferrals-403b-457b'],
  ['pensionPickupsTaxed', 'pension'],
  ['section125PremiumsTaxed', 'premiums'],
];
const FIELD_WORDS = { standardDeduction: 'standard deduction', personalExemption: 'personal exemption' };
const MAX_SHORT = 100;
const MAX_PHRASE = 80;

/** Reads the research: the 51 state files (sorted by code), payroll.json and local.json. */
export function readTaxData(root = ROOT) {
  const folder = new URL('data/tax/states/', root);
  const states = readdirSync(folder)
    .filter((name) => /^US-[A-Z]{2}\.json$/.test(name))
    .sort()
    .map((name) => JSON.parse(readFileSync(new URL(name, folder), 'utf8')));
  const payroll = JSON.parse(readFileSync(new URL('data/tax/payroll.json', root), 'utf8'));
  const local = JSON.parse(readFileSync(new URL('data/tax/local.json', root), 'utf8'));
  return { states, payroll, local };
}

function fail(message) {
  throw new Error(`generate-tax-tables: ${message}`);
}

function short(text, what) {
  if (typeof text !== 'string' || text.length === 0 || text.length > MAX_SHORT) fail(`${what}: a source of 1–${MAX_SHORT} characters is needed, got ${JSON.stringify(text)}`);
  return text;
}

/** A published year's schedule for every filing status, or null when a status is missing. */
function schedulesOf(year) {
  if (year.brackets === null || year.brackets === undefined) return null;
  if (STATUSES.some((status) => !Array.isArray(year.brackets[status]))) return null;
  return Object.fromEntries(STATUSES.map((status) => [status, year.brackets[status].map(([from, rate]) => [from, rate])]));
}

/** Ohio-style official schedule (fixed amount plus rate over `from`): the same rows as the marginal brackets, with the amount as a third element. */
function withOfficialSchedule(code, yearKey, schedules, official) {
  const rows = official.rows.map((row) => [row.from, row.ratePercent, row.base]);
  for (const status of STATUSES) {
    const marginal = schedules[status];
    const same = marginal.length === rows.length && marginal.every(([from, rate], index) => from === rows[index][0] && rate === rows[index][1]);
    if (!same) fail(`${code} ${yearKey}: officialSchedule rows differ from the ${status} brackets`);
  }
  return Object.fromEntries(STATUSES.map((status) => [status, rows]));
}

function amountsOf(perStatus) {
  return Object.fromEntries(STATUSES.map((status) => {
    const value = perStatus[status];
    if (typeof value !== 'number') fail(`a per-status amount is not a number: ${JSON.stringify(perStatus)}`);
    return [status, value];
  }));
}

/**
 * The state tables, with everything the docs say about each: the rules as src/data/tax/types.ts
 * types them (`rules`), and the decisions and research behind them (`record`).
 */
export function buildStateTables(data) {
  const usedSources = new Set();
  const usedFromYearBefore = new Set();
  const usedNullKept = new Set();
  const usedFederalDeduction = new Set();
  const usedLeftOut = new Set();
  const tables = data.states.map((file) => {
    const { code } = file;
    const yearKeys = Object.keys(file.years).sort();
    const years = [];
    const fallbacks = [];
    const leftOut = [];
    const fromYearBefore = [];
    const nullsKept = [];
    for (const yearKey of yearKeys) {
      const research = file.years[yearKey];
      const year = Number(yearKey);
      if (research.status === 'not-found') {
        fallbacks.push({ year, note: research.note });
        continue;
      }
      if (research.status !== 'published') fail(`${code} ${yearKey}: unknown status ${research.status}`);
      if (!file.wageIncomeTax) continue;
      let brackets = schedulesOf(research);
      if (brackets === null) {
        const why = YEARS_LEFT_OUT[code]?.[yearKey];
        if (why === undefined) fail(`${code} ${yearKey}: a published year without a schedule for every filing status needs a YEARS_LEFT_OUT decision`);
        usedLeftOut.add(`${code} ${yearKey}`);
        leftOut.push({ year, why });
        continue;
      }
      if (research.officialSchedule !== undefined) brackets = withOfficialSchedule(code, yearKey, brackets, research.officialSchedule);
      const before = years.at(-1);
      const fields = {};
      const taken = [];
      for (const field of ['standardDeduction', 'personalExemption']) {
        const value = research[field];
        if (value !== null && value !== undefined) {
          fields[field] = field === 'standardDeduction' ? amountsOf(value) : { kind: value.kind, amounts: amountsOf(value) };
          continue;
        }
        fields[field] = null;
        if (field === 'standardDeduction' && FEDERAL_STANDARD_DEDUCTION[code] !== undefined) {
          fields[field] = 'federal';
          usedFederalDeduction.add(code);
          continue;
        }
        const decision = FROM_YEAR_BEFORE[code]?.[yearKey]?.[field];
        const hadOne = before !== undefined && before.year === year - 1 && before[field] !== null;
        if (decision !== undefined) {
          if (!hadOne) fail(`${code} ${yearKey}: ${field} from the year before, but the year before has none`);
          if (!(file.gaps ?? []).some((gap) => decision.gap.test(gap))) fail(`${code} ${yearKey}: no gap of the research matches ${decision.gap} for ${field}`);
          fields[field] = before[field];
          taken.push(field);
          fromYearBefore.push({ year, field, why: decision.why, value: before[field] });
          usedFromYearBefore.add(`${code} ${yearKey} ${field}`);
        } else if (hadOne) {
          fail(`${code} ${yearKey}: ${field} is null after a year with one; decide in FROM_YEAR_BEFORE or NULL_KEPT`);
        }
        const kept = NULL_KEPT[code]?.[field];
        if (decision === undefined && kept !== undefined) {
          usedNullKept.add(`${code} ${field}`);
          if (!nullsKept.some((entry) => entry.field === field)) nullsKept.push({ field, why: kept });
        }
      }
      const sourceKey = `${code} ${yearKey}`;
      usedSources.add(sourceKey);
      years.push({
        year,
        brackets,
        standardDeduction: fields.standardDeduction,
        personalExemption: fields.personalExemption,
        fromYearBefore: taken,
        source: short(BRACKET_SOURCES[sourceKey], sourceKey),
      });
    }
    const conformity = file.conformity ?? {};
    const taxes = CONFORMITY.filter(([field]) => file.wageIncomeTax && conformity[field] === true).map(([, item]) => item);
    const extra = file.wageIncomeTax ? (EXTRA_TAXED_ITEMS[code] ?? []) : [];
    for (const { item } of extra) if (!taxes.includes(item)) taxes.push(item);
    taxes.sort((a, b) => CONFORMITY.findIndex(([, i]) => i === a) - CONFORMITY.findIndex(([, i]) => i === b));
    const notModelled = NOT_MODELLED[code];
    if (!Array.isArray(notModelled)) fail(`${code}: no NOT_MODELLED entry`);
    for (const phrase of notModelled) if (phrase.length > MAX_PHRASE) fail(`${code}: not-modelled phrase over ${MAX_PHRASE} characters: ${phrase}`);
    if (file.wageIncomeTax && years.length === 0 && leftOut.length === 0) fail(`${code}: a state with a wage tax and no year`);
    return {
      rules: {
        code,
        name: file.name,
        startingPoint: file.wageIncomeTax ? file.startingPoint : null,
        years,
        taxes,
        notModelled: [...notModelled],
      },
      record: { file, fallbacks, leftOut, fromYearBefore, nullsKept, extraTaxed: extra },
    };
  });
  const unused = [
    ...Object.keys(BRACKET_SOURCES).filter((key) => !usedSources.has(key)).map((key) => `BRACKET_SOURCES ${key}`),
    ...Object.entries(FROM_YEAR_BEFORE).flatMap(([code, years]) => Object.entries(years).flatMap(([year, fields]) => Object.keys(fields).map((field) => `${code} ${year} ${field}`))).filter((key) => !usedFromYearBefore.has(key)).map((key) => `FROM_YEAR_BEFORE ${key}`),
    ...Object.entries(NULL_KEPT).flatMap(([code, fields]) => Object.keys(fields).map((field) => `${code} ${field}`)).filter((key) => !usedNullKept.has(key)).map((key) => `NULL_KEPT ${key}`),
    ...Object.keys(FEDERAL_STANDARD_DEDUCTION).filter((code) => !usedFederalDeduction.has(code)).map((code) => `FEDERAL_STANDARD_DEDUCTION ${code}`),
    ...Object.entries(YEARS_LEFT_OUT).flatMap(([code, years]) => Object.keys(years).map((year) => `${code} ${year}`)).filter((key) => !usedLeftOut.has(key)).map((key) => `YEARS_LEFT_OUT ${key}`),
    ...Object.keys(NOT_MODELLED).filter((code) => !data.states.some((file) => file.code === code)).map((code) => `NOT_MODELLED ${code}`),
  ];
  if (unused.length > 0) fail(`decisions that no research case uses: ${unused.join('; ')}`);
  return tables;
}

/** The payroll tables: by state code, only states with an employee share in some year; a year without one is `programs: []`. */
export function buildPayrollTables(data) {
  const used = new Set();
  const tables = Object.keys(data.payroll)
    .filter((code) => code !== '_meta')
    .sort()
    .map((code) => {
      const research = data.payroll[code];
      const years = Object.keys(research)
        .sort()
        .map((yearKey) => {
          const entry = research[yearKey];
          if (entry.status === 'not-found') return null;
          const programs = entry.programs.map((program) => {
            const key = `${code} ${yearKey} ${program.name}`;
            used.add(key);
            const weekly = program.wageCapPeriod === 'week';
            return {
              name: program.name,
              ratePercent: program.ratePercent,
              // A weekly wage base is a year's cap of 52 weeks of it, for the steady year the estimate takes.
              wageCap: weekly ? weeklyToYearly(program.weeklyWageCap) : program.wageCap,
              maxPerYear: program.maxPerYear,
              source: short(PAYROLL_SOURCES[key], key),
            };
          });
          return { year: Number(yearKey), programs };
        })
        .filter((year) => year !== null);
      return { code, years, research };
    });
  const unused = Object.keys(PAYROLL_SOURCES).filter((key) => !used.has(key));
  if (unused.length > 0) fail(`PAYROLL_SOURCES that no programme uses: ${unused.join('; ')}`);
  return tables;
}

/** 52 weeks of a weekly amount, to the cent. */
function weeklyToYearly(weekly) {
  return Math.round(weekly * 52 * 100) / 100;
}

/** `US-MD-<NAME>`: capitals, apostrophes and full stops dropped, spaces as hyphens. */
function marylandCode(name) {
  return `US-MD-${name.toUpperCase().replace(/['.]/g, '').trim().replace(/\s+/g, '-')}`;
}

function marylandName(name) {
  return name === 'Baltimore City' || name === 'Baltimore County' ? name : `${name} County`;
}

/** Frederick County applies the rate of the tier its income falls in to the whole income: as a schedule, each tier's tax at `from` is that rate times `from`. */
function wholeIncomeSchedule(brackets) {
  return brackets.map(([from, rate]) => [from, rate, Math.round(from * Number(rate)) / 100]);
}

/** The localities: New York City, Yonkers, Philadelphia, and Maryland's counties and Baltimore City, sorted by code. */
export function buildLocalTables(data) {
  const { newYorkCity, yonkers, philadelphia, maryland } = data.local;
  const used = new Set();
  const source = (key) => {
    used.add(key);
    return short(LOCAL_SOURCES[key], key);
  };
  const countySource = (yearKey, county) => source(`maryland ${yearKey} ${county}` in LOCAL_SOURCES ? `maryland ${yearKey} ${county}` : `maryland ${yearKey}`);
  const published = (years) => Object.keys(years).sort().filter((yearKey) => years[yearKey].status === 'published');
  const localities = [];
  localities.push({
    locality: {
      code: 'US-NY-NYC',
      name: 'New York City',
      state: 'US-NY',
      tax: {
        kind: 'brackets',
        years: published(newYorkCity.years).map((yearKey) => ({
          year: Number(yearKey),
          brackets: schedulesOf(newYorkCity.years[yearKey]) ?? fail(`NYC ${yearKey}: a filing status is missing`),
          source: source(`newYorkCity ${yearKey}`),
        })),
      },
    },
    research: 'newYorkCity',
  });
  localities.push({
    locality: {
      code: 'US-NY-YONKERS',
      name: 'Yonkers',
      state: 'US-NY',
      tax: {
        kind: 'surcharge',
        years: published(yonkers.years).map((yearKey) => ({
          year: Number(yearKey),
          percentOfStateTax: yonkers.years[yearKey].residentSurchargePercentOfStateTax,
          source: source(`yonkers ${yearKey}`),
        })),
      },
    },
    research: 'yonkers',
  });
  localities.push({
    locality: {
      code: 'US-PA-PHILADELPHIA',
      name: 'Philadelphia',
      state: 'US-PA',
      tax: {
        kind: 'wage',
        years: published(philadelphia.years).map((yearKey) => ({
          year: Number(yearKey),
          // A period whose rate was not found is left out: the rate before it stays in force.
          periods: philadelphia.years[yearKey].periods
            .filter((period) => period.status !== 'not-found')
            .map((period) => ({ fromMonth: Number(period.from.slice(5, 7)), ratePercent: period.residentRatePercent })),
          source: source(`philadelphia ${yearKey}`),
        })),
      },
    },
    research: 'philadelphia',
  });
  const mdYears = published(maryland.years);
  const counties = new Set(mdYears.flatMap((yearKey) => [...Object.keys(maryland.years[yearKey].flatRatePercent), ...Object.keys(maryland.years[yearKey].bracketCounties)]));
  for (const county of [...counties].sort()) {
    const flat = mdYears.every((yearKey) => county in maryland.years[yearKey].flatRatePercent);
    const tax = flat
      ? {
          kind: 'flat',
          years: mdYears.map((yearKey) => ({ year: Number(yearKey), ratePercent: maryland.years[yearKey].flatRatePercent[county], source: countySource(yearKey, county) })),
        }
      : {
          kind: 'brackets',
          years: mdYears.map((yearKey) => {
            const entry = maryland.years[yearKey].bracketCounties[county] ?? fail(`Maryland ${yearKey}: ${county} is neither flat nor in brackets`);
            const schedules = schedulesOf(entry) ?? fail(`Maryland ${yearKey} ${county}: a filing status is missing`);
            const brackets = entry.method === 'marginal'
              ? schedules
              : entry.method === 'whole-income-at-tier-rate'
                ? Object.fromEntries(STATUSES.map((status) => [status, wholeIncomeSchedule(schedules[status])]))
                : fail(`Maryland ${county}: unknown method ${entry.method}`);
            return { year: Number(yearKey), brackets, source: countySource(yearKey, county), method: entry.method };
          }),
        };
    localities.push({ locality: { code: marylandCode(county), name: marylandName(county), state: 'US-MD', tax }, research: 'maryland', county });
  }
  const unused = Object.keys(LOCAL_SOURCES).filter((key) => !used.has(key));
  if (unused.length > 0) fail(`LOCAL_SOURCES that no table uses: ${unused.join('; ')}`);
  return localities.sort((a, b) => (a.locality.code < b.locality.code ? -1 : 1));
}

// ---------------------------------------------------------------------------------------------
// The TypeScript module

const quote = (text) => `'${text.replace(/\\/g, '\\\\').replace(/'/g, "\\'")}'`;
const money = (value) => {
  if (!Number.isFinite(value)) fail(`not a number: ${value}`);
  const [whole, cents] = String(value).split('.');
  const grouped = whole.length > 4 ? whole.replace(/\B(?=(\d{3})+(?!\d))/g, '_') : whole;
  return cents === undefined ? grouped : `${grouped}.${cents}`;
};
const bracketText = (bracket) => `[${money(bracket[0])}, ${quote(bracket[1])}${bracket.length > 2 ? `, ${money(bracket[2])}` : ''}]`;
const scheduleText = (schedule) => `[${schedule.map(bracketText).join(', ')}]`;
const same = (a, b) => JSON.stringify(a) === JSON.stringify(b);

function perStatusSchedules(brackets, indent) {
  const [single, joint, head] = STATUSES.map((status) => brackets[status]);
  if (same(single, joint) && same(single, head)) return `forAll(${scheduleText(single)})`;
  return `schedules(\n${[single, joint, head].map((schedule) => `${indent}  ${scheduleText(schedule)},`).join('\n')}\n${indent})`;
}

const amountsText = (amounts) => `amounts(${STATUSES.map((status) => money(amounts[status])).join(', ')})`;

/** Word-wraps a comment to about 110 columns (URLs are never broken). */
function comment(text, indent, continuation = '  ') {
  const width = 110 - indent.length;
  const lines = [];
  let line = '';
  for (const word of text.split(/\s+/).filter(Boolean)) {
    if (line !== '' && line.length + 1 + word.length > width) {
      lines.push(line);
      line = `${continuation}${word}`;
    } else {
      line = line === '' ? word : `${line} ${word}`;
    }
  }
  if (line !== '') lines.push(line);
  return lines.map((entry) => `${indent}// ${entry}`.trimEnd()).join('\n');
}

function sourceLine(source) {
  const parts = [`${source.figures ?? 'figures'}: ${source.citation}`];
  if (source.url) parts.push(`<${source.url}>`);
  if (source.via) parts.push(`(via ${source.via})`);
  if (source.note) parts.push(`[${source.note}]`);
  return parts.join(' ');
}

/** Every source of a state's research, the same one given once with the years it serves. */
function stateSources(file) {
  const seen = new Map();
  const add = (source, label) => {
    const key = JSON.stringify(source);
    if (!seen.has(key)) seen.set(key, { source, labels: [] });
    if (!seen.get(key).labels.includes(label)) seen.get(key).labels.push(label);
  };
  for (const yearKey of Object.keys(file.years).sort()) for (const source of file.years[yearKey].sources ?? []) add(source, yearKey);
  for (const source of Array.isArray(file.conformity?.sources) ? file.conformity.sources : []) add(source, 'conformity');
  return [...seen.values()];
}

function stateEntry({ rules, record }) {
  const { file } = record;
  const out = [];
  const head = [`${rules.name} (${rules.code}), from data/tax/states/${rules.code}.json.`];
  if (!file.wageIncomeTax) head.push('No tax on wages, so no year; the sources below say why.');
  for (const { year, why } of record.leftOut) head.push(`${year} left out: ${why}`);
  for (const { year } of record.fallbacks) {
    const earlier = rules.years.filter((entry) => entry.year < year).at(-1);
    head.push(earlier === undefined ? `${year} not found either.` : `${year} not published or not found: ${earlier.year} applies.`);
  }
  for (const { year, field, why } of record.fromYearBefore) head.push(`${year} ${FIELD_WORDS[field]} from ${year - 1}: ${why}`);
  for (const { field, why } of record.nullsKept) head.push(`No ${FIELD_WORDS[field]}: ${why}`);
  for (const { item, why } of record.extraTaxed) head.push(`Taxes '${item}': ${why}`);
  out.push(comment(head.join(' '), '  '));
  out.push('  // Sources:');
  for (const { source, labels } of stateSources(file)) out.push(comment(`- ${labels.join(', ')}: ${sourceLine(source)}`, '  '));
  const lines = [
    '  {',
    `    code: ${quote(rules.code)},`,
    `    name: ${quote(rules.name)},`,
    `    startingPoint: ${rules.startingPoint === null ? 'null' : quote(rules.startingPoint)},`,
  ];
  if (rules.years.length === 0) {
    lines.push('    years: [],');
  } else {
    lines.push('    years: [');
    for (const year of rules.years) {
      lines.push('      {');
      lines.push(`        year: ${year.year},`);
      lines.push(`        brackets: ${perStatusSchedules(year.brackets, '        ')},`);
      lines.push(`        standardDeduction: ${year.standardDeduction === null ? 'null' : year.standardDeduction === 'federal' ? "'federal'" : amountsText(year.standardDeduction)},`);
      lines.push(`        personalExemption: ${year.personalExemption === null ? 'null' : `{ kind: ${quote(year.personalExemption.kind)}, amounts: ${amountsText(year.personalExemption.amounts)} }`},`);
      lines.push(`        fromYearBefore: [${year.fromYearBefore.map(quote).join(', ')}],`);
      lines.push(`        source: ${quote(year.source)},`);
      lines.push('      },');
    }
    lines.push('    ],');
  }
  lines.push(`    taxes: [${rules.taxes.map(quote).join(', ')}],`);
  if (rules.notModelled.length === 0) lines.push('    notModelled: [],');
  else lines.push('    notModelled: [', ...rules.notModelled.map((phrase) => `      ${quote(phrase)},`), '    ],');
  lines.push('  },');
  return [...out, ...lines].join('\n');
}

function payrollEntry({ code, years, research }) {
  const out = [comment(`${code}, from data/tax/payroll.json. Employee shares only; a year without one has no programme.`, '  '), '  // Sources:'];
  for (const yearKey of Object.keys(research).sort()) {
    const entry = research[yearKey];
    if (entry.programs.length === 0 && entry.source) out.push(comment(`- ${yearKey}, none: ${entry.note} ${sourceLine(entry.source)}`, '  '));
    for (const program of entry.programs) {
      const weekly = program.wageCapPeriod === 'week' ? ` Weekly wage base ${program.weeklyWageCap} (at most ${program.maxPerWeek} a week): the year's cap is 52 weeks of it.` : '';
      out.push(comment(`- ${yearKey} ${program.name}: ${program.note}${weekly} ${sourceLine({ ...program.source, figures: program.source.figures ?? 'source' })}`, '  '));
    }
  }
  out.push(`  ${quote(code)}: [`);
  for (const year of years) {
    if (year.programs.length === 0) {
      out.push(`    { year: ${year.year}, programs: [] },`);
      continue;
    }
    out.push(`    {`, `      year: ${year.year},`, `      programs: [`);
    for (const program of year.programs) {
      out.push(
        `        {`,
        `          name: ${quote(program.name)},`,
        `          ratePercent: ${quote(program.ratePercent)},`,
        `          wageCap: ${program.wageCap === null ? 'null' : money(program.wageCap)},`,
        `          maxPerYear: ${program.maxPerYear === null ? 'null' : money(program.maxPerYear)},`,
        `          source: ${quote(program.source)},`,
        `        },`,
      );
    }
    out.push(`      ],`, `    },`);
  }
  out.push('  ],');
  return out.join('\n');
}

function localSourcesComment(key, local, extra = '') {
  const research = local[key];
  const out = [];
  const notes = [research.note, research.taxBase, extra].filter(Boolean).join(' ');
  if (notes !== '') out.push(comment(notes, '  '));
  out.push('  // Sources:');
  const seen = new Map();
  for (const yearKey of Object.keys(research.years).sort()) {
    const entry = research.years[yearKey];
    if (entry.status !== 'published') {
      out.push(comment(`- ${yearKey} not found (the newest earlier year applies): ${entry.note}`, '  '));
      continue;
    }
    for (const source of entry.sources) {
      const id = JSON.stringify(source);
      if (!seen.has(id)) seen.set(id, { source, years: [] });
      seen.get(id).years.push(yearKey);
    }
  }
  for (const { source, years } of seen.values()) out.push(comment(`- ${years.join(', ')}: ${sourceLine(source)}`, '  '));
  return out.join('\n');
}

function localEntry({ locality }) {
  const { tax } = locality;
  const lines = ['  {', `    code: ${quote(locality.code)},`, `    name: ${quote(locality.name)},`, `    state: ${quote(locality.state)},`];
  const yearText = (year) => {
    if (tax.kind === 'flat') return `{ year: ${year.year}, ratePercent: ${quote(year.ratePercent)}, source: ${quote(year.source)} }`;
    if (tax.kind === 'surcharge') return `{ year: ${year.year}, percentOfStateTax: ${quote(year.percentOfStateTax)}, source: ${quote(year.source)} }`;
    if (tax.kind === 'wage') return `{ year: ${year.year}, periods: [${year.periods.map((period) => `{ fromMonth: ${period.fromMonth}, ratePercent: ${quote(period.ratePercent)} }`).join(', ')}], source: ${quote(year.source)} }`;
    return `{\n          year: ${year.year},\n          brackets: ${perStatusSchedules(year.brackets, '          ')},\n          source: ${quote(year.source)},\n        }`;
  };
  lines.push(`    tax: {`, `      kind: ${quote(tax.kind)},`, `      years: [`);
  for (const year of tax.years) lines.push(`        ${yearText(year)},`);
  lines.push(`      ],`, `    },`, '  },');
  return lines.join('\n');
}

function countyComment(entry, local) {
  const { county, locality } = entry;
  const md = local.maryland;
  const notes = [];
  for (const disagreement of md.disagreements ?? []) if (disagreement.includes(county)) notes.push(`Disagreement: ${disagreement}`);
  for (const yearKey of Object.keys(md.years).sort()) {
    const bracketCounty = md.years[yearKey].bracketCounties?.[county];
    if (bracketCounty?.methodNote) notes.push(`${yearKey}: ${bracketCounty.methodNote} As a schedule, each tier's tax at \`from\` is its rate times \`from\` (the third element), so the whole income is taxed at the tier's rate; at exactly a tier's upper bound the schedule gives the next tier's rate.`);
    else if (bracketCounty) notes.push(`${yearKey}: marginal brackets on Maryland taxable income.`);
  }
  return comment([`${locality.name}, from data/tax/local.json (maryland): sources above the first Maryland entry.`, ...notes].join(' '), '  ');
}

/** The TypeScript source of src/data/tax/tax-tables.ts. */
export function generateTaxTables(root = ROOT) {
  const data = readTaxData(root);
  const states = buildStateTables(data);
  const payroll = buildPayrollTables(data);
  const localities = buildLocalTables(data);
  const withShare = payroll.filter((entry) => entry.years.some((year) => year.programs.length > 0));
  const withoutShare = payroll.filter((entry) => !withShare.includes(entry));
  const out = [];
  out.push(`// Generated by scripts/generate-tax-tables.mjs from the research in data/tax/ and the decisions in
// scripts/tax-decisions.mjs: run \`npm run generate:tax\` after changing either (test/data/tax-tables.test.ts
// fails until then). Do not edit by hand. Thresholds and rates only; the comment above each entry gives
// every source of its research file, and docs/tax-sources.md says in full words what each figure rests on.
import type { Locality, PerStatus, Schedule, StatePayrollYear, StateTaxRules } from './types.js';

/** Freezes a table and every object and list in it (plain data, so \`Object.freeze\` on every level). */
function frozen<T>(value: T): T {
  if (typeof value === 'object' && value !== null && !Object.isFrozen(value)) {
    for (const child of Object.values(value)) frozen(child);
    Object.freeze(value);
  }
  return value;
}

/** Three figures, for single, married-joint and head-of-household filers. */
function amounts(single: number, joint: number, headOfHousehold: number): PerStatus<number> {
  return { single, 'married-joint': joint, 'head-of-household': headOfHousehold };
}

/** Three schedules, for single, married-joint and head-of-household filers. */
function schedules(single: Schedule, joint: Schedule, headOfHousehold: Schedule): PerStatus<Schedule> {
  return { single, 'married-joint': joint, 'head-of-household': headOfHousehold };
}

/** One schedule for every filing status. */
function forAll(schedule: Schedule): PerStatus<Schedule> {
  return schedules(schedule, schedule, schedule);
}

/**
 * State (and DC) income tax on a resident's wages: all 50 states and DC, sorted by code, each
 * with the tax years whose figures were published (oldest first; a year missing falls back to
 * the newest earlier one). Brackets, standard deduction and personal exemption per filing
 * status, the pre-tax items of federal law the state taxes anyway, and what the estimate leaves
 * out. A state without a tax on wages has \`startingPoint: null\` and no year. Deeply frozen.
 *
 * @example
 * \`\`\`ts
 * const oregon = STATE_TAXES.find((state) => state.code === 'US-OR');
 * oregon?.years[0]?.brackets.single[1]; // [4400, "6.75"]
 * \`\`\`
 */
export const STATE_TAXES: readonly StateTaxRules[] = frozen<StateTaxRules[]>([`);
  for (const state of states) out.push(stateEntry(state));
  out.push(`]);

/**
 * Employee payroll taxes that states charge (disability, family and medical leave, long-term
 * care, child care), by state code: only states where an employee share is in force in some
 * year; a year without one has \`programs: []\`. Rates are the most an employee may be charged.
 * Deeply frozen.
 *
 * @example
 * \`\`\`ts
 * STATE_PAYROLL_TAXES['US-CA']?.find((year) => year.year === 2026)?.programs[0]?.ratePercent; // "1.3"
 * \`\`\`
 */
export const STATE_PAYROLL_TAXES: Readonly<Record<string, readonly StatePayrollYear[]>> = frozen<Record<string, StatePayrollYear[]>>({`);
  for (const entry of withoutShare) {
    const notes = Object.keys(entry.research).sort().map((yearKey) => `${yearKey}: ${entry.research[yearKey].note} ${sourceLine({ ...entry.research[yearKey].source, figures: 'source' })}`);
    out.push(comment(`${entry.code} is left out: no employee share in any year. ${notes.join(' ')}`, '  '));
  }
  for (const entry of withShare) out.push(payrollEntry(entry));
  out.push(`});

/**
 * Local income taxes on a resident's wages, sorted by code: New York City (brackets on the
 * state's taxable income), Yonkers (a surcharge on the state's tax), Philadelphia (a wage tax
 * whose rate changes on July 1) and Maryland's counties and Baltimore City (a rate on Maryland
 * taxable income; Anne Arundel and Frederick by brackets). Deeply frozen.
 *
 * @example
 * \`\`\`ts
 * LOCALITIES.find((locality) => locality.code === 'US-MD-MONTGOMERY')?.tax.kind; // "flat"
 * \`\`\`
 */
export const LOCALITIES: readonly Locality[] = frozen<Locality[]>([`);
  let marylandDone = false;
  for (const entry of localities) {
    if (entry.research === 'maryland') {
      if (!marylandDone) {
        out.push(comment('Maryland counties and Baltimore City: the sources of every Maryland entry below.', '  '));
        out.push(localSourcesComment('maryland', data.local, `Special nonresident rate ${data.local.maryland.years['2025']?.nonresidentSpecialRatePercent}% (not in the table: residents only).`));
        marylandDone = true;
      }
      out.push(countyComment(entry, data.local));
    } else if (entry.research === 'yonkers') {
      out.push(comment(`Yonkers, from data/tax/local.json (yonkers): the resident surcharge only; the nonresident earnings tax (${data.local.yonkers.years['2025']?.nonresidentEarningsTaxRatePercent}% of wages earned in Yonkers) is not in the table.`, '  '));
      out.push(localSourcesComment('yonkers', data.local, data.local.yonkers.years['2025']?.note));
    } else if (entry.research === 'philadelphia') {
      const periods = Object.keys(data.local.philadelphia.years).sort().flatMap((yearKey) => data.local.philadelphia.years[yearKey].periods.map((period) => (period.status === 'not-found' ? `${period.from}: not found (${period.note})` : `${period.from} to ${period.to}: resident ${period.residentRatePercent}%, nonresident ${period.nonresidentRatePercent}%`)));
      out.push(comment(`Philadelphia, from data/tax/local.json (philadelphia): resident rates only. ${periods.join('; ')}.`, '  '));
      out.push(localSourcesComment('philadelphia', data.local));
    } else {
      out.push(comment('New York City, from data/tax/local.json (newYorkCity): residents only.', '  '));
      out.push(localSourcesComment('newYorkCity', data.local, data.local.newYorkCity.years['2026']?.note));
    }
    out.push(localEntry(entry));
  }
  out.push(']);\n');
  return out.join('\n');
}

// ---------------------------------------------------------------------------------------------
// The docs page

const STARTING_POINT_WORDS = {
  'federal-agi': 'federal adjusted gross income (wages less the pre-tax items federal law excludes)',
  'federal-taxable-income': 'federal taxable income (the federal standard deduction already taken)',
  own: 'the state\'s own definition of income',
};
const ITEM_WORDS = {
  hsa: 'the employee\'s HSA contributions',
  'deferrals-401k': '401(k) deferrals',
  'deferrals-403b-457b': '403(b) and 457(b) deferrals',
  pension: 'pension contributions picked up under IRC §414(h)(2)',
  premiums: 'section 125 (cafeteria-plan) premiums',
};
const STATUS_WORDS = { single: 'single', 'married-joint': 'married filing jointly', 'head-of-household': 'head of household' };

const list = (items) => items.map((item) => `- ${item}`).join('\n');
const asArray = (value) => (Array.isArray(value) ? value : []);
const dollars = (value) => `$${value.toLocaleString('en-US', Number.isInteger(value) ? {} : { minimumFractionDigits: 2, maximumFractionDigits: 2 })}`;

function docSource(source) {
  const parts = [source.figures ? `${source.figures}: ${source.citation}` : source.citation];
  if (source.url) parts.push(`<${source.url}>`);
  if (source.via) parts.push(`(read via ${source.via})`);
  if (source.note) parts.push(`Note: ${source.note}`);
  return parts.join(' ');
}

function scheduleWords(schedule) {
  return schedule
    .map(([from, rate, taxAtFrom], index) => {
      const next = schedule[index + 1];
      if (taxAtFrom !== undefined && (from > 0 || taxAtFrom !== 0)) {
        return `${dollars(taxAtFrom)} plus ${rate}% of the amount over ${dollars(from)}${next === undefined ? '' : ` (up to ${dollars(next[0])})`}`;
      }
      return `${rate}% ${next === undefined ? `over ${dollars(from)}` : `${dollars(from)} to ${dollars(next[0])}`}`;
    })
    .join('; ');
}

function stateDoc({ rules, record }) {
  const { file } = record;
  const out = [`### ${rules.name} (${rules.code})`, ''];
  if (!file.wageIncomeTax) {
    out.push('No tax on wages: the estimate adds no state income tax.', '');
  } else {
    const years = rules.years.map((year) => year.year);
    const lines = [];
    lines.push(years.length > 0 ? `Years in the table: ${years.join(', ')}.` : 'Years in the table: none.');
    for (const { year, why } of record.leftOut) lines.push(`${year}: left out. ${why}`);
    for (const { year } of record.fallbacks) {
      const earlier = years.filter((y) => y < year).at(-1);
      lines.push(earlier === undefined ? `${year}: not found either.` : `${year}: not published or not found, so ${earlier} applies (the estimate says so).`);
    }
    lines.push(`Starting point: ${STARTING_POINT_WORDS[rules.startingPoint]}.`);
    if (file.startingPointNote) lines.push(`On the starting point: ${file.startingPointNote}`);
    lines.push(rules.taxes.length > 0 ? `Pre-tax items of federal law the state taxes: ${rules.taxes.map((item) => ITEM_WORDS[item]).join('; ')}.` : 'Pre-tax items the state taxes: none recorded, so the federal treatment applies.');
    const conformity = file.conformity;
    if (conformity?.note) lines.push(`Conformity, as the research recorded it: ${conformity.note}`);
    for (const { item, why } of record.extraTaxed) lines.push(`Added to the conformity record: ${ITEM_WORDS[item]}. ${why}`);
    for (const { year, field, why, value } of record.fromYearBefore) {
      const amounts = field === 'standardDeduction' ? value : value.amounts;
      lines.push(`Taken from the year before (${year}, ${FIELD_WORDS[field]}): ${why} Figures used: ${STATUSES.map((status) => `${STATUS_WORDS[status]} ${dollars(amounts[status])}`).join(', ')}.`);
    }
    for (const { field, why } of record.nullsKept) lines.push(`No ${FIELD_WORDS[field]} in the table: ${why}`);
    out.push(list(lines), '');
    const notesSaid = new Set();
    rules.years.forEach((year, index) => {
      const research = file.years[String(year.year)];
      const previous = rules.years[index - 1];
      const yearLines = [];
      if (previous !== undefined && same(previous.brackets, year.brackets)) yearLines.push(`Brackets: as in ${previous.year}.`);
      else for (const status of STATUSES) yearLines.push(`Brackets, ${STATUS_WORDS[status]}: ${scheduleWords(year.brackets[status])}.`);
      if (research.officialSchedule) yearLines.push(`Official schedule (fixed amount plus rate over the threshold), used as the brackets: ${research.officialSchedule.appliesTo}. ${research.officialSchedule.note ?? ''}`.trim());
      yearLines.push(year.standardDeduction === null ? 'Standard deduction: none in the table.' : year.standardDeduction === 'federal' ? `Standard deduction: the federal one of the tax year (${FEDERAL_STANDARD_DEDUCTION[rules.code]})` : `Standard deduction: ${STATUSES.map((status) => `${STATUS_WORDS[status]} ${dollars(year.standardDeduction[status])}`).join(', ')}${year.fromYearBefore.includes('standardDeduction') ? ` (from ${year.year - 1})` : ''}.`);
      yearLines.push(year.personalExemption === null ? 'Personal exemption: none in the table.' : `Personal exemption (a ${year.personalExemption.kind}): ${STATUSES.map((status) => `${STATUS_WORDS[status]} ${dollars(year.personalExemption.amounts[status])}`).join(', ')}${year.fromYearBefore.includes('personalExemption') ? ` (from ${year.year - 1})` : ''}.`);
      yearLines.push(`Source of the brackets: ${year.source}.`);
      for (const note of [research.note, research.bracketNote, research.standardDeductionNote, research.personalExemption?.phaseOutNote]) {
        if (note && !notesSaid.has(note)) yearLines.push(note);
        if (note) notesSaid.add(note);
      }
      if (research.personalExemption?.tiers) yearLines.push(`Exemption tiers: ${research.personalExemption.tiers.map((tier) => `${dollars(tier.perExemption)} per exemption up to ${dollars(tier.magiUpTo)} of MAGI`).join('; ')}; the table uses the amounts given per filing status.`);
      if (research.phaseOut) yearLines.push(`Phase-out (not modelled): from ${dollars(research.phaseOut.start)}, ${research.phaseOut.reductionPercentPerIncrement}% less for each ${dollars(research.phaseOut.increment)} of income, on the ${research.phaseOut.appliesTo.map((field) => FIELD_WORDS[field]).join(' and ')}.`);
      if (research.standardDeductionPhaseOut) yearLines.push(`Standard deduction phase-out (not modelled): ${research.standardDeductionPhaseOut.method}, on ${research.standardDeductionPhaseOut.basis}, from ${STATUSES.map((status) => `${dollars(research.standardDeductionPhaseOut.start[status])} (${STATUS_WORDS[status]})`).join(', ')}; gone at ${STATUSES.map((status) => dollars(research.standardDeductionPhaseOut.fullyPhasedOutAt[status])).join(' / ')}.`);
      out.push(`${year.year}:`, '', list(yearLines), '');
    });
  }
  const features = [...new Set([...asArray(file.notModelled), ...Object.keys(file.years).sort().flatMap((yearKey) => asArray(file.years[yearKey].otherFeatures).map((feature) => feature))])];
  if (rules.notModelled.length > 0) out.push('Not modelled, in short (as in the table):', '', list(rules.notModelled), '');
  if (features.length > 0) out.push('Not modelled and other features, in the research\'s words:', '', list(features), '');
  const gaps = asArray(file.gaps);
  if (gaps.length > 0) out.push('Gaps the research recorded:', '', list(gaps), '');
  const disagreements = asArray(file.disagreements);
  if (disagreements.length > 0) out.push('Disagreements between sources:', '', list(disagreements), '');
  out.push('Sources:', '', list(stateSources(file).map(({ source, labels }) => `${labels.join(', ')} — ${docSource(source)}`)), '');
  return out.join('\n');
}

function payrollDoc(entry, withShare, names) {
  const out = [`### ${names.get(entry.code) ?? entry.code} (${entry.code})`, ''];
  if (!withShare) out.push('Not in the table: no employee share in any year.', '');
  for (const yearKey of Object.keys(entry.research).sort()) {
    const research = entry.research[yearKey];
    const table = entry.years.find((year) => year.year === Number(yearKey));
    const lines = [];
    if (research.programs.length === 0) {
      lines.push(`No employee contribution. ${research.note ?? ''}`.trim());
      if (research.source) lines.push(`Source: ${docSource(research.source)}`);
    }
    for (const program of research.programs) {
      const shipped = table?.programs.find((candidate) => candidate.name === program.name);
      const cap = shipped.wageCap === null ? 'of all wages (no wage cap)' : `of wages up to ${dollars(shipped.wageCap)} a year`;
      const most = shipped.maxPerYear === null ? '' : `, at most ${dollars(shipped.maxPerYear)} a year`;
      lines.push(`${program.name}: ${program.ratePercent}% ${cap}${most}. ${program.note ?? ''}`.trim());
      if (program.wageCapPeriod === 'week') lines.push(`The programme caps by the week: wages up to ${dollars(program.weeklyWageCap)} a week, at most ${dollars(program.maxPerWeek)} a week; the table's yearly cap is 52 weeks of the weekly wage base.`);
      lines.push(`Source: ${docSource(program.source)}`);
    }
    out.push(`${yearKey}:`, '', list(lines), '');
  }
  return out.join('\n');
}

function localDoc(entries, local) {
  const out = [];
  const byResearch = (key) => entries.filter((entry) => entry.research === key);
  const sourcesOf = (key) => {
    const seen = new Map();
    for (const yearKey of Object.keys(local[key].years).sort()) {
      for (const source of local[key].years[yearKey].sources ?? []) {
        const id = JSON.stringify(source);
        if (!seen.has(id)) seen.set(id, { source, years: [] });
        seen.get(id).years.push(yearKey);
      }
    }
    return [...seen.values()].map(({ source, years }) => `${years.join(', ')} — ${docSource(source)}`);
  };
  const notFound = (key) => Object.keys(local[key].years).sort().filter((yearKey) => local[key].years[yearKey].status !== 'published').map((yearKey) => `${yearKey}: not found, so the newest earlier year applies. ${local[key].years[yearKey].note ?? ''}`.trim());
  const tail = (key) => {
    const parts = [];
    if (asArray(local[key].notModelled).length > 0) parts.push('Not modelled:', '', list(local[key].notModelled), '');
    if (asArray(local[key].disagreements).length > 0) parts.push('Disagreements between sources:', '', list(local[key].disagreements), '');
    parts.push('Sources:', '', list(sourcesOf(key)), '');
    return parts;
  };

  const [nyc] = byResearch('newYorkCity');
  out.push(`### New York City (${nyc.locality.code})`, '');
  out.push(list([
    `Years in the table: ${nyc.locality.tax.years.map((year) => year.year).join(', ')}. Brackets on ${local.newYorkCity.taxBase}`,
    ...nyc.locality.tax.years.flatMap((year) => STATUSES.map((status) => `${year.year}, ${STATUS_WORDS[status]}: ${scheduleWords(year.brackets[status])}.`)),
    ...notFound('newYorkCity'),
    ...Object.keys(local.newYorkCity.years).sort().map((yearKey) => local.newYorkCity.years[yearKey].note).filter(Boolean),
  ]), '', ...tail('newYorkCity'));

  const [yonkers] = byResearch('yonkers');
  out.push(`### Yonkers (${yonkers.locality.code})`, '');
  out.push(list([
    `Years in the table: ${yonkers.locality.tax.years.map((year) => year.year).join(', ')}. A resident surcharge on the New York State income tax: ${yonkers.locality.tax.years.map((year) => `${year.percentOfStateTax}% in ${year.year}`).join(', ')}.`,
    `The nonresident earnings tax (${local.yonkers.years['2025']?.nonresidentEarningsTaxRatePercent}% of wages earned in Yonkers) is not in the table: it concerns people who work in Yonkers and live elsewhere.`,
    ...Object.keys(local.yonkers.years).sort().filter((yearKey) => local.yonkers.years[yearKey].status === 'published').map((yearKey) => local.yonkers.years[yearKey].note).filter(Boolean),
    ...notFound('yonkers'),
  ]), '', ...tail('yonkers'));

  const [philadelphia] = byResearch('philadelphia');
  out.push(`### Philadelphia (${philadelphia.locality.code})`, '');
  out.push(list([
    `Years in the table: ${philadelphia.locality.tax.years.map((year) => year.year).join(', ')}. The Wage Tax on residents, on wages before any pre-tax item; the rate changes on July 1.`,
    ...Object.keys(local.philadelphia.years).sort().flatMap((yearKey) => local.philadelphia.years[yearKey].periods.map((period) => (period.status === 'not-found' ? `From ${period.from}: not found, so the rate before it stays in the table. ${period.note}` : `${period.from} to ${period.to}: residents ${period.residentRatePercent}%, nonresidents ${period.nonresidentRatePercent}% (nonresident rates are not in the table).`))),
    local.philadelphia.note,
  ]), '', ...tail('philadelphia'));

  out.push('### Maryland counties and Baltimore City', '');
  const counties = byResearch('maryland');
  const years = counties[0].locality.tax.years.map((year) => year.year);
  const lines = [
    `Years in the table: ${years.join(', ')}. ${local.maryland.note}`,
    ...notFound('maryland'),
    ...counties.map(({ locality, county }) => {
      const words = locality.tax.years.map((year) => {
        if (locality.tax.kind === 'flat') return `${year.year}: ${year.ratePercent}%`;
        const method = year.method === 'marginal' ? 'marginal brackets' : 'the rate of the tier the income falls in, on the whole income (the table gives each tier\'s tax at its threshold as the third element of the bracket)';
        return `${year.year}: ${method}; ${STATUSES.map((status) => `${STATUS_WORDS[status]}: ${year.brackets[status].map(([from, rate]) => `${rate}% from ${dollars(from)}`).join(', ')}`).join('; ')}`;
      });
      const bracketCounty = local.maryland.years['2025']?.bracketCounties?.[county];
      return `${locality.name} (\`${locality.code}\`) — ${words.join('; ')}.${bracketCounty?.methodNote ? ` ${bracketCounty.methodNote}` : ''}`;
    }),
  ];
  out.push(list(lines), '', ...tail('maryland'));
  return out.join('\n');
}

/** The Markdown source of docs/tax-sources.md. */
export function generateTaxSourcesDoc(root = ROOT) {
  const data = readTaxData(root);
  const states = buildStateTables(data);
  const payroll = buildPayrollTables(data);
  const localities = buildLocalTables(data);
  const withShare = (entry) => entry.years.some((year) => year.programs.length > 0);
  const out = [];
  out.push(`# Sources of the tax tables

The state, payroll and local tax tables (\`src/data/tax/tax-tables.ts\`) are estimates of the tax
that one job's wages add, built from the sources listed on this page: brackets, standard
deductions and personal exemptions for each filing status, the employee payroll taxes states
charge, and the income taxes of a few localities. They leave out much that decides a real tax
bill (itemised deductions, credits, phase-outs and local taxes not listed), and every
leaving-out is named below. They are not tax advice.

<!-- Generated by scripts/generate-tax-tables.mjs from data/tax/ and scripts/tax-decisions.mjs:
run \`npm run generate:tax\`. Do not edit by hand. -->

How to read this page:

- **Years in the table** are the tax years whose figures were published. A year that is not
  there falls back to the newest earlier year, and the estimate says so.
- **Taken from the year before**: a figure the state had not published (or that could not be
  found) for a year whose other figures were, copied from the year before and listed in
  \`fromYearBefore\`.
- **Starting point**: what the state's taxable income starts from. **Pre-tax items the state
  taxes**: items federal law excludes from wages (401(k), 403(b) and 457(b) deferrals, HSA
  contributions, §414(h)(2) pension pick-ups, section 125 premiums) that the state taxes anyway;
  none recorded means the federal treatment.
- **Brackets**: income from a threshold up to the next is taxed at the rate shown. Where a
  bracket has a third figure (Ohio's official schedule, Frederick County), the tax is that fixed
  amount plus the rate on the income over the threshold, as the official schedule states it.
  Income of exactly a threshold falls in the bracket that starts there (the official schedules
  put it in the one below; the difference is at that single figure only).
- **Not modelled**: what the state taxes on wages that brackets, a standard deduction and an
  exemption do not capture. The short phrases are those the table carries; the research's own
  words follow.
- Money is in dollars; rates are percents.

## States
`);
  for (const state of states) out.push(stateDoc(state));
  out.push(`## State payroll taxes

Employee payroll taxes that states charge (disability, family and medical leave, long-term care,
child care). The table carries only the states where an employee share is in force in some
year; a year without one has no programme. Rates are the most an employee may be charged.
`);
  const names = new Map(data.states.map((file) => [file.code, file.name]));
  for (const entry of payroll) out.push(payrollDoc(entry, withShare(entry), names));
  const meta = data.payroll._meta ?? {};
  if (asArray(meta.deviationsFromBrief).length > 0) out.push('Notes of the payroll research:', '', list(meta.deviationsFromBrief), '');
  if (asArray(meta.disagreements).length > 0) out.push('Disagreements between payroll sources:', '', list(meta.disagreements), '');
  if (asArray(meta.gaps).length > 0) out.push('Gaps of the payroll research:', '', list(meta.gaps), '');
  out.push(`## Local income taxes

Income taxes that localities charge their residents on wages.
`);
  out.push(localDoc(localities, data.local));
  if (asArray(data.local.gaps).length > 0) out.push('Gaps of the local research:', '', list(data.local.gaps), '');
  return `${out.join('\n').replace(/\n{3,}/g, '\n\n').trimEnd()}\n`;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const tables = new URL('src/data/tax/tax-tables.ts', ROOT);
  const doc = new URL('docs/tax-sources.md', ROOT);
  writeFileSync(tables, generateTaxTables());
  writeFileSync(doc, generateTaxSourcesDoc());
  console.log(`wrote ${fileURLToPath(tables)}\nwrote ${fileURLToPath(doc)}`);
}
