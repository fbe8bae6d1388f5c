/**
 * @module
 * SQLite-only checks of the store: the database file, its folder and its journal mode. The
 * behaviour shared with PostgreSQL is in ../store.contract.ts.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DatabaseSync } from 'node:sqlite';
import { afterEach, describe, expect, it } from 'vitest';
import { prepareArticle } from '@dateline/model';
import { NOW, story, testStore } from '../../testing/fixtures.ts';
import type { Store } from '../store.ts';
import { MIGRATIONS } from './migration.ts';
import { saveArticleRows } from './article-write.ts';
import { openDatabase } from './connection.ts';
import { migrateDatabase } from './migrate.ts';
import { transaction } from './transaction.ts';

const stores: Store[] = [];
const dirs: string[] = [];
afterEach(async () => {
  for (const store of stores.splice(0)) await store.close();
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

describe('the database file', () => {
  it('is created with its directory, in WAL mode', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'dateline-store-'));
    dirs.push(dir);
    const path = join(dir, 'nested', 'dateline.db');
    stores.push(await testStore(path));
    const db = new DatabaseSync(path, { readOnly: true });
    const tables = db
      .prepare("SELECT name FROM sqlite_schema WHERE type = 'table' ORDER BY name")
      .all()
      .map((r) => r.name);
    const mode = db.prepare('PRAGMA journal_mode').get();
    const version = db.prepare('SELECT MAX(version) AS v FROM schema_migrations').get();
    db.close();
    expect(tables).toEqual(
      expect.arrayContaining([
        'articles',
        'authors',
        'article_authors',
        'sections',
        'tags',
        'article_tags',
        'sources',
        'comments',
        'api_tokens',
      ]),
    );
    expect(mode).toEqual({ journal_mode: 'wal' });
    expect(version).toEqual({ v: MIGRATIONS.at(-1)?.version });
  });
});

describe('the full-text index', () => {
  it('stays consistent through creates, updates and deletes, also within one transaction', async () => {
    const db = openDatabase(':memory:');
    migrateDatabase(db);
    const save = (n: number, text: string, id = `a${n}`) =>
      saveArticleRows(
        db,
        prepareArticle(story(n, { body: [{ type: 'paragraph', content: [{ type: 'text', text }] }] }), { id, now: NOW }),
        text,
      );
    transaction(db, () => {
      save(1, 'First words about herons.');
      save(1, 'Second words about egrets.', 'other');
      save(2, 'Words about cormorants.');
    });
    save(2, 'Now about gannets.');
    db.exec("DELETE FROM articles WHERE id = 'a2'");
    const matches = (q: string) =>
      (db.prepare('SELECT count(*) AS n FROM articles_fts WHERE articles_fts MATCH ?').get(q) as { n: number }).n;
    expect([matches('herons'), matches('egrets'), matches('cormorants'), matches('gannets')]).toEqual([0, 1, 0, 0]);
    expect(() => db.exec("INSERT INTO articles_fts (articles_fts) VALUES ('integrity-check')")).not.toThrow();
    db.close();
  });
});
