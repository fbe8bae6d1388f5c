/**
 * @module
 * The README's table of environment variables against the code: every variable the API's
 * configuration, the site, the desk (when present) or the start scripts read is in the table,
 * and the table lists nothing that nothing reads.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CONFIG_VARIABLES } from '../../apps/api/src/env.ts';
import { repoRoot } from '../support/paths.ts';

/** Where the programs a newsroom runs read their settings (tests, benchmarks and test helpers aside). */
const SOURCES = [
  'apps/api/src',
  'apps/site/src',
  'apps/site/server.mjs',
  'apps/site/astro.config.mjs',
  'apps/desk/src',
  'apps/desk/server.mjs',
  'apps/desk/astro.config.mjs',
  'scripts',
];

/** Read, but not settings of Dateline: the shell's and npm's own. */
const NOT_SETTINGS = new Set(['PATH', 'INIT_CWD']);

/** Documented for the desk, which reads them once it is part of the repository. */
const DESK_ONLY = new Set(['DESK_PORT']);

function files(path: string): string[] {
  const full = join(repoRoot, path);
  if (!existsSync(full)) return [];
  if (!statSync(full).isDirectory()) return [full];
  return readdirSync(full, { recursive: true, encoding: 'utf8' })
    .filter(
      (name) =>
        /\.(ts|mts|mjs|js|astro)$/.test(name) && !/\.test\.ts$/.test(name) && !/(^|\/)(test|testing|node_modules|dist)\//.test(name),
    )
    .map((name) => join(full, name));
}

/** `env.NAME`, `process.env.NAME`, `import.meta.env.NAME`, `env?.NAME`, `env['NAME']` that are read, not assigned. */
const READ = /(?:\benv\??\.|env\[['"])([A-Z][A-Z0-9_]+)\b(?:['"]\])?(?!\s*(?:\?\?|\|\||&&)?=[^=])/g;

function variablesInCode(): Map<string, string> {
  const found = new Map<string, string>();
  for (const name of CONFIG_VARIABLES) found.set(name, 'apps/api/src/env.ts');
  for (const file of SOURCES.flatMap(files)) {
    for (const match of readFileSync(file, 'utf8').matchAll(READ)) {
      const name = match[1]!;
      if (!NOT_SETTINGS.has(name) && !found.has(name)) found.set(name, file.slice(repoRoot.length + 1));
    }
  }
  return found;
}

function variablesInReadme(): string[] {
  const readme = readFileSync(join(repoRoot, 'README.md'), 'utf8');
  const section = readme.split(/^## Configuration$/m)[1]?.split(/^## /m)[0] ?? '';
  return [...section.matchAll(/^\| `([A-Z][A-Z0-9_]+)` \|/gm)].map((m) => m[1]!);
}

describe("the README's environment variables", () => {
  it('lists every variable the API, the site, the desk and the start scripts read', () => {
    const documented = new Set(variablesInReadme());
    const missing = [...variablesInCode()].filter(([name]) => !documented.has(name)).map(([name, file]) => `${name} (${file})`);
    expect(missing).toEqual([]);
  });

  it('lists no variable that nothing reads, once each', () => {
    const read = variablesInCode();
    const deskPresent = existsSync(join(repoRoot, 'apps/desk'));
    const documented = variablesInReadme();
    expect(documented.filter((name) => !read.has(name) && !(DESK_ONLY.has(name) && !deskPresent))).toEqual([]);
    expect(documented.filter((name, i) => documented.indexOf(name) !== i)).toEqual([]);
  });
});
