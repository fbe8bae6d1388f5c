/**
 * @module
 * The command line when running it goes wrong in ways that are nobody's bug: a database another
 * process keeps locked, a database file that cannot be opened, PostgreSQL that does not answer. Each
 * is one line saying what happened and what to do, exit 1; never a stack trace.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DatabaseSync } from 'node:sqlite';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { runInProcess } from '../testing/cli-process.ts';

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'dateline-cli-errors-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

/** One line naming the command, and no trace of the program's insides. */
function expectOneLine(stderr: string, command: string, pattern: RegExp): void {
  expect(stderr.split('\n')).toHaveLength(1);
  expect(stderr).toMatch(new RegExp(`^dateline ${command}: `));
  expect(stderr).toMatch(pattern);
  expect(stderr).not.toMatch(/\n\s+at |\.ts:\d+/);
}

describe('operational errors', () => {
  it('says once that the database stays locked by another process, for an import and a token', async () => {
    const env = { DATABASE_URL: 'sqlite:data/test.db', DB_QUERY_TIMEOUT_MS: '200' };
    expect((await runInProcess(['migrate'], env, dir)).code).toBe(0);
    mkdirSync(join(dir, 'wire'));
    writeFileSync(join(dir, 'wire/a.txt'), 'Harbour opens early\n\nThe harbour opened early on Monday, officials said.\n');
    writeFileSync(join(dir, 'wire/b.txt'), 'Tide turns late\n\nThe tide turned late on Tuesday, the harbour master said.\n');
    const writer = new DatabaseSync(join(dir, 'data/test.db'));
    writer.exec('BEGIN IMMEDIATE');
    try {
      const imported = await runInProcess(['import', 'wire'], env, dir);
      expect(imported.code).toBe(1);
      expectOneLine(imported.stderr, 'import', /locked by another process.*DB_QUERY_TIMEOUT_MS: 200 ms.*Try again/);
      const token = await runInProcess(['token', 'create', '--name', 'desk', '--role', 'editor'], env, dir);
      expect([token.code, token.stdout]).toEqual([1, '']);
      expectOneLine(token.stderr, 'token', /locked by another process/);
    } finally {
      writer.exec('ROLLBACK');
      writer.close();
    }
    expect((await runInProcess(['import', 'wire'], env, dir)).stdout).toMatch(/2 created/);
  });

  it('says when the database file cannot be opened, or is no database', async () => {
    writeFileSync(join(dir, 'data'), 'a file where the folder should be');
    const blocked = await runInProcess(['token', 'list'], { DATABASE_URL: 'sqlite:data/test.db' }, dir);
    expect(blocked.code).toBe(1);
    expectOneLine(blocked.stderr, 'token', /data.*Check the path/);

    writeFileSync(
      join(dir, 'notes.db'),
      'Not a database at all, just some words in a file that is long enough to have a header. '.repeat(20),
    );
    const garbage = await runInProcess(['migrate'], { DATABASE_URL: 'sqlite:notes.db' }, dir);
    expect(garbage.code).toBe(1);
    expectOneLine(garbage.stderr, 'migrate', /not a SQLite database/);
  });

  it('says when a file to import is missing', async () => {
    const run = await runInProcess(['import', 'nowhere.txt'], { DATABASE_URL: 'sqlite:data/test.db' }, dir);
    expect(run.code).toBe(1);
    expect(run.stdout).toMatch(/nowhere\.txt: no such file or folder/);
    expect(run.stderr).not.toMatch(/\n\s+at /);
  });
});
