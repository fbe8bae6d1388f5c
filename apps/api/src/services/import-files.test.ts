/**
 * @module
 * Tests of the import service over a real SQLite store: every format, re-runs, duplicates,
 * failures that leave nothing behind, globs, and batches that change no outcome.
 */
import { mkdtempSync, rmSync, utimesSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DatabaseSync } from 'node:sqlite';
import { gzipSync } from 'node:zlib';
import { MAX_SOURCE_BYTES, prepareArticle } from '@dateline/model';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Store } from '../store/store.ts';
import { NOW, story, testStore } from '../testing/fixtures.ts';
import { MARKET_PAGE, writeFile, writeNewsroom } from '../testing/import-fixtures.ts';
import type { ImportDefaults } from './import-defaults.ts';
import { importPaths } from './import-files.ts';
import type { RecordResult } from './import-writer.ts';
import { resultLine } from '../cli/import-summary.ts';

let dir: string;
let store: Store;
beforeEach(async () => {
  dir = mkdtempSync(join(tmpdir(), 'dateline-import-'));
  store = await testStore(join(dir, 'test.db'));
});
afterEach(async () => {
  await store.close();
  rmSync(dir, { recursive: true, force: true });
});

/** Imports `args` (stories without a status published) and returns the tally with every result line, in order. */
async function run(args: string[], batchSize?: number, defaults: ImportDefaults = { status: 'published' }) {
  const lines: string[] = [];
  const tally = await importPaths(store, args, {
    cwd: dir,
    now: () => NOW,
    batchSize,
    defaults,
    onResult: (r: RecordResult) => lines.push(resultLine(r)),
  });
  return { tally, lines };
}

describe('importPaths', () => {
  it('imports text, Markdown, HTML and JSON, decodes Windows-1252, and reports each file', async () => {
    writeNewsroom(dir);
    const { tally, lines } = await run(['newsroom']);
    expect(lines).toMatchInlineSnapshot(`
      [
        "newsroom/a-ferry.txt: created ferry-timetable-changes-next-week",
        "newsroom/b-bridge.md: created footbridge-repainted",
        "newsroom/c-market.html: created night-market-returns",
        "newsroom/c-quay.htm: created quay-cafe-reopens",
        "newsroom/d-library.json: created library-opens-late-on-thursdays",
        "newsroom/e-cafe.txt: created cafe-owner-wins-best-pastry-award",
        "newsroom/f-broken.json: failed: not valid JSON: Expected double-quoted property name in JSON at position 28 (line 1 column 29)",
        "newsroom/nested/h-copy.md: duplicate of footbridge-repainted",
      ]
    `);
    expect(tally).toMatchObject({
      files: 8,
      articles: { created: 6, updated: 0, unchanged: 0, duplicate: 1, failed: 1 },
      skipped: [{ label: 'newsroom/g-minutes.pdf', reason: 'unsupported file type .pdf' }],
    });
    const cafe = await store.getArticle('cafe-owner-wins-best-pastry-award', { now: NOW });
    expect(cafe?.headline).toBe('Café owner wins “best pastry” award');
    expect(JSON.stringify(cafe?.body)).toContain('The prize – worth £500 – goes to the quay’s oldest café.');
    expect(await store.getArticle('night-market-returns', { now: NOW })).toMatchObject({ authors: [{ name: 'Ana Ruiz' }], language: 'en' });
    expect(JSON.stringify(await store.getArticle('quay-cafe-reopens', { now: NOW }))).toContain('the same “famous” scones');
    expect(await store.getArticle('library-opens-late-on-thursdays', { now: NOW, includeHidden: true })).toMatchObject({ status: 'draft' });
    expect(await store.countArticles()).toBe(6);
  });

  it('imports the files as one large import of as many articles as there are files, through the store it gives', async () => {
    writeNewsroom(dir);
    const plain = store;
    const expected: number[] = [];
    let bulkSaves = 0;
    store = {
      ...plain,
      importInBulk: (count, load) => {
        expected.push(count);
        return plain.importInBulk(count, (bulk) => load({ ...bulk, saveArticles: (items) => (bulkSaves++, bulk.saveArticles(items)) }));
      },
      saveArticles: () => Promise.reject(new Error('saved outside the import')),
    };
    try {
      const { tally } = await run(['newsroom']);
      expect(expected).toEqual([8]);
      expect(bulkSaves).toBeGreaterThan(0);
      expect(tally.articles.created).toBe(6);
    } finally {
      store = plain;
    }
  });

  it('changes nothing when the same files are imported again, and updates a file that changed in place', async () => {
    writeNewsroom(dir);
    await run(['newsroom']);
    const again = await run(['newsroom']);
    expect(again.tally.articles).toEqual({ created: 0, updated: 0, unchanged: 7, duplicate: 0, failed: 1 });
    writeFile(dir, 'newsroom/a-ferry.txt', 'Ferry timetable changes next week\n\nThe first crossing moves to half past six.\n');
    const edited = await run(['newsroom/a-ferry.txt']);
    expect(edited.lines).toEqual(['newsroom/a-ferry.txt: updated ferry-timetable-changes-next-week']);
    expect(await store.countArticles()).toBe(6);
  });

  it('restores an exported article from JSON as it was: id, slug, times and status', async () => {
    const article = prepareArticle(story(4, { status: 'archived', slug: 'old-harbour-report' }), {
      id: 'kept-id',
      now: '2025-01-02T03:04:05Z',
    });
    writeFile(dir, 'one.json', JSON.stringify(article));
    expect((await run(['one.json'])).lines).toEqual(['one.json: created old-harbour-report']);
    expect(await store.getArticle('old-harbour-report', { now: NOW, includeHidden: true })).toEqual(article);
    expect((await run(['one.json'])).lines).toEqual(['one.json: unchanged old-harbour-report']);
  });

  it('stores the same content once, whatever the files are called', async () => {
    const text = 'Harbour wall repaired\n\nMasons finished the last section on Monday.\n';
    for (const name of ['one.txt', 'two.txt', 'copies/three.txt']) writeFile(dir, name, text);
    writeFile(dir, 'four.md', '---\nheadline: Harbour wall repaired\nslug: wall-again\n---\nMasons finished the last section on Monday.\n');
    const { tally, lines } = await run(['one.txt', 'two.txt', 'copies', 'four.md']);
    expect(tally.articles).toMatchObject({ created: 1, duplicate: 3 });
    expect(lines.at(-1)).toBe('four.md: duplicate of harbour-wall-repaired');
    expect(await store.countArticles()).toBe(1);
  });

  it('leaves nothing of an article that fails, and stores the others of its batch', async () => {
    const good = (n: number) => prepareArticle(story(n), { id: `a${n}`, now: NOW });
    const bad = prepareArticle(story(5, { authors: [{ name: 'Zed Quill' }] }), { id: 'a5', now: NOW });
    // Two tags with one slug break a key only after the article and its author rows are written.
    const broken = { ...bad, tags: [bad.tags[0]!, bad.tags[0]!] };
    writeFile(dir, 'batch.json', JSON.stringify([good(1), broken, good(2), { headline: 'No body yet', body: [] }]));
    const { tally, lines } = await run(['batch.json']);
    expect(lines).toMatchInlineSnapshot(`
      [
        "batch.json[0]: created harbour-report-number-1",
        "batch.json[1]: failed: UNIQUE constraint failed: article_tags.article_id, article_tags.tag_slug",
        "batch.json[2]: created harbour-report-number-2",
        "batch.json[3]: failed: invalid article: body: Too small: expected array to have >=1 items",
      ]
    `);
    expect(tally.articles.failed).toBe(2);
    expect(await store.getArticle('harbour-report-number-5', { now: NOW, includeHidden: true })).toBeNull();
    const db = new DatabaseSync(join(dir, 'test.db'), { readOnly: true });
    const authors = db
      .prepare('SELECT slug FROM authors ORDER BY slug')
      .all()
      .map((row) => row.slug);
    const articles = db.prepare('SELECT COUNT(*) AS n FROM articles').get();
    db.close();
    expect([authors, articles]).toEqual([['ines-calder', 'oskar-lund'], { n: 2 }]);
  });

  it('expands glob patterns, and reports arguments that name nothing', async () => {
    writeNewsroom(dir);
    const { tally, lines } = await run(['newsroom/**/*.md', 'newsroom/a-*', 'newsroom/*.md', 'nothing-*.txt', 'gone.txt']);
    expect(lines).toEqual([
      'newsroom/b-bridge.md: created footbridge-repainted',
      'newsroom/nested/h-copy.md: duplicate of footbridge-repainted',
      'newsroom/a-ferry.txt: created ferry-timetable-changes-next-week',
      'nothing-*.txt: failed: no files match this pattern',
      'gone.txt: failed: no such file or folder',
    ]);
    expect(tally.files).toBe(3);
  });

  it('gives the same outcomes in batches as one by one, another story with the same headline included', async () => {
    writeNewsroom(dir);
    writeFile(dir, 'newsroom/i-ferry-again.txt', 'Ferry timetable changes next week\n\nThe first crossing now moves to seven.\n');
    writeFile(dir, 'newsroom/j-ferry-copy.txt', 'Ferry timetable changes next week\n\nThe first crossing moves to six in the morning.\n');
    const batched = await run(['newsroom'], 500);
    await store.close();
    store = await testStore();
    const single = await run(['newsroom'], 1);
    expect(batched.lines).toEqual(single.lines);
    expect(batched.lines.filter((line) => line.includes('/i-') || line.includes('/j-'))).toEqual([
      'newsroom/i-ferry-again.txt: created ferry-timetable-changes-next-week-2',
      'newsroom/j-ferry-copy.txt: duplicate of ferry-timetable-changes-next-week',
    ]);
  });
});

describe('revisions of imported articles', () => {
  it('keeps none for a new article, and what an update replaced and brought once a file is imported again', async () => {
    writeFile(dir, 'ferry.md', '---\nheadline: Ferry timetable\nslug: ferry\n---\n\nThe ferry sails at noon.\n');
    await run(['ferry.md']);
    const created = await store.getEditorial('ferry');
    expect(await store.listRevisions(created!.article.id)).toEqual([]);
    writeFile(dir, 'ferry.md', '---\nheadline: Ferry timetable\nslug: ferry\n---\n\nThe ferry sails at dawn.\n');
    expect((await run(['ferry.md'])).tally.articles.updated).toBe(1);
    const revisions = await store.allRevisions(created!.article.id);
    expect(revisions.map((r) => [r.number, r.kind, JSON.stringify(r.article.body).includes('noon')])).toEqual([
      [1, 'initial', true],
      [2, 'imported', false],
    ]);
  });
});

describe('what the importer is told and what it refuses', () => {
  const STORY = 'Harbour wall repaired\n\nMasons finished the last section of the harbour wall on Monday.\n';

  it('imports a story whose source gives no date as a draft, and one with a date as published on it', async () => {
    writeFile(dir, 'undated.txt', STORY);
    writeFile(
      dir,
      'dated.md',
      '---\nheadline: Quay lights go up\npublishedAt: 2019-11-20T09:30:00Z\n---\nThe new lights along the quay were switched on last night.\n',
    );
    const { tally } = await run(['undated.txt', 'dated.md'], undefined, {});
    expect(tally.problems.undated).toEqual(['undated.txt']);
    expect(await store.getArticle('harbour-wall-repaired', { now: NOW, includeHidden: true })).toMatchObject({
      status: 'draft',
      publishedAt: null,
    });
    expect(await store.getArticle('quay-lights-go-up', { now: NOW })).toMatchObject({
      status: 'published',
      publishedAt: '2019-11-20T09:30:00Z',
    });
  });

  it('fills in status, date, section and author where the source says nothing, and adds tags', async () => {
    writeFile(dir, 'archive/world-news/a.txt', STORY);
    writeFile(
      dir,
      'archive/sport/b.md',
      '---\nheadline: Rowing club wins cup\nsection: Rowing\nauthors: [Ann Lee]\npublishedAt: 2004-06-01T08:00:00Z\n---\nThe club won the cup for the third year running.\n',
    );
    const defaults = {
      status: 'published' as const,
      publishedAt: '2005-01-01T12:00:00Z',
      sectionFromFolder: true,
      authors: ['Archive Desk'],
      tags: ['Archive'],
    };
    const { tally } = await run(['archive'], undefined, defaults);
    expect(tally.problems).toMatchObject({ undated: ['archive/world-news/a.txt'], noByline: ['archive/world-news/a.txt'] });
    expect(await store.getArticle('harbour-wall-repaired', { now: NOW })).toMatchObject({
      status: 'published',
      publishedAt: '2005-01-01T12:00:00Z',
      section: { name: 'World news', slug: 'world-news' },
      authors: [{ name: 'Archive Desk' }],
      tags: [{ name: 'Archive', slug: 'archive' }],
    });
    expect(await store.getArticle('rowing-club-wins-cup', { now: NOW })).toMatchObject({
      publishedAt: '2004-06-01T08:00:00Z',
      section: { slug: 'rowing' },
      authors: [{ name: 'Ann Lee' }],
      tags: [{ slug: 'archive' }],
    });
  });

  it("dates a story by its file's modification time when asked", async () => {
    writeFile(dir, 'old.txt', STORY);
    utimesSync(join(dir, 'old.txt'), new Date('2003-03-03T10:00:00Z'), new Date('2003-03-03T10:00:00Z'));
    await run(['old.txt'], undefined, { publishedAt: 'mtime' });
    expect(await store.getArticle('harbour-wall-repaired', { now: NOW })).toMatchObject({
      status: 'published',
      publishedAt: '2003-03-03T10:00:00.000Z',
    });
  });

  it('reads gzipped files, and refuses pages that are not articles, binary files and oversized ones, storing none of them', async () => {
    writeFile(dir, 'in/market.html.gz', gzipSync(MARKET_PAGE));
    writeFile(
      dir,
      'in/list.html',
      '<html><head><title>Latest</title></head><body><ul><li>Council meets</li><li>Ferry late</li></ul></body></html>',
    );
    writeFile(dir, 'in/photo.txt', Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d]));
    writeFile(dir, 'in/bomb.txt.gz', gzipSync(Buffer.alloc(MAX_SOURCE_BYTES + 1, 0x61)));
    const { tally, lines } = await run(['in']);
    expect(lines).toEqual(['in/market.html.gz: created night-market-returns']);
    expect(tally.problems.notArticle).toEqual([
      { label: 'in/list.html', reason: expect.stringMatching(/^Not an article: the page has \d+ letters of article text/) },
    ]);
    expect(tally.problems.unreadable.map((r) => r.label)).toEqual(['in/bomb.txt.gz', 'in/photo.txt']);
    expect(tally.problems.unreadable[0]?.reason).toMatch(/^too large: over 16 MiB/);
    expect(tally.problems.unreadable[1]?.reason).toMatch(/^binary, not text/);
    expect(tally.failures).toEqual([]);
    expect(await store.countArticles()).toBe(1);
  });
});
