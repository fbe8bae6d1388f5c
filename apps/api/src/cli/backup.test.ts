/**
 * @module
 * Tests of `dateline backup` and `dateline restore` in-process on SQLite: a copy that opens as a
 * database with everything in it, the one-line refusals (a database that is not empty, a file
 * that is not a backup, a backup of the other engine, no file named) and the line saying pg_dump
 * is missing. The backup taken while another process writes is in tests/backup.
 */
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { runInProcess } from '../testing/cli-process.ts';
import { writeNewsroom } from '../testing/import-fixtures.ts';

let dir: string;
const source = { DATABASE_URL: 'sqlite:data/newsroom.db' };
const target = { DATABASE_URL: 'sqlite:restored/newsroom.db' };
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'dateline-cli-backup-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

describe('dateline backup and restore', () => {
  it('copies a SQLite database into one file that restores into an empty database with everything in it', async () => {
    writeNewsroom(dir);
    await runInProcess(['import', 'newsroom'], source, dir); // one of its files is meant to fail
    const token = await runInProcess(['token', 'create', '--name', 'desk', '--role', 'editor'], source, dir);
    expect(token.code, token.stderr).toBe(0);
    const backup = await runInProcess(['backup', 'nightly.db'], source, dir);
    expect([backup.code, backup.stderr]).toEqual([0, '']);
    expect(backup.stdout.replaceAll(dir, '<tmp>')).toMatch(
      /^Backed up SQLite <tmp>\/data\/newsroom\.db to nightly\.db \([\d.]+ KB in [\d.]+ s\)$/,
    );
    // One file: the copy is not left in WAL mode, so nothing has to travel beside it.
    expect(existsSync(join(dir, 'nightly.db-wal'))).toBe(false);

    const restore = await runInProcess(['restore', 'nightly.db'], target, dir);
    expect([restore.code, restore.stderr]).toEqual([0, '']);
    expect(restore.stdout.replaceAll(dir, '<tmp>')).toMatch(
      /^Restored nightly\.db into SQLite <tmp>\/restored\/newsroom\.db: 6 articles, 1 API token \(schema version \d+, [\d.]+ s\)$/,
    );
    const exported = await runInProcess(['export'], target, dir);
    expect(exported.stdout.split('\n').filter((line) => line.startsWith('{"type":"article"'))).toHaveLength(6);
  });

  it('refuses, in one line, a database that is not empty, a file that is not a backup, the other engine and no file', async () => {
    writeNewsroom(dir);
    await runInProcess(['import', 'newsroom'], source, dir);
    await runInProcess(['backup', 'nightly.db'], source, dir);
    writeFileSync(join(dir, 'notes.jsonl'), '{"type":"dateline-export","version":1}\n');
    const runs = await Promise.all([
      runInProcess(['restore', 'nightly.db'], source, dir),
      runInProcess(['restore', 'notes.jsonl'], target, dir),
      runInProcess(['restore', 'nightly.db'], { DATABASE_URL: 'postgres://nobody@127.0.0.1:1/none' }, dir),
      runInProcess(['restore', 'missing.db'], target, dir),
    ]);
    expect(runs.map((run) => `${run.code} ${run.stderr.replaceAll(dir, '<tmp>')}`)).toEqual([
      '1 dateline restore: SQLite <tmp>/data/newsroom.db is not empty (6 articles): restore into a new, empty database.',
      '1 dateline restore: notes.jsonl is not a Dateline backup (a SQLite database or a pg_dump archive); for an export (.jsonl), use dateline import.',
      '1 dateline restore: nightly.db is a SQLite backup and restores only into a SQLite database (DATABASE_URL=sqlite:<path>); to move between the two, use dateline export and import.',
      '1 dateline restore: there is no file missing.db.',
    ]);
    const none = await runInProcess(['backup'], source, dir);
    expect([none.code, none.stderr.split('\n')[0]]).toEqual([2, 'dateline backup: name one file to write the backup to.']);
    const itself = await runInProcess(['backup', 'data/newsroom.db'], source, dir);
    expect(itself.stderr).toBe('dateline backup: the backup would replace the database itself: name another file.');
  });

  it('says in one line that pg_dump is missing, and leaves no file behind', async () => {
    const run = await runInProcess(
      ['backup', 'nightly.pgdump'],
      { DATABASE_URL: 'postgres://nobody@127.0.0.1:1/none', PATH: '/nonexistent' },
      dir,
    );
    expect(run.code).toBe(1);
    expect(run.stderr).toBe(
      "dateline backup: pg_dump is not installed or not on PATH; it comes with the PostgreSQL client (Debian: apt-get install postgresql-client, of the server's major version or newer). Without it, dateline export makes a logical copy.",
    );
    expect(existsSync(join(dir, 'nightly.pgdump'))).toBe(false);
  });
});
