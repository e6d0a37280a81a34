import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, normalize } from 'node:path';
import { expect, test } from 'vitest';

// What users import is documented where it is defined: every value an entry point exports
// (index.ts, market.ts, format.ts, tax.ts) has a TSDoc comment with a running @example, and every type
// it exports has a TSDoc comment. Anything else exported inside src/ — shared between the
// library's own files — needs only a one-line comment.

const read = (file: string) => readFileSync(new URL(`../../src/${file}`, import.meta.url), 'utf8');
const ENTRIES = ['index.ts', 'market.ts', 'format.ts', 'tax.ts'];

/** The doc comment right before a declaration of `name` in a module's text, or null without one. */
function docOf(text: string, name: string, kinds: string): string | null | undefined {
  const pattern = new RegExp(`(\\/\\*\\*(?:(?!\\*\\/)[\\s\\S])*\\*\\/\\s*)?export (?:declare )?(?:async )?(?:${kinds}) ${name}\\b`);
  const match = pattern.exec(text);
  return match === null ? undefined : (match[1] ?? null);
}

interface Exported {
  readonly name: string;
  readonly module: string;
  readonly type: boolean;
}

/** The names an entry file re-exports, with the module each comes from. */
function exportsOf(entry: string): Exported[] {
  const found: Exported[] = [];
  for (const statement of read(entry).matchAll(/export (type )?(\*|\{([\s\S]*?)\}) from '(\.[^']+)'/g)) {
    const [, typeOnly, star, names, specifier] = statement;
    const module = normalize(join(dirname(entry), (specifier as string).replace(/\.js$/, '.ts')));
    if (star === '*') {
      for (const match of read(module).matchAll(/export (?:interface|type) (\w+)/g)) found.push({ name: match[1] as string, module, type: true });
      continue;
    }
    for (const part of (names as string).split(',').map((name) => name.trim()).filter(Boolean)) {
      const type = typeOnly !== undefined || part.startsWith('type ');
      found.push({ name: part.replace(/^type /, '').split(' as ')[0] as string, module, type });
    }
  }
  return found;
}

const exported = ENTRIES.flatMap(exportsOf);

test('the entry points only re-export', () => {
  for (const entry of ENTRIES) {
    const statements = read(entry).split(/;\s*\n/).map((statement) => statement.trim()).filter(Boolean);
    for (const statement of statements) expect(statement).toMatch(/^export (type )?(\*|\{[\s\S]*\}) from '\.\/(?:[\w-]+\/)*[\w-]+\.js'$/);
  }
  expect(exported.length).toBeGreaterThan(40);
});

test.each(exported.filter((entry) => !entry.type).map((entry) => [entry.name, entry.module]))(
  'the exported value %s (src/%s) has a TSDoc comment with an @example',
  (name, module) => {
    const doc = docOf(read(module), name, 'function|const|class');
    expect(doc, `no declaration of ${name} in ${module}`).not.toBeUndefined();
    expect(doc ?? '').toContain('@example');
  },
);

test.each(exported.filter((entry) => entry.type).map((entry) => [entry.name, entry.module]))(
  'the exported type %s (src/%s) has a TSDoc comment',
  (name, module) => {
    const doc = docOf(read(module), name, 'interface|type|class');
    expect(doc, `no declaration of ${name} in ${module}`).not.toBeUndefined();
    expect(doc).toMatch(/^\/\*\*/);
  },
);

const sources = (readdirSync(new URL('../../src/', import.meta.url), { recursive: true }) as string[])
  .map((name) => name.split('\\').join('/'))
  .filter((name) => name.endsWith('.ts') && !ENTRIES.includes(name) && name !== 'cli.ts');

test.each(sources)('every function, constant and class src/%s exports has a doc comment', (file) => {
  const missing = [...read(file).matchAll(/(\/\*\*(?:(?!\*\/)[\s\S])*\*\/\s*)?export (?:async )?(?:function|const|class) (\w+)/g)]
    .filter((match) => match[1] === undefined)
    .map((match) => match[2]);
  expect(missing).toEqual([]);
});
