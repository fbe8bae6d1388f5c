/**
 * @module
 * Opens the store a `DatabaseConfig` names.
 */
import type { DatabaseConfig } from './database-url.ts';
import { openSqliteStore } from './sqlite/sqlite-store.ts';
import { type Store, StoreUnavailableError } from './store.ts';

/**
 * The store for `config`, not yet migrated. PostgreSQL is recognised but not available yet.
 *
 * @example
 * const store = await openStore({ kind: 'sqlite', path: ':memory:' });
 * await store.migrate();
 */
export async function openStore(config: DatabaseConfig): Promise<Store> {
  if (config.kind === 'sqlite') return openSqliteStore(config.path);
  throw new StoreUnavailableError(
    'PostgreSQL storage is not available yet. Unset DATABASE_URL to use the SQLite file data/dateline.db, or set it to sqlite:<path>.',
  );
}
