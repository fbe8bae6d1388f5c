/**
 * @module
 * Global setup of the `postgres` test project: one database for the whole run, dropped at its
 * end. Without a server the run goes on, and each PostgreSQL test fails with the reason, so the
 * SQLite tests still report.
 */
import type { TestProject } from 'vitest/node';
import { createTestDatabase } from './postgres.ts';

/**
 * Creates the run's database and hands its URL (or the error) to the test files.
 *
 * @example
 * // vitest.config.ts
 * { test: { globalSetup: ['src/testing/postgres-global-setup.ts'] } }
 */
export default async function setup(project: TestProject): Promise<(() => Promise<void>) | undefined> {
  try {
    const database = await createTestDatabase();
    project.provide('postgresTestRun', { url: database.url });
    return () => database.drop();
  } catch (err) {
    project.provide('postgresTestRun', { error: (err as Error).message });
    return undefined;
  }
}
