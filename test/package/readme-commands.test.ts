import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test } from 'vitest';
import { CLI_BUILD_DIR } from '../setup/build.js';

// Every ```sh block of the README runs here as a user would type it — `offers.json` is
// examples/offers.json, `offer.json` its first offer — and a `# …` line under a command is what
// that command prints. A block that cannot run says why on the line before it
// (`<!-- readme: not run, because … -->`). The ```jsonc block's figures are checked against the
// JSON the command line prints. The ```js blocks are readme.test.ts's.
const ROOT = new URL('../..', import.meta.url).pathname;
const readme = readFileSync(join(ROOT, 'README.md'), 'utf8');
const blocks = [...readme.matchAll(/(<!-- readme: not run, because ([^>]+) -->\n)?```(sh|jsonc)\n([\s\S]*?)```/g)].map((match) => ({
  why: match[2],
  language: match[3] as 'sh' | 'jsonc',
  code: match[4] as string,
}));

/** One `npx total-comp …` line: its arguments, standard input's file, where its output goes, and what it shows it prints. */
interface Command {
  readonly line: string;
  readonly args: string[];
  readonly stdin: string | null;
  readonly shown: string[];
}

/** The commands of a block, each with the `# …` lines under it. */
function commandsOf(code: string): Command[] {
  const commands: { line: string; args: string[]; stdin: string | null; shown: string[] }[] = [];
  for (const line of code.split('\n').filter((text) => text.trim() !== '')) {
    if (line.startsWith('# ')) {
      const last = commands.at(-1);
      if (last === undefined) throw new Error(`an output line before any command: ${line}`);
      last.shown.push(line.slice(2));
      continue;
    }
    const command = line.replace(/\s+#.*$/, '').replace(/\s*>\s*\S+$/, '');
    const piped = /^cat (\S+) \| (.*)$/.exec(command);
    const words = (piped?.[2] ?? command).split(/\s+/);
    if (words[0] !== 'npx' || words[1] !== 'total-comp') throw new Error(`not a total-comp command: ${line}`);
    commands.push({ line, args: words.slice(2), stdin: piped?.[1] ?? null, shown: [] });
  }
  return commands;
}

/** The first of the example offers: what `offer.json` holds. */
const EXAMPLE_OFFER = (JSON.parse(readFileSync(join(ROOT, 'examples/offers.json'), 'utf8')) as { offers: unknown[] }).offers[0];

/** Runs the built command line in a directory holding offers.json and offer.json. */
function run(command: Command): { code: number | null; stdout: string; stderr: string } {
  const directory = mkdtempSync(join(tmpdir(), 'total-comp-readme-'));
  try {
    copyFileSync(join(ROOT, 'examples/offers.json'), join(directory, 'offers.json'));
    writeFileSync(join(directory, 'offer.json'), JSON.stringify(EXAMPLE_OFFER));
    const input = command.stdin === null ? undefined : readFileSync(join(directory, command.stdin), 'utf8');
    const result = spawnSync(process.execPath, [join(ROOT, CLI_BUILD_DIR, 'cli.js'), ...command.args], {
      cwd: directory,
      encoding: 'utf8',
      ...(input === undefined ? {} : { input }),
    });
    return { code: result.status, stdout: result.stdout, stderr: result.stderr };
  } finally {
    rmSync(directory, { recursive: true, force: true });
  }
}

const runnable = blocks.filter((block) => block.language === 'sh' && block.why === undefined);

test('the README has sh blocks that run, and says why of each that does not', () => {
  expect(runnable.length).toBeGreaterThanOrEqual(2);
  for (const block of blocks.filter((entry) => entry.why !== undefined)) expect(block.why?.length).toBeGreaterThan(20);
});

test.each(runnable.flatMap((block) => commandsOf(block.code)).map((command) => [command.line, command]))('README command: %s', (_, command) => {
  const result = run(command as Command);
  expect(result.stderr).toBe('');
  expect(result.code).toBe(0);
  if ((command as Command).shown.length > 0) expect(result.stdout.trimEnd()).toBe((command as Command).shown.join('\n'));
});

test('a command that shows the wrong output fails', () => {
  const [command] = commandsOf('npx total-comp equivalent 60000 --from US-OK --to US-NJ\n# 60000 in US-OK buys what 1.00 buys in US-NJ');
  expect(run(command as Command).stdout.trimEnd()).not.toBe((command as Command).shown.join('\n'));
});

test("the JSON example's figures are what `compare offers.json --format json --market` prints", () => {
  const block = blocks.find((entry) => entry.language === 'jsonc');
  expect(block).toBeDefined();
  const printed = run({ line: '', args: ['compare', 'offers.json', '--format', 'json', '--market'], stdin: null, shown: [] });
  expect(printed.code).toBe(0);
  const compact = JSON.stringify(JSON.parse(printed.stdout));
  // Each `"key": value` the block shows in full (a string, number, boolean, null or list of strings), not the elided ones (…).
  const pairs = [...(block?.code ?? '').matchAll(/"(\w+)": ("[^"…]*"|-?\d+(?:\.\d+)?|true|false|null|\[(?:"[^"…]*"(?:, )?)*\])/g)].map(
    (match) => `"${match[1] as string}":${(match[2] as string).replace(/, /g, ',')}`,
  );
  expect(pairs.length).toBeGreaterThan(25);
  expect(pairs.filter((pair) => !compact.includes(pair))).toEqual([]);
});
