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
