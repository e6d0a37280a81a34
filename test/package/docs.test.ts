import { readdirSync, readFileSync } from 'node:fs';
import { expect, test } from 'vitest';

// Every exported function, constant and class in src/ carries a TSDoc comment with an @example
// (the entry points index.ts, market.ts and format.ts only re-export; cli.ts is the program's entry).
const sources = (readdirSync(new URL('../../src/', import.meta.url), { recursive: true }) as string[]).filter(
  (name) => name.endsWith('.ts') && !['index.ts', 'cli.ts', 'format.ts', 'market.ts'].includes(name),
);

test.each(sources)('src/%s documents every export with an @example', (name) => {
  const text = readFileSync(new URL(`../../src/${name}`, import.meta.url), 'utf8');
  const missing: string[] = [];
  const pattern = /(\/\*\*(?:(?!\*\/)[\s\S])*\*\/\s*)?export (?:async )?(?:function|const|class) (\w+)/g;
  for (const match of text.matchAll(pattern)) {
    const [, comment, symbol] = match;
    if (comment === undefined || !comment.includes('@example')) missing.push(symbol ?? '?');
  }
  expect(missing).toEqual([]);
});

test.each(['index.ts', 'market.ts', 'format.ts'])('the entry point %s only re-exports', (entry) => {
  const text = readFileSync(new URL(`../../src/${entry}`, import.meta.url), 'utf8');
  const statements = text.split(/;\s*\n/).map((statement) => statement.trim()).filter(Boolean);
  for (const statement of statements) expect(statement).toMatch(/^export (type )?(\*|\{[\s\S]*\}) from '\.\/(?:[\w-]+\/)?[\w-]+\.js'$/);
});
