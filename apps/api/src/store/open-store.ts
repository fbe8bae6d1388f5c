/**
 * @module
 * Opens the store a `DatabaseConfig` names.
 */
import { describeDatabase, type DatabaseConfig } from './database-url.ts';
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
  // Only the database in use is loaded: the other's driver and queries would only slow start-up.
  if (config.kind === 'sqlite') {
    const { openSqliteStore } = await import('./sqlite/store.ts');
    return openSqliteStore(config.path, { busyTimeoutMs: config.queryTimeoutMs });
  }
  const { openPostgresStore } = await import('./postgres/store.ts');
  return openPostgresStore(config.url, {
    poolSize: config.poolSize,
    queryTimeoutMs: config.queryTimeoutMs,
    label: describeDatabase(config),
  });
}
