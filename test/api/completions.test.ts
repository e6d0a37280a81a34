// The editor offers the offer's fields inside a call to a public verb: the TypeScript language
// service (what editors run) is asked for completions in a file that calls the verbs.
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';
import { expect, test } from 'vitest';

const root = join(dirname(fileURLToPath(import.meta.url)), '../..');
const file = join(root, 'test/api/completion-probe.ts');

/** The names the language service completes at `|` in `source` (a file beside this test). */
function completionsAt(source: string): string[] {
  const position = source.indexOf('|');
  const text = source.replace('|', '');
  const { config } = ts.readConfigFile(join(root, 'tsconfig.json'), ts.sys.readFile) as { config: unknown };
  const { options } = ts.parseJsonConfigFileContent(config, ts.sys, root);
  const host: ts.LanguageServiceHost = {
    getCompilationSettings: () => options,
    getScriptFileNames: () => [file],
    getScriptVersion: () => '1',
    getScriptSnapshot: (name) => {
      const content = name === file ? text : ts.sys.readFile(name);
      return content === undefined ? undefined : ts.ScriptSnapshot.fromString(content);
    },
    getCurrentDirectory: () => root,
    getDefaultLibFileName: (settings) => ts.getDefaultLibFilePath(settings),
    fileExists: (name) => name === file || ts.sys.fileExists(name),
    readFile: (name) => (name === file ? text : ts.sys.readFile(name)),
    readDirectory: ts.sys.readDirectory,
    directoryExists: ts.sys.directoryExists,
    getDirectories: ts.sys.getDirectories,
  };
  const service = ts.createLanguageService(host, ts.createDocumentRegistry());
  const completions = service.getCompletionsAtPosition(file, position, {});
  return (completions?.entries ?? []).map((entry) => entry.name);
}

test("inside compareOffers, a salary's pay completes to amount and per, not to an hourly's rate", () => {
  const names = completionsAt(`import { compareOffers } from '../../src/index.js';
compareOffers([{ label: 'A', pay: { type: 'salary', | } }]);
`);
  expect(names).toEqual(expect.arrayContaining(['amount', 'per', 'exempt']));
  expect(names).not.toContain('rate');
});

test('inside evaluateOffer, an offer completes to its top-level fields', () => {
  const names = completionsAt(`import { evaluateOffer } from '../../src/index.js';
evaluateOffer({ label: 'A', pay: { type: 'hourly', rate: 20 }, | });
`);
  expect(names).toEqual(expect.arrayContaining(['overtime', 'bonuses', 'benefits', 'costs', 'location', 'growth', 'currency', 'id']));
  expect(names).not.toContain('label');
});

test('the probe can fail: with the former `unknown` parameter no field is completed', () => {
  const names = completionsAt(`declare function take(input: unknown): void;
take({ pay: { type: 'salary', | } });
`);
  expect(names).not.toContain('amount');
  expect(names).toContain('take');
});
