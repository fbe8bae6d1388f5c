/**
 * @module
 * Tests that an export read back into an empty database gives the same export again, on SQLite
 * and on PostgreSQL: every article and comment, with ids, slugs, times, statuses and threads, the
 * editors' corrections and each article's place on the enrichment queue.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PassThrough } from 'node:stream';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { prepareArticle } from '@dateline/model';
import type { Store } from '../store/store.ts';
import { contentHash } from './content-hash.ts';
import { NOW, save, story } from '../testing/fixtures.ts';
import { STORE_KINDS, storeHarness } from '../testing/store-harness.ts';
import { writeExport } from './export-jsonl.ts';
import { importPaths } from './import-files.ts';

/** Four articles, one of each visibility, and a thread of comments in every status. */
async function fill(store: Store): Promise<void> {
  const published = await save(store, story(1, { standfirst: 'The week on the water.' }), 'a-published');
  const draft = await save(store, story(2, { status: 'draft', publishedAt: undefined }), 'a-draft');
  // An edit in the desk: the draft as it was becomes revision 1, the edit revision 2.
  const edit = story(2, { slug: 'harbour-report-number-2', status: 'review', publishedAt: undefined, headline: 'Harbour report, revised' });
  const edited = prepareArticle(edit, {
    id: 'a-draft',
    now: new Date(NOW.getTime() + 60_000),
    previous: { createdAt: NOW.toISOString(), publishedAt: null },
  });
  await store.saveArticle(edited, contentHash(edit), {
    actor: { id: 'u-ana', name: 'Ana' },
    revision: { kind: 'status', fields: ['headline', 'status'] },
  });
  await save(store, story(3, { status: 'archived' }), 'a-archived');
  const scheduled = await save(store, story(-5), 'a-scheduled');
  const comment = (
    id: string,
    articleId: string,
    parentId: string | null,
    status: 'pending' | 'approved' | 'rejected' | 'spam',
    minute: number,
  ) =>
    store.insertComment({
      id,
      articleId,
      parentId,
      authorName: `Reader ${id}`,
      body: `Comment ${id}.`,
      email: status === 'approved' ? `${id}@example.org` : null,
      status,
      // A reply stamped before its parent (a clock that was wrong) must still come after it.
      createdAt: new Date(NOW.getTime() + minute * 60_000).toISOString(),
      contentHash: `hash-${id}`,
      heldReason: status === 'spam' ? 'links' : null,
    });
  await comment('c1', published.id, null, 'approved', 10);
  await comment('c2', published.id, 'c1', 'pending', 5);
  await comment('c3', published.id, 'c2', 'spam', 20);
  await comment('c4', draft.id, null, 'rejected', 1);
  // An editor's corrections, made at two moments.
  await store.updateEntities(published.slug, { corrections: [{ op: 'add', entity: { type: 'person', name: 'Erland Voy' } }], now: NOW });
  await store.updateEntities(published.slug, {
    corrections: [
      { op: 'add', entity: { type: 'place', name: 'Lerwick' } },
      { op: 'remove', entity: { type: 'person', slug: 'nobody-at-all' } },
    ],
    now: new Date(NOW.getTime() + 60_000),
  });
  // Two pins to the front page: one that lapses, one kept until lifted.
  await store.pinToFrontPage(published.slug, { pinnedAt: NOW.toISOString(), pinnedBy: 'u-ana', until: '2026-05-20T00:00:00.000Z' });
  await store.pinToFrontPage(scheduled.slug, { pinnedAt: new Date(NOW.getTime() + 60_000).toISOString(), pinnedBy: null, until: null });
  // Everything queued to be found again, and one attempt that failed.
  await store.queueAllForEnrichment(new Date(NOW.getTime() + 120_000));
  await store.markEnrichmentFailed('a-archived', 'the extractor stopped');
}

async function exportText(store: Store, at: Date): Promise<string> {
  const out = new PassThrough();
  const chunks: Buffer[] = [];
  out.on('data', (chunk: Buffer) => chunks.push(chunk));
  await writeExport(store, out, { now: at });
  return Buffer.concat(chunks).toString('utf8');
}

for (const kind of STORE_KINDS) {
  describe(`export and import on ${kind}`, () => {
    const harness = storeHarness(kind);
    let dir: string;
    beforeAll(async () => {
      await harness.setup();
      dir = mkdtempSync(join(tmpdir(), 'dateline-export-'));
    }, 30_000);
    afterEach(() => harness.cleanup());
    afterAll(async () => {
      await harness.teardown();
      rmSync(dir, { recursive: true, force: true });
    });

    it('restores everything into an empty database, so that exporting it again gives the same lines', async (ctx) => {
      const source = await (await harness.fresh()).openMigrated();
      if (typeof source.exportAll !== 'function')
        ctx.skip(`the ${kind} store does not implement exportAll, saveArticles and restoreComments yet`);
      await fill(source);
      const first = await exportText(source, new Date('2026-05-09T00:00:00Z'));
      const file = join(dir, `${kind}.jsonl`);
      writeFileSync(file, first);

      const target = await (await harness.fresh()).openMigrated();
      const tally = await importPaths(target, [file], { cwd: dir });
      expect([tally.articles, tally.comments, tally.failures]).toEqual([
        { created: 4, updated: 0, unchanged: 0, duplicate: 0, failed: 0 },
        { created: 4, updated: 0, unchanged: 0, failed: 0 },
        [],
      ]);
      // The front page's pins come back, with when they were pinned and until when.
      const pins = async (store: Store) =>
        (await store.listFrontPagePins()).map(({ slug, pinnedAt, until }) => ({ slug, pinnedAt, until }));
      expect(await pins(target)).toEqual(await pins(source));
      expect(await pins(target)).toHaveLength(2);
      const second = await exportText(target, new Date('2026-05-10T00:00:00Z'));
      const lines = (text: string) => text.split('\n');
      expect(lines(second).slice(1)).toEqual(lines(first).slice(1));
      expect(lines(first)[0]).toBe('{"type":"dateline-export","version":1,"exportedAt":"2026-05-09T00:00:00.000Z"}');
      // The edited draft carries its revisions, each with who, when and the article as it was.
      const draftLine = JSON.parse(lines(first).find((line) => line.includes('"id":"a-draft"'))!) as {
        revisions: { number: number; kind: string; author: unknown; status: string; article: { headline: string } }[];
      };
      expect(draftLine.revisions.map((r) => [r.number, r.kind, r.author, r.status, r.article.headline])).toEqual([
        [1, 'initial', null, 'draft', 'Harbour report number 2'],
        [2, 'status', { id: 'u-ana', name: 'Ana' }, 'review', 'Harbour report, revised'],
      ]);
      expect(lines(first).filter((line) => line.includes('"revisions"'))).toHaveLength(1);
      expect(JSON.parse(lines(first).find((line) => line.includes('"id":"a-draft"'))!).editors).toEqual({
        createdBy: null,
        updatedBy: { id: 'u-ana', name: 'Ana' },
      });
      expect(lines(first).filter((line) => line.includes('"type":"comment"'))).toMatchInlineSnapshot(`
        [
          "{"type":"comment","comment":{"id":"c4","articleId":"a-draft","articleSlug":"harbour-report-number-2","parentId":null,"authorName":"Reader c4","body":"Comment c4.","email":null,"status":"rejected","createdAt":"2026-05-08T12:01:00.000Z","heldReason":null,"contentHash":"hash-c4"}}",
          "{"type":"comment","comment":{"id":"c1","articleId":"a-published","articleSlug":"harbour-report-number-1","parentId":null,"authorName":"Reader c1","body":"Comment c1.","email":"c1@example.org","status":"approved","createdAt":"2026-05-08T12:10:00.000Z","heldReason":null,"contentHash":"hash-c1"}}",
          "{"type":"comment","comment":{"id":"c2","articleId":"a-published","articleSlug":"harbour-report-number-1","parentId":"c1","authorName":"Reader c2","body":"Comment c2.","email":null,"status":"pending","createdAt":"2026-05-08T12:05:00.000Z","heldReason":null,"contentHash":"hash-c2"}}",
          "{"type":"comment","comment":{"id":"c3","articleId":"a-published","articleSlug":"harbour-report-number-1","parentId":"c2","authorName":"Reader c3","body":"Comment c3.","email":null,"status":"spam","createdAt":"2026-05-08T12:20:00.000Z","heldReason":"links","contentHash":"hash-c3"}}",
        ]
      `);

      // The editor's corrections travel with their article, in order and with their times, and so
      // does where each article stood on the enrichment queue.
      const published = lines(first)
        .map((line) => JSON.parse(line || '{}') as Record<string, unknown>)
        .find((l) => (l.article as { id?: string } | undefined)?.id === 'a-published');
      expect(published).toMatchObject({
        corrections: [
          { correction: { op: 'add', entity: { type: 'person', name: 'Erland Voy' } }, createdAt: NOW.toISOString() },
          {
            correction: { op: 'add', entity: { type: 'place', name: 'Lerwick' } },
            createdAt: new Date(NOW.getTime() + 60_000).toISOString(),
          },
          {
            correction: { op: 'remove', entity: { type: 'person', slug: 'nobody-at-all' } },
            createdAt: new Date(NOW.getTime() + 60_000).toISOString(),
          },
        ],
        enrichment: { queuedAt: new Date(NOW.getTime() + 120_000).toISOString(), attempts: 0, error: null },
      });
      expect(lines(first).find((line) => line.includes('"id":"a-archived"'))).toContain(
        `"enrichment":{"queuedAt":"${new Date(NOW.getTime() + 120_000).toISOString()}","attempts":1,"error":"the extractor stopped"}`,
      );
      const restored = await target.getArticle('harbour-report-number-1', { includeHidden: true, now: NOW });
      expect(restored?.mentions?.map((m) => m.entity.name)).toEqual(expect.arrayContaining(['Erland Voy', 'Lerwick']));

      const again = await importPaths(target, [file], { cwd: dir });
      expect([again.articles.unchanged, again.comments.unchanged, again.failures]).toEqual([4, 4, []]);
    });
  });
}
