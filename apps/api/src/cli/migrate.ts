/**
 * @module
 * `dateline migrate`: brings the database schema up to date and reports its version.
 */
import { EXIT_OK, parseCommandArgs } from './args.ts';
import type { CliIo } from './io.ts';
import { openStoreFromEnv } from './store-from-env.ts';
import { SUMMARIES } from './summaries.ts';

const summary = SUMMARIES.migrate;

export const usage = `Usage: dateline migrate

${summary}. Applying them again changes nothing. Stored article summaries
are written again from their articles when the summary schema has changed.
The database is DATABASE_URL (default: data/dateline.db under the repository).`;

/**
 * Runs `migrate`.
 *
 * @example
 * await runMigrate([], processIo()); // prints "SQLite …/dateline.db: schema version 1 (applied 001 initial)"
 */
export async function runMigrate(args: string[], io: CliIo): Promise<number> {
  const { values } = parseCommandArgs(args, {});
  if (values.help) {
    io.out(usage);
    return EXIT_OK;
  }
  const { store, migration, label } = await openStoreFromEnv(io);
  await store.close();
  const applied = migration.applied.map((m) => `${String(m.version).padStart(3, '0')} ${m.name}`).join(', ');
  const rewritten = migration.summariesRewritten;
  const summaries = rewritten > 0 ? `; ${rewritten} stored ${rewritten === 1 ? 'summary' : 'summaries'} written in the current form` : '';
  io.out(`${label}: schema version ${migration.to} (${applied ? `applied ${applied}` : 'already up to date'})${summaries}`);
  return EXIT_OK;
}
