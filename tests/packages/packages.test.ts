/**
 * @module
 * `@dateline/model` and `@dateline/client` as a user outside this repository gets them: packed
 * with `pnpm pack`, checked by publint and Are the Types Wrong, installed with npm into a project
 * in the temporary folder (their dependencies from the registry), then imported and required in
 * Node, type-checked by a strict TypeScript project, bundled for the browser, and used against a
 * running API. Where /usr/bin/node is Node 20, the scripts run under it too, and so they do in
 * Bun and Deno where those are installed.
 */
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { delimiter, join, relative } from 'node:path';
import { gzipSync } from 'node:zlib';
import { build } from 'esbuild';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { editorToken } from '../support/api-calls.ts';
import { installConsumer, packPackage, run, runOk, unpack } from '../support/consumer-project.ts';
import { noSharedReason, repoRoot, seedPath } from '../support/paths.ts';
import { startApi, type Running } from '../support/processes.ts';

/** The most a browser bundle of the core's schema and slug helper may weigh, gzipped. */
const CORE_GZIP_BUDGET = 40 * 1024;
/** The most a bundle of one pure helper may weigh: the rest of the core and Zod must drop out. */
const ONE_HELPER_GZIP_BUDGET = 1024;
/** npm install of the two tarballs with their dependencies from the registry. */
const INSTALL_TIMEOUT_MS = 240_000;

const SEED_HEADLINE = 'Xi and Putin Sign Joint Pact to Deepen Strategic Ties Amid Rising Global Tensions';
const SEED_HEADINGS = [
  'Ukraine War Casts Shadow Over Putin’s Victory Day Parade',
  'Drone Strikes and Global Tensions Frame Putin’s Victory Day Parade',
];

const PACKAGES = { '@dateline/model': 'packages/model', '@dateline/client': 'packages/client' } as const;
type PackageName = keyof typeof PACKAGES;

const bin = (name: string) => join(repoRoot, 'tests/node_modules/.bin', name);
const tscEntry = createRequire(import.meta.url).resolve('typescript/bin/tsc');

/** /usr/bin/node when it is Node 20, the oldest line the packages support. */
const node20 = (() => {
  if (!existsSync('/usr/bin/node')) return null;
  const ran = run('/usr/bin/node', ['--version'], { cwd: tmpdir() });
  return ran.stdout.startsWith('v20.') ? '/usr/bin/node' : null;
})();

/** `name` as `NAME_PATH` gives it or as found on PATH, else null. */
function executable(name: string): string | null {
  const given = process.env[`${name.toUpperCase()}_PATH`];
  if (given) return given;
  const found = (process.env.PATH ?? '')
    .split(delimiter)
    .map((d) => join(d, name))
    .find((f) => existsSync(f));
  return found ?? null;
}

/** A JavaScript runtime that runs a script as `command ...prefix script args`. */
type Runtime = [label: string, command: string, prefix: string[]];

/**
 * The runtimes the scripts run in: this Node, Node 20 where /usr/bin/node is, and Bun and Deno
 * when they are installed (on PATH, or at BUN_PATH and DENO_PATH); they are not on CI's machine.
 */
const runtimes: Runtime[] = [
  [`Node ${process.version}`, process.execPath, []],
  ...(node20 ? [['Node 20', node20, []] as Runtime] : []),
  ...(executable('bun') ? [['Bun', executable('bun')!, []] as Runtime] : []),
  ...(executable('deno') ? [['Deno', executable('deno')!, ['run', '--allow-read', '--allow-env', '--allow-net']] as Runtime] : []),
];

const dir = mkdtempSync(join(tmpdir(), 'dateline-consumer-'));
const project = join(dir, 'project');
const tarballs = {} as Record<PackageName, string>;

function filesUnder(root: string): string[] {
  return readdirSync(root, { recursive: true, encoding: 'utf8' })
    .map((f) => join(root, f))
    .filter((f) => statSync(f).isFile());
}

/**
 * The `ts` examples of a package's README as one module for the type checker: imports first, then
 * each example in its own block, in order, after an `api` client that later examples use.
 */
function readmeTypeScript(packageDir: string): string {
  const readme = readFileSync(join(repoRoot, packageDir, 'README.md'), 'utf8');
  const blocks = [...readme.matchAll(/```ts\n([\s\S]*?)```/g)].map((m) => m[1]!);
  const lines = blocks.flatMap((b) => b.split('\n'));
  const imports = [...new Set(lines.filter((l) => l.startsWith('import ')))];
  const bodies = blocks.map(
    (b) =>
      `{\n${b
        .split('\n')
        .filter((l) => !l.startsWith('import '))
        .join('\n')}\n}`,
  );
  return [
    ...imports,
    "import { createClient as makeClient } from '@dateline/client';",
    'declare const process: { env: Record<string, string | undefined> };',
    "const api = makeClient('http://127.0.0.1:8787');",
    'export async function examples(): Promise<void> {',
    ...bodies,
    '}',
    'void api;',
  ].join('\n');
}

/** The first `js` example of a README section, as a user would copy it. */
function readmeExample(section: string): string {
  const readme = readFileSync(join(repoRoot, 'README.md'), 'utf8');
  const start = readme.indexOf(`## ${section}`);
  const match = start < 0 ? null : /```js\n([\s\S]*?)```/.exec(readme.slice(start));
  if (!match) throw new Error(`README.md has no js example under "## ${section}"`);
  return match[1]!;
}

function runJson<T>([, command, prefix]: Runtime, args: string[], env: Record<string, string> = {}): T {
  return JSON.parse(runOk(command, [...prefix, ...args], { cwd: project, timeoutMs: 60_000, env })) as T;
}

beforeAll(() => {
  for (const [name, path] of Object.entries(PACKAGES))
    tarballs[name as PackageName] = packPackage(join(repoRoot, path), join(dir, 'tarballs'));
  installConsumer(project, join(repoRoot, 'tests/packages/consumer'), tarballs, INSTALL_TIMEOUT_MS);
}, INSTALL_TIMEOUT_MS + 120_000);

afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe.each(Object.keys(PACKAGES) as PackageName[])('the %s tarball', (name) => {
  it('has no problem publint finds', () => {
    const ran = run(bin('publint'), ['run', tarballs[name], '--strict'], { cwd: dir });
    expect(ran.code, ran.stdout + ran.stderr).toBe(0);
    expect(ran.stdout).toContain('All good!');
  });

  it('has types that resolve for Node (ESM) and bundlers, as Are the Types Wrong checks them', () => {
    // An ES module package: the esm-only profile leaves out the CommonJS resolutions of older
    // TypeScript (node10, node16 from CJS); require() of it in Node 20.19+ is run below instead.
    const ran = run(bin('attw'), [tarballs[name], '--profile', 'esm-only', '--format', 'ascii'], { cwd: dir });
    expect(ran.code, ran.stdout + ran.stderr).toBe(0);
    expect(ran.stdout).toMatch(/node16 \(from ESM\): 🟢/);
  });

  it('publishes its built output with README, CHANGELOG and LICENSE, and no test, test data or workspace link', () => {
    const root = unpack(tarballs[name], join(dir, 'unpacked', name));
    const files = filesUnder(root).map((f) => relative(root, f));
    expect(files).toEqual(
      expect.arrayContaining([
        'LICENSE',
        'README.md',
        'CHANGELOG.md',
        'package.json',
        'dist/index.js',
        'dist/index.d.ts',
        'dist/index.d.ts.map',
      ]),
    );
    expect(files.filter((f) => /\.test\.|(^|\/)(testing|fixtures)\//.test(f))).toEqual([]);

    const manifest = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
    expect(manifest.exports['.']).toEqual({ types: './dist/index.d.ts', import: './dist/index.js', default: './dist/index.js' });
    for (const target of Object.values(manifest.exports as Record<string, string | Record<string, string>>).flatMap((e) =>
      typeof e === 'string' ? [e] : Object.values(e),
    )) {
      expect(existsSync(join(root, target)), target).toBe(true);
    }
    const deps = { ...manifest.dependencies, ...manifest.peerDependencies };
    expect(Object.values(deps).filter((v) => /^(workspace|catalog):/.test(String(v)))).toEqual([]);
    if (name === '@dateline/client') expect(Object.keys(deps)).toEqual(['openapi-fetch']);

    if (seedPath) {
      // Third-party articles stay in ../shared: no text of the seed story in any published file.
      const seedLines = readFileSync(seedPath, 'utf8')
        .split('\n')
        .filter((l) => l.trim().length > 60)
        .slice(0, 5);
      for (const file of filesUnder(root)) {
        const text = readFileSync(file, 'utf8');
        for (const line of seedLines) expect(text.includes(line.trim()), `${file} holds text of ${seedPath}`).toBe(false);
      }
    }
  });
});

describe.each(runtimes)('@dateline/model installed, in %s', (...runtime) => {
  it.skipIf(!seedPath)(
    `parses the seed story, validates it and makes its JSON-LD (ES module)${seedPath ? '' : ` (${noSharedReason})`}`,
    () => {
      const out = runJson<{
        headline: string;
        headings: string[];
        paragraphs: number;
        valid: boolean;
        jsonLd: { type: string; headline: string };
      }>(runtime, ['model-esm.mjs', seedPath!]);
      expect(out.headline).toBe(SEED_HEADLINE);
      expect(out.headings).toEqual(SEED_HEADINGS);
      expect(out.paragraphs).toBe(23);
      expect(out.valid).toBe(true);
      expect(out.jsonLd).toMatchObject({ type: 'NewsArticle', headline: SEED_HEADLINE });
    },
  );

  it("runs the README's example of reusing the model", () => {
    writeFileSync(join(project, 'readme-story.mjs'), readmeExample('Reusing the model and the API client'));
    const story = join(dir, 'readme-story.txt');
    writeFileSync(story, 'Harbour ferry returns after winter repairs\n\nThe Skylark is back on the water after four months.\n');
    const out = runJson<{ headline: string; slug: string; words: number; type: string }>(runtime, ['readme-story.mjs', story]);
    expect(out).toMatchObject({
      headline: 'Harbour ferry returns after winter repairs',
      slug: 'harbour-ferry-returns-after-winter-repairs',
      type: 'NewsArticle',
    });
    expect(out.words).toBeGreaterThan(5);
  });

  it('loads with require() from CommonJS, both packages and the core', () => {
    const story = join(dir, 'story.txt');
    writeFileSync(
      story,
      'Harbour ferry returns after winter repairs\n\nThe Skylark is back on the water.\n\nCrossings start earlier on weekdays.\n',
    );
    const out = runJson<{ headline: string; paragraphs: number; valid: boolean; slug: string; client: string }>(runtime, [
      'model-require.cjs',
      story,
    ]);
    expect(out).toEqual({
      headline: 'Harbour ferry returns after winter repairs',
      paragraphs: 2,
      valid: true,
      slug: 'harbour-ferry-returns-after-winter-repairs',
      client: 'function',
    });
  });
});

describe('the installed packages in other tools', () => {
  it("type-check a TypeScript consumer and the client README's examples under strict, with wrong calls refused", {
    timeout: 180_000,
  }, () => {
    writeFileSync(join(project, 'readme-client.ts'), readmeTypeScript('packages/client'));
    const ran = run(process.execPath, [tscEntry, '-p', 'tsconfig.json'], { cwd: project });
    expect(ran.code, ran.stdout + ran.stderr).toBe(0);
  });

  it(`bundle @dateline/model/core for the browser within ${CORE_GZIP_BUDGET / 1024} KB gzipped, and one helper alone within ${ONE_HELPER_GZIP_BUDGET} bytes`, async () => {
    const gzipped = async (entry: string) => {
      const result = await build({
        absWorkingDir: project,
        entryPoints: [entry],
        bundle: true,
        minify: true,
        format: 'esm',
        platform: 'browser',
        write: false,
        logLevel: 'silent',
      });
      return gzipSync(result.outputFiles[0]!.contents).length;
    };
    const core = await gzipped('browser-core.js');
    const oneHelper = await gzipped('browser-slugify.js');
    console.log(
      `@dateline/model/core in a browser bundle: ${(core / 1024).toFixed(1)} KB gzipped (budget ${CORE_GZIP_BUDGET / 1024} KB); slugify alone: ${oneHelper} bytes (budget ${ONE_HELPER_GZIP_BUDGET})`,
    );
    expect(core).toBeLessThanOrEqual(CORE_GZIP_BUDGET);
    expect(oneHelper).toBeLessThanOrEqual(ONE_HELPER_GZIP_BUDGET);
  });
});

/** What consumer/client.mjs prints. */
interface ClientRun {
  list: string[];
  page2: string[];
  fetched: { slug: string; headline: string; blocks: number };
  missing: { status: number; problem?: number };
  search: { total: number; hits: { headline: string; snippet: string }[] };
  anonymous: number;
  written: { status: number; slug: string; headline: string };
  markdown: { status: number; headline: string; tags: string[] };
  comment: { status: number; body?: string };
}

describe('@dateline/client installed, against a running API with the samples', () => {
  let api: Running;
  let token: string;

  beforeAll(async () => {
    const databaseUrl = `sqlite:${join(dir, 'api.db')}`;
    api = await startApi(databaseUrl, ['--samples']);
    token = await editorToken(databaseUrl);
  }, 60_000);

  afterAll(() => api?.stop());

  it.each(runtimes)('lists, pages, fetches, searches, writes with a token and comments, in %s', (...runtime) => {
    const label = runtime[0];
    const out = runJson<ClientRun>(runtime, ['client.mjs', label.replace(/\W+/g, '-')], { API_URL: api.url, TOKEN: token });
    expect(out.list).toHaveLength(2);
    expect(out.page2).toHaveLength(2);
    expect(out.page2).not.toContain(out.list[0]);
    expect(out.fetched).toMatchObject({ slug: out.list[0] });
    expect(out.fetched.blocks).toBeGreaterThan(0);
    expect(out.missing).toEqual({ status: 404, problem: 404 });
    const sample = out.search.hits.find((h) => h.headline === 'Harbour ferry returns after winter repairs');
    expect(sample?.snippet).toContain('<mark>ferry</mark>');
    expect(out.anonymous).toBe(401);
    expect(out.written).toMatchObject({ status: 201, headline: `Night market opens on the quay (${label.replace(/\W+/g, '-')} run)` });
    expect(out.markdown).toEqual({
      status: 201,
      headline: `Ferry timetable changes for summer (${label.replace(/\W+/g, '-')} run)`,
      tags: ['transport'],
    });
    expect([201, 202]).toContain(out.comment.status);
  });
});
