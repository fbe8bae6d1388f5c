/**
 * @module
 * Migrating a SQLite file while another process writes to it.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { DatabaseSync } from 'node:sqlite';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { openDatabase } from './connection.ts';
import { migrateDatabase } from './migrate.ts';

describe('migrateDatabase on a file another connection is writing to', () => {
  const dirs: string[] = [];
  afterEach(() => {
    for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
  });

  it('opens an up-to-date database without waiting for the write lock', () => {
    const dir = mkdtempSync(join(tmpdir(), 'dateline-migrate-'));
    dirs.push(dir);
    const path = join(dir, 'dateline.db');
    const first = openDatabase(path);
    const { to } = migrateDatabase(first);
    first.close();

    const writer = new DatabaseSync(path);
    writer.exec('BEGIN IMMEDIATE');
    // A short busy timeout: if migrating wanted the lock, it would fail with "database is locked".
    const reader = new DatabaseSync(path, { timeout: 50 });
    try {
      expect(migrateDatabase(reader)).toEqual({ from: to, to, applied: [] });
    } finally {
      reader.close();
      writer.exec('ROLLBACK');
      writer.close();
    }
  });
});
