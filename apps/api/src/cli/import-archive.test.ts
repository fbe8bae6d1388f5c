/**
 * @module
 * Importing a real undated archive (the BBC texts of 2004–05 in the shared corpus) through the
 * CLI into a temporary SQLite database: with the defaults it must not become today's news, and
 * with the options a newsroom would use it lands in its sections with the date given. Skipped
 * when the shared folder is absent.
 */
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type ArticleSummary, toNewsSitemap } from '@dateline/model';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createApp } from '../app.ts';
import { openSqliteStore } from '../store/sqlite/store.ts';
import type { Store } from '../store/store.ts';
import { runInProcess, sharedDir } from '../testing/cli-process.ts';

const shared = sharedDir();
const BBC = shared ? join(shared, 'corpus', 'text', 'bbc') : null;
const available = BBC !== null && existsSync(BBC);
const TIMEOUT = 120_000;

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'dateline-archive-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

/**
 * What readers and crawlers are shown, asked of the API as the site asks it: the front page
 * (`/v1/front-page`), the feeds (`/v1/feed-items`), the latest listing, and the news sitemap.
 */
async function publicView(store: Store, now: Date) {
  const app = createApp({ store });
  const get = async <T>(path: string) => (await (await app.request(path)).json()) as T;
  const listing = await get<{ items: ArticleSummary[] }>('/v1/articles?limit=100');
  const front = await get<{ lead: ArticleSummary[]; sections: { slug: string; items: ArticleSummary[] }[] }>(
    '/v1/front-page?lead=3&sections=6&perSection=4',
  );
  const feed = await get<{ items: { slug: string }[] }>('/v1/feed-items?limit=20');
  const from = new Date(now.getTime() - 2 * 24 * 3600 * 1000).toISOString();
  const recent = await get<{ items: ArticleSummary[] }>(`/v1/articles?limit=100&from=${from}`);
  return {
    frontPage: { lead: front.lead.map((a) => a.slug), sections: front.sections.map((s) => [s.slug, ...s.items.map((a) => a.slug)]) },
    feed: feed.items.map((a) => a.slug),
    latest: listing.items.map((a) => a.slug),
    newsSitemap: toNewsSitemap({ name: 'Gazette', url: 'https://news.example.org' }, recent.items, now),
  };
}

/** Every published article of a section (paging through the listing). */
async function sectionArticles(store: Store, section: string): Promise<ArticleSummary[]> {
  const app = createApp({ store });
  const out: ArticleSummary[] = [];
  let cursor: string | undefined;
  do {
    const page = (await (await app.request(`/v1/articles?limit=100&section=${section}${cursor ? `&cursor=${cursor}` : ''}`)).json()) as {
      items: ArticleSummary[];
      nextCursor?: string | null;
    };
    out.push(...page.items);
    cursor = page.nextCursor ?? undefined;
  } while (cursor);
  return out;
}

describe.skipIf(!available)(
  `importing the BBC archive${available ? '' : ' (skipped: the shared corpus is absent; set SHARED_DIR)'}`,
  () => {
    it('with the defaults, leaves the front page, feeds and news sitemap as they were, and says why', { timeout: TIMEOUT }, async () => {
      const env = { DATABASE_URL: `sqlite:${join(dir, 'news.db')}`, ENRICH: 'off' };
      const fresh = new Date(Date.now() - 3600_000).toISOString();
      writeFileSync(
        join(dir, 'today.md'),
        `---\nheadline: Ferry service resumes after storm\npublishedAt: ${fresh}\n---\n\nThe morning ferry sailed again on time after two days in port.\n`,
      );
      expect((await runInProcess(['import', 'today.md'], env, dir)).code).toBe(0);
      const store = await openSqliteStore(env.DATABASE_URL.slice('sqlite:'.length));
      const now = new Date();
      try {
        const before = await publicView(store, now);
        expect(before.newsSitemap).toContain('Ferry service resumes after storm');
        expect([before.frontPage.lead, before.feed]).toEqual([before.latest, before.latest]);

        const run = await runInProcess(['import', BBC!], env, dir);
        expect(run.code, run.stderr).toBe(0);
        expect(run.stdout).toMatch(/\n {2}1,703 stories had no date: imported as drafts; use --published-at or --status published\n/);
        expect(await publicView(store, now)).toEqual(before);
        expect(await store.countArticles()).toBe(1704);
      } finally {
        await store.close();
      }
    });

    it('with --section-from-folder --published-at 2005-01-01 --status published, files every story in its section on that date', {
      timeout: TIMEOUT,
    }, async () => {
      const env = { DATABASE_URL: `sqlite:${join(dir, 'archive.db')}`, ENRICH: 'off' };
      const run = await runInProcess(
        ['import', '--section-from-folder', '--published-at', '2005-01-01', '--status', 'published', BBC!],
        env,
        dir,
      );
      expect(run.code, run.stderr).toBe(0);
      expect(run.stdout).toContain('1,703 stories had no date: dated 2005-01-01T12:00:00Z (--published-at)');
      const store = await openSqliteStore(env.DATABASE_URL.slice('sqlite:'.length));
      try {
        const counts: Record<string, number> = {};
        for (const section of ['business', 'entertainment', 'politics', 'sport', 'tech']) {
          const articles = await sectionArticles(store, section);
          counts[section] = articles.length;
          for (const article of articles) {
            expect(article.section?.slug).toBe(section);
            expect(article.publishedAt?.slice(0, 10)).toBe('2005-01-01');
          }
        }
        expect(Object.values(counts).reduce((a, b) => a + b, 0)).toBe(1703);
        expect((await publicView(store, new Date())).newsSitemap).not.toContain('<url>');
      } finally {
        await store.close();
      }
    });
  },
);
