import { readdirSync, readFileSync } from 'node:fs';
import { expect, test } from 'vitest';

// Every exported function, constant and class in src/ carries a TSDoc comment with an @example
// (index.ts only re-exports; cli.ts is the program's entry).
const sources = readdirSync(new URL('../src/', import.meta.url)).filter((name) => name.endsWith('.ts') && name !== 'index.ts' && name !== 'cli.ts');

test.each(sources)('src/%s documents every export with an @example', (name) => {
  const text = readFileSync(new URL(`../src/${name}`, import.meta.url), 'utf8');
  const missing: string[] = [];
  const pattern = /(\/\*\*(?:(?!\*\/)[\s\S])*\*\/\s*)?export (?:async )?(?:function|const|class) (\w+)/g;
  for (const match of text.matchAll(pattern)) {
    const [, comment, symbol] = match;
    if (comment === undefined || !comment.includes('@example')) missing.push(symbol ?? '?');
  }
  expect(missing).toEqual([]);
});

test('index.ts only re-exports', () => {
  const text = readFileSync(new URL('../src/index.ts', import.meta.url), 'utf8');
  const statements = text.split(/;\s*\n/).map((statement) => statement.trim()).filter(Boolean);
  for (const statement of statements) expect(statement).toMatch(/^export (type )?(\*|\{[\s\S]*\}) from '\.\/[\w-]+\.js'$/);
});
