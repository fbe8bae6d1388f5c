/**
 * @module
 * The shape of one SQLite schema migration, apart from the ordered list in `migration.ts`: each
 * migration file needs the type, and the list needs every migration file, so keeping the two in
 * one file would make each migration and the list import each other.
 */
import type { DatabaseSync } from 'node:sqlite';

/** One forward step of the schema. */
export interface Migration {
  /** 1, 2, 3… with no gaps; the file is named after it (`001-initial.ts`). */
  version: number;
  name: string;
  /** Statements run in one transaction with the version's record. */
  sql: string;
  /** Data changes SQL cannot express (hashes computed in JavaScript), run after `sql` in the same transaction. */
  backfill?: (db: DatabaseSync) => void;
}
