/**
 * @module
 * `dateline backup <file>`: a consistent copy of the whole database, taken while the API keeps
 * serving: SQLite's backup API for SQLite (the copy is a SQLite database), `pg_dump` for
 * PostgreSQL (a custom-format archive). `dateline restore` brings either back.
 */
import { resolve } from 'node:path';
import { loadConfig } from '../env.ts';
import { displayPath } from '../services/import-files.ts';
import { BackupError } from '../store/backup/backup-error.ts';
import { backupPostgres } from '../store/backup/postgres-backup.ts';
import { backupSqlite } from '../store/backup/sqlite-backup.ts';
import { describeDatabase } from '../store/database-url.ts';
import { EXIT_OK, parseCommandArgs, UsageError } from './args.ts';
import type { CliIo } from './io.ts';
import { SUMMARIES } from './summaries.ts';

const summary = SUMMARIES.backup;

export const usage = `Usage: dateline backup <file>

${summary}. Everything in DATABASE_URL's database (articles and
their history, comments, people, sessions, tokens, entities and editors'
corrections, the enrichment queue) is copied as one snapshot.

  SQLite      the copy is a SQLite database, made with SQLite's backup API.
  PostgreSQL  the copy is a pg_dump archive (custom format); pg_dump comes with
              the PostgreSQL client (Debian: postgresql-client).

The file is replaced only once the copy is complete. It holds password hashes
and e-mail addresses: keep it as private as the database.
Bring it back with dateline restore <file> into an empty database.

Options:
  -h, --help  Show this help.`;

/**
 * Runs `backup`.
 *
 * @example
 * await runBackup(['/backups/nightly.db'], processIo()); // "Backed up SQLite …/dateline.db to /backups/nightly.db (2.4 MB in 0.3 s)"
 */
export async function runBackup(args: string[], io: CliIo): Promise<number> {
  const { values, positionals } = parseCommandArgs(args, {}, true);
  if (values.help) {
    io.out(usage);
    return EXIT_OK;
  }
  if (positionals.length !== 1 || positionals[0] === '') throw new UsageError('name one file to write the backup to.');
  const target = resolve(io.cwd, positionals[0]!);
  const config = loadConfig(io.env, io.cwd);
  const label = describeDatabase(config.database);
  const started = performance.now();
  let bytes: number;
  if (config.database.kind === 'sqlite') {
    if (resolve(config.database.path) === target) throw new BackupError('the backup would replace the database itself: name another file.');
    bytes = await backupSqlite(config.database.path, target);
  } else {
    bytes = await backupPostgres(config.database.url, target, io.env);
  }
  const seconds = (performance.now() - started) / 1000;
  io.out(`Backed up ${label} to ${displayPath(target, io.cwd)} (${formatBytes(bytes)} in ${seconds.toFixed(1)} s)`);
  return EXIT_OK;
}

/**
 * A size for people: `812 B`, `14.2 KB`, `2.4 MB`.
 *
 * @example
 * formatBytes(2_500_000); // '2.4 MB'
 */
function formatBytes(bytes: number): string {
  if (bytes < 1024) return `${bytes} B`;
  if (bytes < 1024 * 1024) return `${(bytes / 1024).toFixed(1)} KB`;
  return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}
