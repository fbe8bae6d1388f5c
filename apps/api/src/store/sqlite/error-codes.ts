/**
 * @module
 * What SQLite's error codes say, read from the error alone: kept apart from the connection code so
 * that code telling any database's errors apart (store/unavailable.ts) can ask without loading
 * `node:sqlite` into a PostgreSQL deployment.
 */

/**
 * Whether `err` is SQLite saying the disk (or the database's `max_page_count`) is full (`SQLITE_FULL`).
 *
 * @example
 * try { stmt.run(); } catch (err) { if (isFull(err)) … }
 */
export function isFull(err: unknown): boolean {
  const code = (err as { errcode?: unknown } | null)?.errcode;
  return typeof code === 'number' && (code & 0xff) === 13;
}

/**
 * Whether `err` is SQLite saying another connection holds the lock it needed (`SQLITE_BUSY`,
 * `SQLITE_LOCKED` and their extended codes), once the busy timeout ran out.
 *
 * @example
 * try { db.exec('BEGIN IMMEDIATE'); } catch (err) { if (isBusy(err)) … }
 */
export function isBusy(err: unknown): boolean {
  const code = (err as { errcode?: unknown } | null)?.errcode;
  return typeof code === 'number' && ((code & 0xff) === 5 || (code & 0xff) === 6);
}

/**
 * Whether `err` is SQLite refusing a row whose foreign key names no row
 * (`SQLITE_CONSTRAINT_FOREIGNKEY`): a comment on a story or a reply to a comment deleted meanwhile.
 *
 * @example
 * try { insert.run(); } catch (err) { if (isForeignKeyViolation(err)) … }
 */
export function isForeignKeyViolation(err: unknown): boolean {
  return (err as { errcode?: unknown } | null)?.errcode === 787;
}
