import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, normalize } from 'node:path';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';
import { expect, test } from 'vitest';

// The folders of src/ are layers, and imports — type imports included — run one way only:
// the entry files (index, format, market, tax, cli) → cli → present → api → engine → offer → data →
// util → decimal. A file may import from its own layer or any layer below it, never above, and
// no chain of imports may come back to where it started. DEVELOPERS.md, "Layout", says why.

/** Layers from the top down; the entry files at the root of src/ sit above all of them. */
const LAYERS = ['cli', 'present', 'api', 'engine', 'offer', 'data', 'util', 'decimal'] as const;

const SRC = fileURLToPath(new URL('../src/', import.meta.url));

/** Every TypeScript file of src/, relative to it, with `/` separators. */
function sourceFiles(): string[] {
  return (readdirSync(SRC, { recursive: true }) as string[])
    .filter((name) => name.endsWith('.ts'))
    .map((name) => name.split('\\').join('/'))
    .sort();
}

/**
 * The module specifiers a file imports or re-exports, static, type-only or dynamic — read by
 * TypeScript's own scanner, so comments (an `@example`'s import, a note inside braces) never
 * hide an import or invent one.
 */
function importsOf(text: string): string[] {
  return ts.preProcessFile(text, true, true).importedFiles.map((file) => file.fileName);
}

/** The layer of a file: its first folder, or `entry` for the files at the root of src/. */
function layerOf(file: string): string {
  return file.includes('/') ? (file.split('/')[0] as string) : 'entry';
}

/** Height of a layer: the entry files are the highest, `decimal` the lowest. */
function height(layer: string): number {
  if (layer === 'entry') return LAYERS.length;
  const index = (LAYERS as readonly string[]).indexOf(layer);
  return index === -1 ? Number.NaN : LAYERS.length - 1 - index;
}

/** The import graph of src/: file → the src files it imports. */
function importGraph(files: readonly string[], read: (file: string) => string): Map<string, string[]> {
  const graph = new Map<string, string[]>();
  for (const file of files) {
    const targets = importsOf(read(file))
      .filter((specifier) => specifier.startsWith('.'))
      .map((specifier) => normalize(join(dirname(file), specifier)).split('\\').join('/').replace(/\.js$/, '.ts'));
    graph.set(file, targets);
  }
  return graph;
}

/** Imports that run up the layers (or out of src/, or into a folder that is no layer). */
function upwardImports(graph: ReadonlyMap<string, readonly string[]>): string[] {
  const wrong: string[] = [];
  for (const [file, targets] of graph) {
    for (const target of targets) {
      const from = height(layerOf(file));
      const to = height(layerOf(target));
      if (target.startsWith('..') || Number.isNaN(from) || Number.isNaN(to) || to > from || (layerOf(target) === 'entry' && layerOf(file) !== 'entry')) {
        wrong.push(`${file} (${layerOf(file)}) imports ${target} (${layerOf(target)})`);
      }
    }
  }
  return wrong;
}

/** Every cycle of the graph, as its files (strongly connected components of more than one file, or a file importing itself). */
function cycles(graph: ReadonlyMap<string, readonly string[]>): string[][] {
  let counter = 0;
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const onStack = new Set<string>();
  const found: string[][] = [];
  const visit = (node: string): void => {
    index.set(node, counter);
    low.set(node, counter);
    counter += 1;
    stack.push(node);
    onStack.add(node);
    for (const next of graph.get(node) ?? []) {
      if (!index.has(next)) {
        visit(next);
        low.set(node, Math.min(low.get(node) as number, low.get(next) as number));
      } else if (onStack.has(next)) {
        low.set(node, Math.min(low.get(node) as number, index.get(next) as number));
      }
    }
    if (low.get(node) === index.get(node)) {
      const component: string[] = [];
      let member: string;
      do {
        member = stack.pop() as string;
        onStack.delete(member);
        component.push(member);
      } while (member !== node);
      if (component.length > 1 || (graph.get(node) ?? []).includes(node)) found.push(component.sort());
    }
  };
  for (const node of graph.keys()) if (!index.has(node)) visit(node);
  return found;
}

const graph = importGraph(sourceFiles(), (file) => readFileSync(join(SRC, file), 'utf8'));

test('every file of src/ is in a layer folder or is an entry file', () => {
  const misplaced = [...graph.keys()].filter((file) => Number.isNaN(height(layerOf(file))));
  expect(misplaced).toEqual([]);
  const entries = [...graph.keys()].filter((file) => layerOf(file) === 'entry');
  expect(entries).toEqual(['cli.ts', 'format.ts', 'index.ts', 'market.ts', 'tax.ts']);
});

test('imports never run up the layers', () => {
  expect(upwardImports(graph)).toEqual([]);
});

test('imports have no cycle', () => {
  expect(cycles(graph)).toEqual([]);
});

test('the checks see what they must: type imports, re-exports, dynamic imports, an upward import and a cycle', () => {
  const text = [
    "import type { A } from './a.js';",
    "import { b,\n  c, // a note inside the braces\n} from '../engine/b.js';",
    "/** @example import { g } from 'total-comp'; */",
    "export { d } from './d.js';",
    "export type * from './e.js';",
    "const f = await import('./f.js');",
    "import 'zod';",
  ].join('\n');
  expect(importsOf(text)).toEqual(['./a.js', '../engine/b.js', './d.js', './e.js', './f.js', 'zod']);
  const wrong = new Map([
    ['engine/a.ts', ['api/b.ts']],
    ['api/b.ts', ['engine/a.ts']],
    ['decimal/c.ts', ['index.ts']],
  ]);
  expect(upwardImports(wrong)).toEqual([
    'engine/a.ts (engine) imports api/b.ts (api)',
    'decimal/c.ts (decimal) imports index.ts (entry)',
  ]);
  expect(cycles(wrong)).toEqual([['api/b.ts', 'engine/a.ts']]);
});

