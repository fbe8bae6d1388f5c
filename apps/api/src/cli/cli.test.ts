/**
 * @module
 * Tests of the command line: usage errors, help and exit codes (in-process), and the real program
 * importing into a database file that the app then serves. `import` and `export` have their own.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createApp } from '../app.ts';
import { runChild, runInProcess, seedArticlePath } from '../testing/cli-process.ts';
import { MIGRATIONS } from '../store/sqlite/migration.ts';
import { testStore } from '../testing/fixtures.ts';
import { createTestDatabase } from '../testing/postgres.ts';

let dir: string;
let env: Record<string, string>;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'dateline-cli-'));
  env = { DATABASE_URL: 'sqlite:data/test.db' };
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

describe('usage', () => {
  it('prints the program help on --help, exit 0', async () => {
    const run = await runInProcess(['--help'], env, dir);
    expect(run).toMatchObject({ code: 0, stderr: '' });
    expect(run.stdout).toMatch(/^Usage: dateline <command>[\s\S]*serve[\s\S]*import[\s\S]*migrate/);
  });

  it.each(['serve', 'import', 'migrate'])('prints help for %s on --help, exit 0', async (command) => {
    const run = await runInProcess([command, '--help'], env, dir);
    expect(run).toMatchObject({ code: 0, stderr: '' });
    expect(run.stdout).toMatch(new RegExp(`^Usage: dateline ${command}`));
  });

  it('rejects a missing or unknown command with the usage on stderr, exit 2', async () => {
    const none = await runInProcess([], env, dir);
    expect([none.code, none.stdout, none.stderr.split('\n')[0]]).toEqual([2, '', 'dateline: no command given.']);
    const unknown = await runInProcess(['publish'], env, dir);
    expect([unknown.code, unknown.stderr.split('\n').slice(0, 2)]).toEqual([
      2,
      ['dateline: unknown command "publish".', 'Usage: dateline <command> [options]'],
    ]);
  });

  it('rejects an unknown option or missing argument with the command usage, exit 2', async () => {
    const option = await runInProcess(['serve', '--sample'], env, dir);
    expect([option.code, option.stderr.split('\n').slice(0, 2)]).toEqual([
      2,
      ["dateline serve: Unknown option '--sample'.", 'Usage: dateline serve [--samples]'],
    ]);
    const missing = await runInProcess(['import'], env, dir);
    expect([missing.code, missing.stderr.split('\n')[0]]).toEqual([2, 'dateline import: import needs at least one file or folder.']);
  });

  it('names an invalid variable and stops, exit 1', async () => {
    const run = await runInProcess(['migrate'], { DATABASE_URL: 'mysql://db/news', LOG_LEVEL: 'chatty' }, dir);
    expect(run.code).toBe(1);
    expect(run.stderr).toMatchInlineSnapshot(`
      "dateline migrate: Invalid configuration:
        LOG_LEVEL="chatty" must be one of debug, info, warn, error, silent
        DATABASE_URL expected sqlite:<path>, sqlite::memory: or postgres://…"
    `);
  });

  it('says when PostgreSQL does not answer, exit 1', async () => {
    const run = await runInProcess(['migrate'], { DATABASE_URL: 'postgres://news:secret@127.0.0.1:1/news' }, dir);
    expect([run.code, run.stderr]).toEqual([
      1,
      'dateline migrate: Cannot connect to PostgreSQL at postgres://news:***@127.0.0.1:1/news: connect ECONNREFUSED 127.0.0.1:1',
    ]);
  });
});

describe('migrate', () => {
  // Creating, migrating and dropping a database take seconds on a server busy with other test files.
  it('migrates the PostgreSQL database DATABASE_URL names, once', { timeout: 30_000 }, async () => {
    const db = await createTestDatabase();
    try {
      const url = await db.schemaUrl();
      const first = await runInProcess(['migrate'], { DATABASE_URL: url, DATABASE_POOL_SIZE: '2' }, dir);
      expect(first).toMatchObject({ code: 0, stderr: '' });
      expect(first.stdout).toMatch(/^postgres:\/\/.+: schema version \d+ \(applied 001 initial/);
      expect((await runInProcess(['migrate'], { DATABASE_URL: url }, dir)).stdout).toMatch(/: schema version \d+ \(already up to date\)$/);
    } finally {
      await db.drop();
    }
  });

  it('creates the database under the working directory and reports the version', async () => {
    const latest = MIGRATIONS.at(-1)!.version;
    const applied = MIGRATIONS.map((m) => `${String(m.version).padStart(3, '0')} ${m.name}`).join(', ');
    expect((await runInProcess(['migrate'], env, dir)).stdout).toBe(
      `SQLite ${dir}/data/test.db: schema version ${latest} (applied ${applied})`,
    );
    expect((await runInProcess(['migrate'], env, dir)).stdout).toBe(
      `SQLite ${dir}/data/test.db: schema version ${latest} (already up to date)`,
    );
  });
});

describe('the real program', () => {
  const seed = seedArticlePath();

  it.skipIf(!seed)('imports the seed article into a database file that the app then serves', { timeout: 30_000 }, async () => {
    const dbPath = join(dir, 'seed.db');
    const run = await runChild(['import', '--verbose', '--status', 'published', seed as string], { DATABASE_URL: `sqlite:${dbPath}` });
    expect([run.code, run.stderr]).toEqual([0, '']);
    expect(run.stdout).toMatch(/: created xi-and-putin-sign-joint-pact-to-deepen-strategic-ties-amid-rising-global\n/);
    const store = await testStore(dbPath);
    const res = await createApp({ store }).request('/v1/articles/xi-and-putin-sign-joint-pact-to-deepen-strategic-ties-amid-rising-global');
    const article = (await res.json()) as { headline: string; body: unknown[]; status: string };
    await store.close();
    expect(res.status).toBe(200);
    expect(article).toMatchObject({
      headline: 'Xi and Putin Sign Joint Pact to Deepen Strategic Ties Amid Rising Global Tensions',
      status: 'published',
    });
    expect(article.body.length).toBeGreaterThan(10);
  });

  if (!seed) it.skip('needs the shared test data (set SHARED_DIR or put it at ../shared beside the checkout)', () => {});
});
