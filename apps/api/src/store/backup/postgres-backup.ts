/**
 * @module
 * Online backup and restore of a PostgreSQL database with PostgreSQL's own tools: `pg_dump`
 * (one consistent snapshot, taken while the APIs go on reading and writing; custom format,
 * compressed) and `pg_restore` (in one transaction, so a failed restore leaves the database as it
 * was). Both are found on the command's PATH and come with the PostgreSQL client (Debian: `postgresql-client`); the password is passed
 * in the environment, not on the command line other users can see.
 */
import { spawn } from 'node:child_process';
import { rename, rm, stat } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import postgres from 'postgres';
import { BackupError } from './backup-error.ts';
import { CONTENT_TABLES, describeContent } from './content-tables.ts';

/** What `pg_dump` and `pg_restore` need: the address without its password, and the password apart. */
function connection(url: string, base: Record<string, string | undefined>): { dbname: string; env: NodeJS.ProcessEnv } {
  const parsed = new URL(url);
  const password = decodeURIComponent(parsed.password);
  parsed.password = '';
  const env: NodeJS.ProcessEnv = { ...base };
  if (password) env.PGPASSWORD = password;
  return { dbname: parsed.toString(), env };
}

/** Runs one of PostgreSQL's client programs; rejects with one line on failure or when it is missing. */
function runTool(program: 'pg_dump' | 'pg_restore', args: string[], env: NodeJS.ProcessEnv): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(program, args, { env, stdio: ['ignore', 'ignore', 'pipe'] });
    let stderr = '';
    child.stderr.on('data', (d) => (stderr += d));
    child.on('error', (err: NodeJS.ErrnoException) => {
      reject(
        err.code === 'ENOENT'
          ? new BackupError(
              `${program} is not installed or not on PATH; it comes with the PostgreSQL client (Debian: apt-get install postgresql-client, of the server's major version or newer). Without it, dateline export makes a logical copy.`,
            )
          : err,
      );
    });
    child.on('close', (code) => {
      if (code === 0) return resolve();
      const line =
        stderr
          .trim()
          .split('\n')
          .filter(Boolean)
          .at(-1)
          ?.replace(/^\S+: /, '') ?? `exit code ${code}`;
      reject(new BackupError(`${program} failed: ${line}`));
    });
  });
}

/**
 * Dumps the database at `url` to `target` (replaced only once the dump is complete); resolves with
 * the number of bytes written.
 *
 * @example
 * await backupPostgres('postgres://dateline@127.0.0.1/dateline', '/backups/dateline.pgdump');
 */
export async function backupPostgres(
  url: string,
  target: string,
  environment: Record<string, string | undefined> = process.env,
): Promise<number> {
  const { dbname, env } = connection(url, environment);
  const partial = join(dirname(target), `.${basename(target)}.${process.pid}.partial`);
  try {
    // Owners and grants belong to the server the dump came from; the restoring user owns everything.
    await runTool('pg_dump', ['--format=custom', '--no-owner', '--no-privileges', `--file=${partial}`, `--dbname=${dbname}`], env);
  } catch (err) {
    await rm(partial, { force: true });
    throw err;
  }
  await rename(partial, target);
  return (await stat(target)).size;
}

/**
 * What the database at `url` holds that people made (`3 articles, 1 person`), or null when it is
 * empty (never migrated, or migrated with nothing in it).
 *
 * @example
 * await postgresContent('postgres://dateline@127.0.0.1/dateline_new'); // null
 */
export async function postgresContent(url: string): Promise<string | null> {
  const sql = postgres(url, { max: 1, onnotice: () => {}, connect_timeout: 10 });
  try {
    const present = await sql<{ table_name: string }[]>`
      SELECT table_name FROM information_schema.tables WHERE table_schema = current_schema() AND table_type = 'BASE TABLE'`;
    const tables = new Set(present.map((t) => t.table_name));
    const counts: Record<string, number> = {};
    for (const [table] of CONTENT_TABLES) {
      if (tables.has(table)) counts[table] = (await sql.unsafe<{ n: number }[]>(`SELECT count(*)::int AS n FROM "${table}"`))[0]!.n;
    }
    return describeContent(counts);
  } finally {
    await sql.end({ timeout: 5 });
  }
}

/**
 * Restores the pg_dump archive at `backupFile` into the database at `url`, in one transaction.
 * Tables a migration made in the empty database are dropped first (`--clean`); the caller checks
 * that it holds nothing, and migrates it afterwards.
 *
 * @example
 * await restorePostgres('/backups/dateline.pgdump', 'postgres://dateline@127.0.0.1/dateline_new');
 */
export async function restorePostgres(
  backupFile: string,
  url: string,
  environment: Record<string, string | undefined> = process.env,
): Promise<void> {
  const { dbname, env } = connection(url, environment);
  await runTool(
    'pg_restore',
    [
      '--clean',
      '--if-exists',
      '--no-owner',
      '--no-privileges',
      '--single-transaction',
      '--exit-on-error',
      `--dbname=${dbname}`,
      backupFile,
    ],
    env,
  );
}
