/**
 * @module
 * A database loaded with BBC stories as the HTTP search benchmark loads them, for the benchmarks
 * that reuse one database across runs instead of loading a fresh one each time.
 */
import postgres from 'postgres';
import { parseDatabaseUrl } from '../src/store/database-url.ts';
import { openStore } from '../src/store/open-store.ts';
import { bbcStory, type loadBbc } from './bbc-stories.ts';
import { importArticles } from './search-measure.ts';

/**
 * Migrates the database at `url` (empty, made for the purpose) and imports stories `0` to
 * `count - 1` in batches of 1,000, then, on PostgreSQL, refreshes its statistics as after any
 * bulk load. A 100,000-story load takes about ten minutes on two busy cores.
 *
 * @example
 * await loadBbcDatabase('sqlite:/tmp/bbc-20000.db', loadBbc()!, 20_000);
 */
export async function loadBbcDatabase(url: string, sources: NonNullable<ReturnType<typeof loadBbc>>, count: number): Promise<void> {
  // A batch of 1,000 stories into a big archive on a busy machine takes longer than a reader's statement timeout.
  const store = await openStore({ ...parseDatabaseUrl(url, { cwd: process.cwd(), defaultPath: 'bench.db' }), queryTimeoutMs: 600_000 });
  await store.migrate();
  await importArticles(store, (n) => bbcStory(sources, n), { count, batch: 1000 });
  await store.close();
  if (url.startsWith('sqlite:')) return;
  const db = postgres(url, { max: 1, onnotice: () => {} });
  await db.unsafe('VACUUM ANALYZE');
  await db.end();
}
