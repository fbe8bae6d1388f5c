/**
 * @module
 * The configuration and migrated store every command starts from.
 */
import { type Config, loadConfig } from '../env.ts';
import { describeDatabase } from '../store/database-url.ts';
import { openStore } from '../store/open-store.ts';
import type { MigrationReport, Store } from '../store/store.ts';
import type { CliIo } from './io.ts';

/** An open, migrated store and what it took to open it. */
export interface OpenedStore {
  config: Config;
  store: Store;
  migration: MigrationReport;
  /** The database, for people (no password). */
  label: string;
}

/**
 * Reads the configuration from `io.env`, opens the store and migrates it. Throws `ConfigError`,
 * `StoreUnavailableError` or the database's error, each with a message fit for the terminal.
 *
 * @example
 * const { store, config } = await openStoreFromEnv(io);
 */
export async function openStoreFromEnv(io: CliIo): Promise<OpenedStore> {
  const config = loadConfig(io.env, io.cwd);
  const store = await openStore(config.database);
  try {
    const migration = await store.migrate();
    return { config, store, migration, label: describeDatabase(config.database) };
  } catch (err) {
    await store.close();
    throw err;
  }
}
