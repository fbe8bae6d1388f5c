/**
 * @module
 * Opens the store a `DatabaseConfig` names.
 */
import { describeDatabase, type DatabaseConfig } from './database-url.ts';
import { openPostgresStore } from './postgres/postgres-store.ts';
import { openSqliteStore } from './sqlite/sqlite-store.ts';
import type { Store } from './store.ts';

/**
 * The store for `config`, not yet migrated. Throws `StoreUnavailableError` when PostgreSQL does
 * not answer.
 *
 * @example
 * const store = await openStore({ kind: 'sqlite', path: ':memory:' });
 * await store.migrate();
 */
export async function openStore(config: DatabaseConfig): Promise<Store> {
  if (config.kind === 'sqlite') return openSqliteStore(config.path, { busyTimeoutMs: config.queryTimeoutMs });
  return openPostgresStore(config.url, { poolSize: config.poolSize, queryTimeoutMs: config.queryTimeoutMs, label: describeDatabase(config) });
}
