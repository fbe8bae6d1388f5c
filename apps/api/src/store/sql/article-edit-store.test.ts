/**
 * @module
 * SQLite's query plan of `nextPublicationAfter`, which every uncached listing and search asks: it must
 * seek to the scheduled articles rather than read every published one.
 */
import { DatabaseSync } from 'node:sqlite';
import { describe, expect, it } from 'vitest';
import { migrateDatabase } from '../sqlite/migrate.ts';
import { NEXT_PUBLICATION_SQL } from './article-edit-store.ts';

describe('nextPublicationAfter', () => {
  it('seeks the public index by time instead of scanning the published articles', () => {
    const db = new DatabaseSync(':memory:');
    migrateDatabase(db);
    const plan = (
      db.prepare(`EXPLAIN QUERY PLAN ${NEXT_PUBLICATION_SQL}`).all('2026-01-01T00:00:00.000Z', '2026-01-01T00:00:00.000Z') as {
        detail: string;
      }[]
    ).map((row) => row.detail);
    db.close();
    expect(plan).toEqual([expect.stringMatching(/^SEARCH articles USING (COVERING )?INDEX articles_public \(status=\? AND sort_at>\?\)$/)]);
  });
});
