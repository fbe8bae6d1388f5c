/**
 * @module
 * An error of `dateline backup` or `dateline restore` that is the situation's fault, not the
 * program's: its message is the one line the command prints.
 */

/**
 * A backup or restore that cannot go ahead, with the line saying why and what to do.
 *
 * @example
 * throw new BackupError('pg_dump is not installed: apt-get install postgresql-client.');
 */
export class BackupError extends Error {
  override name = 'BackupError';
}
