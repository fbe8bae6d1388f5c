/**
 * @module
 * The SQLite side of the shared query layer (`sql/db.ts`): each text is prepared once per
 * connection and kept (`statements.ts`), and the synchronous calls are handed back as settled
 * promises.
 */
import type { DatabaseSync } from 'node:sqlite';
import type { Db } from '../sql/db.ts';
import { statement } from './statements.ts';

/**
 * The query layer over `db`.
 *
 * @example
 * const rows = await sqliteDb(db).all<{ id: string }>('SELECT id FROM articles WHERE slug = ?', [slug]);
 */
export function sqliteDb(db: DatabaseSync): Db {
  return {
    all: async <Row>(text: string, values: readonly (string | number | null)[] = []) => statement(db, text).all(...values) as Row[],
    get: async <Row>(text: string, values: readonly (string | number | null)[] = []) =>
      statement(db, text).get(...values) as Row | undefined,
    run: async (text, values = []) => Number(statement(db, text).run(...values).changes),
    jsonIds: 'SELECT value FROM json_each(?)',
    // JSON columns are TEXT on SQLite.
    jsonText: '?',
  };
}
