/**
 * @module
 * `dateline restore <file>`: brings a `dateline backup` back into an empty database (DATABASE_URL),
 * then applies any migration newer than the backup. A database that holds articles, comments,
 * people or tokens is refused, so a restore never mixes two newsrooms' data or overwrites one.
 */
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { loadConfig } from '../env.ts';
import { displayPath } from '../services/import-files.ts';
import { BackupError } from '../store/backup/backup-error.ts';
import { backupKind } from '../store/backup/backup-kind.ts';
import { postgresContent, restorePostgres } from '../store/backup/postgres-backup.ts';
import { restoreSqlite, sqliteContent } from '../store/backup/sqlite-backup.ts';
import { describeDatabase } from '../store/database-url.ts';
import { openStore } from '../store/open-store.ts';
import { EXIT_OK, parseCommandArgs, UsageError } from './args.ts';
import type { CliIo } from './io.ts';
import { SUMMARIES } from './summaries.ts';

const summary = SUMMARIES.restore;

export const usage = `Usage: dateline restore <file>

${summary}: a file dateline backup wrote, into DATABASE_URL's database, which
must be empty (new, or migrated with no article, comment, person or token).
Then applies any migration newer than the backup.

  A SQLite backup restores into a SQLite database (DATABASE_URL=sqlite:<path>);
  a pg_dump archive into a PostgreSQL one, in one transaction, with pg_restore
  (Debian: postgresql-client). Between the two, use dateline export and import.

Options:
  -h, --help  Show this help.`;

/**
 * Runs `restore`.
 *
 * @example
 * await runRestore(['/backups/nightly.db'], processIo()); // "Restored /backups/nightly.db into SQLite …: 120 articles, …"
 */
export async function runRestore(args: string[], io: CliIo): Promise<number> {
  const { values, positionals } = parseCommandArgs(args, {}, true);
  if (values.help) {
    io.out(usage);
    return EXIT_OK;
  }
  if (positionals.length !== 1 || positionals[0] === '') throw new UsageError('name the backup file to restore.');
  const file = resolve(io.cwd, positionals[0]!);
  const shown = displayPath(file, io.cwd);
  const config = loadConfig(io.env, io.cwd);
  const { database } = config;
  const label = describeDatabase(database);
  if (!existsSync(file)) throw new BackupError(`there is no file ${shown}.`);
  const kind = await backupKind(file);
  if (kind === null)
    throw new BackupError(
      `${shown} is not a Dateline backup (a SQLite database or a pg_dump archive); for an export (.jsonl), use dateline import.`,
    );
  if (kind !== database.kind) {
    const wanted =
      kind === 'sqlite' ? 'a SQLite database (DATABASE_URL=sqlite:<path>)' : 'a PostgreSQL database (DATABASE_URL=postgres://…)';
    throw new BackupError(
      `${shown} is a ${kind === 'sqlite' ? 'SQLite' : 'PostgreSQL'} backup and restores only into ${wanted}; to move between the two, use dateline export and import.`,
    );
  }
  if (database.kind === 'sqlite' && database.path === ':memory:')
    throw new BackupError('a restore into an in-memory database would vanish at once: set DATABASE_URL to a file.');

  const content = database.kind === 'sqlite' ? sqliteContent(database.path) : await postgresContent(database.url);
  if (content !== null) throw new BackupError(`${label} is not empty (${content}): restore into a new, empty database.`);

  const started = performance.now();
  if (database.kind === 'sqlite') await restoreSqlite(file, database.path);
  else await restorePostgres(file, database.url, io.env);
  // A backup from an older version gets the migrations it missed.
  const store = await openStore(database);
  let version: number;
  try {
    version = (await store.migrate()).to;
  } finally {
    await store.close();
  }
  const restored = (database.kind === 'sqlite' ? sqliteContent(database.path) : await postgresContent(database.url)) ?? 'nothing';
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  io.out(`Restored ${shown} into ${label}: ${restored} (schema version ${version}, ${seconds} s)`);
  return EXIT_OK;
}
