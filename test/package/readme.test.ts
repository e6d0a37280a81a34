import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { expect, test } from 'vitest';

// The README's quick start must print exactly what the README says it prints.
test('the README quick start prints what the README shows', () => {
  const readme = readFileSync(new URL('../../README.md', import.meta.url), 'utf8');
  const section = readme.slice(readme.indexOf('## Quick start'), readme.indexOf('## The two commands'));
  const code = /```js\n([\s\S]*?)```/.exec(section)?.[1];
  const output = /```text\n([\s\S]*?)```/.exec(section)?.[1];
  expect(code).toBeDefined();
  expect(output).toBeDefined();
  // Inside the package, so that `import 'total-comp'` resolves to this package as it does for users.
  const directory = mkdtempSync(new URL('../.tmp-readme-', import.meta.url).pathname);
  const file = `${directory}/quick-start.mjs`;
  writeFileSync(file, code ?? '');
  try {
    const result = spawnSync(process.execPath, [file], { encoding: 'utf8' });
    expect(result.stderr).toBe('');
    expect(result.stdout.trimEnd()).toBe((output ?? '').trimEnd());
  } finally {
    rmSync(directory, { recursive: true, force: true });
  }
});

// Every ```js block of the README runs as written against the built package (issue 20, items 6
// and 7), and a value a line shows in its comment (`x.toFixed(2); // "58000.00"`) is what it
// gives. A block meant as a fragment would be marked `<!-- readme: fragment, because … -->`
// on the line before it, with its reason; none is today.
const readme = readFileSync(new URL('../../README.md', import.meta.url), 'utf8');
const blocks = [...readme.matchAll(/(<!-- readme: fragment, because [^>]+ -->\n)?```js\n([\s\S]*?)```/g)].map((match, index) => ({
  index: index + 1,
  fragment: match[1] !== undefined,
  code: match[2] as string,
}));

/** The block with each `expression; // "shown"` (or `// [...]`) line turned into a check of the shown value. */
function withChecks(code: string): { source: string; checks: number } {
  let checks = 0;
  const lines = code.split('\n').map((line) => {
    const match = /^(?!const |let |import |if |for )(\S.*?);\s*\/\/ ("(?:[^"\\]|\\.)*"|\[[^\]]*\])/.exec(line);
    if (match === null) return line;
    checks += 1;
    return `check(${match[1]}, ${match[2]}, ${JSON.stringify(match[1])});`;
  });
  const check = `function check(actual, shown, expression) {
  if (JSON.stringify(actual) !== JSON.stringify(shown)) throw new Error(\`\${expression} gives \${JSON.stringify(actual)}, the README shows \${JSON.stringify(shown)}\`);
}`;
  return { source: `${lines.join('\n')}\n${check}\n`, checks };
}

test('the README has js blocks, and none is a fragment', () => {
  expect(blocks.length).toBeGreaterThanOrEqual(4);
  expect(blocks.filter((block) => block.fragment)).toEqual([]);
});

test.each(blocks.filter((block) => !block.fragment).map((block) => [block.index, block.code]))('README js block %i runs as written', (_, code) => {
  const { source } = withChecks(code);
  const directory = mkdtempSync(new URL('../.tmp-readme-', import.meta.url).pathname);
  const file = `${directory}/block.mjs`;
  writeFileSync(file, source);
  try {
    const result = spawnSync(process.execPath, [file], { encoding: 'utf8' });
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
  } finally {
    rmSync(directory, { recursive: true, force: true });
  }
});

test('the blocks show values that are checked', () => {
  expect(blocks.reduce((total, block) => total + withChecks(block.code).checks, 0)).toBeGreaterThanOrEqual(6);
});

test('a shown value that is wrong fails the block', () => {
  const { source, checks } = withChecks(`(1 + 1).toFixed(1); // "3.0"\nconst a = 1; // "1"\n`);
  expect(checks).toBe(1);
  const directory = mkdtempSync(new URL('../.tmp-readme-', import.meta.url).pathname);
  writeFileSync(`${directory}/block.mjs`, source);
  try {
    const result = spawnSync(process.execPath, [`${directory}/block.mjs`], { encoding: 'utf8' });
    expect(result.stderr).toContain('(1 + 1).toFixed(1) gives "2.0", the README shows "3.0"');
  } finally {
    rmSync(directory, { recursive: true, force: true });
  }
});

test('every relative link of the README points to a file in the package, so it works from the npm page', () => {
  const packed = spawnSync('npm', ['pack', '--dry-run', '--json', '--ignore-scripts'], {
    cwd: new URL('../..', import.meta.url).pathname,
    encoding: 'utf8',
  });
  const files = new Set((JSON.parse(packed.stdout) as { files: { path: string }[] }[])[0]?.files.map((entry) => entry.path));
  const links = [...readme.matchAll(/\]\(([^)\s]+)\)/g)].map((match) => (match[1] as string).split('#')[0] as string).filter((link) => link !== '' && !/^[a-z]+:/.test(link));
  expect(links.length).toBeGreaterThan(10);
  expect([...new Set(links)].filter((link) => !files.has(link))).toEqual([]);
});
