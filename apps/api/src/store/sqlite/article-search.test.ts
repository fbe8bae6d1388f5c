/**
 * @module
 * SQLite-only search behaviour: a search matching more articles than are ranked lists them most
 * recently added first, pages through all of them, and keeps its total exact.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { NOW, save, story } from '../../testing/fixtures.ts';
import { openDatabase } from './connection.ts';
import { searchArticles } from './article-search.ts';
import { openSqliteStore } from './store.ts';

const dirs: string[] = [];
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

async function withStories(count: number) {
  const dir = mkdtempSync(join(tmpdir(), 'dateline-search-'));
  dirs.push(dir);
  const path = join(dir, 'search.db');
  const store = openSqliteStore(path);
  await store.migrate();
  // Added in this order, so the newest addition is the oldest story: order by addition shows.
  for (let n = 1; n <= count; n += 1) await save(store, story(n), `story-${n}`);
  await save(store, story(99, { status: 'draft' }), 'draft');
  await store.close();
  return openDatabase(path);
}

describe('searching more articles than are ranked', () => {
  it('lists them most recently added first with score 0, pages through all, and counts them all', async () => {
    const db = await withStories(7);
    const seen: string[] = [];
    let cursor: string | undefined;
    do {
      const page = searchArticles(db, 'boats', { limit: 3, now: NOW, cursor }, { rankedMax: 5 });
      expect(page.total).toBe(7);
      expect(page.items.every((hit) => hit.score === 0 && hit.snippet.includes('<mark>Boats</mark>'))).toBe(true);
      seen.push(...page.items.map((hit) => hit.article.id));
      cursor = page.nextCursor ?? undefined;
    } while (cursor);
    expect(seen).toEqual(['story-7', 'story-6', 'story-5', 'story-4', 'story-3', 'story-2', 'story-1']);
    db.close();
  });

  it('ranks by relevance up to the limit, and a cursor keeps the order of its first page', async () => {
    const db = await withStories(4);
    const ranked = searchArticles(db, 'boats', { limit: 2, now: NOW, section: 'local' }, { rankedMax: 5 });
    expect(ranked.items.every((hit) => hit.score > 0)).toBe(true);
    const first = searchArticles(db, 'boats', { limit: 2, now: NOW }, { rankedMax: 3 });
    expect(first.items.map((hit) => hit.article.id)).toEqual(['story-4', 'story-3']);
    // The same cursor with a higher limit (as after deletions) goes on newest first.
    const next = searchArticles(db, 'boats', { limit: 2, now: NOW, cursor: first.nextCursor! }, { rankedMax: 100 });
    expect(next.items.map((hit) => hit.article.id)).toEqual(['story-2', 'story-1']);
    expect(next.nextCursor).toBeNull();
    db.close();
  });
});

describe('the total of a search', () => {
  it('leaves out drafts, archived and scheduled articles, and counts them when asked, as they change', async () => {
    const db = await withStories(3);
    // Counted both ways: through the filter table, and (on a connection of its own, which keeps
    // the hidden rows it found) in the index less the hidden rows.
    const other = openDatabase(db.location()!);
    const total = (options: { includeHidden?: boolean; now?: Date; section?: string } = {}) => {
      const [joined, subtracted] = (
        [
          [db, 100],
          [other, 0],
        ] as const
      ).map(
        ([connection, joinMax]) =>
          searchArticles(connection, 'boats', { limit: 1, now: options.now ?? NOW, ...options }, { joinMax }).total,
      );
      expect(subtracted).toBe(joined);
      return joined;
    };
    expect([total(), total({ includeHidden: true }), total({ section: 'local' })]).toEqual([3, 4, 2]);
    // Scheduled: visible from its publication time on, whatever time the previous search asked about.
    const store = openSqliteStore(db.location()!);
    await save(store, story(-2, { slug: 'scheduled-boats' }), 'scheduled');
    expect([total(), total({ now: new Date(NOW.getTime() + 3 * 3_600_000) }), total()]).toEqual([3, 4, 3]);
    await save(store, story(1, { status: 'archived' }), 'story-1');
    expect([total(), total({ includeHidden: true })]).toEqual([2, 5]);
    await store.close();
    other.close();
    db.close();
  });

  it('counts a phrase search to its limit unless asked for every match, and pages through all of them', async () => {
    // More matches than the limit plus the hidden rows the index may hold among them.
    const db = await withStories(60);
    const other = openDatabase(db.location()!);
    const count = (connection: typeof db, q: string, options: { exactTotal?: boolean; includeHidden?: boolean } = {}) => {
      const { total, totalExact } = searchArticles(
        connection,
        q,
        { limit: 2, now: NOW, ...options },
        { rankedMax: 3, phraseCountMax: 3, joinMax: connection === db ? 100 : 0 },
      );
      return { total, totalExact };
    };
    // Through the filter table and in the index less the hidden rows, as above.
    for (const connection of [db, other]) {
      expect(count(connection, '"came and went"')).toEqual({ total: 3, totalExact: false });
      expect(count(connection, '"came and went"', { includeHidden: true })).toEqual({ total: 3, totalExact: false });
      expect(count(connection, '"came and went"', { exactTotal: true })).toEqual({ total: 60, totalExact: true });
      expect(count(connection, '"came and went"', { includeHidden: true, exactTotal: true })).toEqual({ total: 61, totalExact: true });
      expect(count(connection, '"day 2 of"')).toEqual({ total: 1, totalExact: true });
      expect(count(connection, 'came went')).toEqual({ total: 60, totalExact: true });
    }
    const seen: string[] = [];
    let cursor: string | undefined;
    do {
      const page = searchArticles(db, '"came and went"', { limit: 7, now: NOW, cursor }, { rankedMax: 3, phraseCountMax: 3 });
      seen.push(...page.items.map((hit) => hit.article.id));
      cursor = page.nextCursor ?? undefined;
    } while (cursor);
    expect([seen.length, new Set(seen).size, seen[0], seen.at(-1)]).toEqual([60, 60, 'story-60', 'story-1']);
    other.close();
    db.close();
  });

  it('ranks a phrase search with few matches, its first page counted and ranked in one query, as later pages continue', async () => {
    const db = await withStories(30);
    const pages: { ids: string[]; scores: number[]; total: number }[] = [];
    let cursor: string | undefined;
    do {
      const page = searchArticles(db, '"came and went" season', { limit: 4, now: NOW, cursor }, { rankedMax: 100 });
      pages.push({ ids: page.items.map((hit) => hit.article.id), scores: page.items.map((hit) => hit.score), total: page.total });
      cursor = page.nextCursor ?? undefined;
    } while (cursor);
    const ids = pages.flatMap((p) => p.ids);
    const scores = pages.flatMap((p) => p.scores);
    expect([ids.length, new Set(ids).size, pages.every((p) => p.total === 30)]).toEqual([30, 30, true]);
    expect(scores.every((score, i) => score > 0 && (i === 0 || score <= scores[i - 1]!))).toBe(true);
    // The same first page as counting and ranking apart give, once more matches than are ranked make it list newest first.
    expect(searchArticles(db, '"came and went" season', { limit: 4, now: NOW }, { rankedMax: 20 }).items.map((hit) => hit.score)).toEqual([
      0, 0, 0, 0,
    ]);
    db.close();
  });
});
