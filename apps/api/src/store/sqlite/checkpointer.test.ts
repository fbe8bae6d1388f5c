/**
 * @module
 * The checkpoint thread of a SQLite file store: committed pages reach the database file without
 * the writer copying them, and closing the store leaves no log behind.
 */
import { existsSync, mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { prepareArticle } from '@dateline/model';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { NOW, story } from '../../testing/fixtures.ts';
import type { Store } from '../store.ts';
import { openSqliteStore } from './store.ts';

describe('a SQLite file store', () => {
  let dir: string;
  let path: string;
  let store: Store;

  beforeEach(async () => {
    dir = mkdtempSync(join(tmpdir(), 'dateline-checkpoint-'));
    path = join(dir, 'dateline.db');
    store = openSqliteStore(path);
    await store.migrate();
  });

  afterEach(async () => {
    await store.close();
    rmSync(dir, { recursive: true, force: true });
  });

  const batch = (from: number, count: number) =>
    Array.from({ length: count }, (_, i) => {
      const article = prepareArticle(story(from + i, { slug: `story-${from + i}` }), { id: `a${from + i}`, now: NOW });
      return { article, contentHash: `hash-${from + i}` };
    });

  it('copies committed pages into the database file on another thread while the writer goes on', async () => {
    const results = await store.saveArticles(batch(0, 400));
    expect(results.every((r) => r.outcome === 'created')).toBe(true);
    // Fewer pages than the thousand past which a writer copies the log itself, by default.
    const logged = statSync(`${path}-wal`).size;
    expect(logged).toBeLessThan(1000 * 4096);
    const deadline = Date.now() + 5000;
    while (statSync(path).size < logged / 2 && Date.now() < deadline) await sleep(10);
    expect(statSync(path).size).toBeGreaterThanOrEqual(logged / 2);
    expect((await store.search('season', { limit: 1, now: NOW })).total).toBe(400);
  });

  it('closes the thread with the store, so the store is the last to close the file and no log is left', async () => {
    await store.saveArticles(batch(0, 50));
    await store.close();
    expect(existsSync(`${path}-wal`)).toBe(false);
    store = openSqliteStore(path);
    expect(await store.countArticles()).toBe(50);
  });
});
