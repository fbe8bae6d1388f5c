/**
 * @module
 * A PostgreSQL database made for one benchmark run (on the server of `PG_TEST_URL`) and dropped
 * at its end, whatever happens; a server that cannot be reached skips that part of the run.
 */
import { randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import postgres from 'postgres';
import { PG_ADMIN_URL } from '../src/testing/postgres.ts';

/** What a run gets: the database's URL, its size on disk, and a way to refresh its statistics. */
export interface BenchDatabase {
  url: string;
  bytes(): Promise<number>;
  /** VACUUM ANALYZE, as after any bulk load: folds the GIN pending list in, refreshes statistics. */
  vacuum(): Promise<void>;
  /** The size on disk of the search indexes (words and pairs of words), in bytes. */
  searchIndexBytes(): Promise<number>;
  /**
   * The CPU time used so far by the server processes serving the database, in milliseconds, or
   * null when the server is not on this machine. On a shared machine a wall time includes
   * waiting for a core; this does not. Processes that have ended are no longer counted: read it
   * before and after the work, with the work's connections still open.
   */
  serverCpuMs(): Promise<number | null>;
}

/** The CPU time of process `pid` so far, in milliseconds (`/proc/<pid>/schedstat`), or null. */
function processCpuMs(pid: number): number | null {
  try {
    return Number(readFileSync(`/proc/${pid}/schedstat`, 'utf8').split(' ')[0]) / 1e6;
  } catch {
    return null;
  }
}

/**
 * Runs `fn` with a new database; resolves with its result, or undefined (having said why) when
 * PostgreSQL is not there. A failure inside `fn` is thrown, the database dropped all the same.
 *
 * @example
 * const figures = await withBenchDatabase(async (db) => measure(db.url));
 */
export async function withBenchDatabase<T>(fn: (db: BenchDatabase) => Promise<T>): Promise<T | undefined> {
  const name = `dateline_bench_${randomBytes(4).toString('hex')}`;
  const admin = postgres(PG_ADMIN_URL, { max: 1, onnotice: () => {} });
  try {
    await admin.unsafe(`CREATE DATABASE ${name}`);
  } catch (err) {
    console.log(`PostgreSQL: SKIPPED (${(err as Error).message})`);
    await admin.end();
    return undefined;
  }
  // From here a failure is the benchmark's own and ends the run: saying SKIPPED would hide it (a
  // 100,000-story import that ran past the statement timeout once read as a missing server).
  try {
    const url = new URL(PG_ADMIN_URL);
    url.pathname = `/${name}`;
    return await fn({
      url: url.toString(),
      bytes: async () => {
        const [row] = await admin<{ bytes: string }[]>`SELECT pg_database_size(${name}) AS bytes`;
        return Number(row?.bytes ?? 0);
      },
      vacuum: async () => {
        const db = postgres(url.toString(), { max: 1, onnotice: () => {} });
        await db.unsafe('VACUUM ANALYZE');
        await db.end();
      },
      searchIndexBytes: async () => {
        const db = postgres(url.toString(), { max: 1, onnotice: () => {} });
        const [row] = await db<{ bytes: string }[]>`
          SELECT coalesce(sum(pg_relation_size(indexrelid)), 0) AS bytes FROM pg_index WHERE indrelid = 'article_search'::regclass
            AND indexrelid IN (SELECT oid FROM pg_class WHERE relam = (SELECT oid FROM pg_am WHERE amname = 'gin'))`;
        await db.end();
        return Number(row?.bytes ?? 0);
      },
      serverCpuMs: async () => {
        const rows = await admin<{ pid: number }[]>`SELECT pid FROM pg_stat_activity WHERE datname = ${name}`;
        const times = rows.map((r) => processCpuMs(r.pid));
        return times.length === 0 || times.some((t) => t === null) ? null : times.reduce((a, b) => a! + b!, 0);
      },
    });
  } finally {
    await admin.unsafe(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`).catch(() => undefined);
    await admin.end();
  }
}
