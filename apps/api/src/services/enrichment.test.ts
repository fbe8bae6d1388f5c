/**
 * @module
 * Tests of enrichment on write and from the queue: what each `ENRICH` mode stores, a bulk import
 * queued and then worked through (by a run and by the server's worker), failures counted until
 * the worker leaves an article alone, and what readers are told meanwhile.
 */
import { type Article, enrich, prepareArticle } from '@dateline/model';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createApp } from '../app.ts';
import { silentLogger } from '../lib/logger.ts';
import type { Store } from '../store/store.ts';
import { NOW, story, testStore } from '../testing/fixtures.ts';
import { articleEntities } from './entities.ts';
import { enrichMode, enrichQueued, MAX_ATTEMPTS, withEnrichment } from './enrichment.ts';
import { startEnrichmentWorker } from './enrichment-worker.ts';
import { createImportWriter } from './import-writer.ts';

const text = (s: string) => ({ type: 'paragraph' as const, content: [{ type: 'text' as const, text: s }] });
const told = (n: number, name: string) =>
  story(n, { body: [text(`The harbour master, ${name}, said the pier had reopened in Kirkwall.`)] });
const prepared = (n: number, name: string): Article => prepareArticle(told(n, name), { id: `a${n}`, now: NOW });
const slugs = (article: Article) => article.mentions?.map((m) => m.entity.slug);

let store: Store;
beforeEach(async () => {
  store = await testStore();
});
afterEach(async () => {
  await store.close();
});

/** Imports `names.length` stories as `dateline import` does. */
async function bulkImport(names: string[]): Promise<void> {
  const writer = createImportWriter(store, { onResult: () => {}, now: () => NOW });
  for (const [i, name] of names.entries()) await writer.add({ kind: 'input', input: told(i + 1, name) }, `story-${i + 1}.txt`);
  await writer.flush();
}

const stateOf = async (slug: string) => (await articleEntities(store, slug, { now: NOW }))?.enrichment.state;

describe('withEnrichment', () => {
  it('enriches single writes at once, and leaves bulk writes and ENRICH=off to the queue', () => {
    expect(slugs(withEnrichment(prepared(1, 'Ines Calder'), null, { mode: 'on' }))).toEqual(['ines-calder', 'kirkwall']);
    expect(withEnrichment(prepared(1, 'Ines Calder'), null, { mode: 'on', bulk: true })).not.toHaveProperty('mentions');
    expect(slugs(withEnrichment(prepared(1, 'Ines Calder'), null, { mode: 'inline', bulk: true }))).toEqual(['ines-calder', 'kirkwall']);
    expect(withEnrichment(prepared(1, 'Ines Calder'), null, { mode: 'off' })).not.toHaveProperty('quotes');
  });

  it('keeps what the stored version had while the story is the same', () => {
    const stored = withEnrichment(prepared(1, 'Ines Calder'), null, { mode: 'on' });
    const retagged = { ...prepared(1, 'Ines Calder'), tags: [{ name: 'Ferries', slug: 'ferries' }] };
    expect(slugs(withEnrichment(retagged, stored, { mode: 'off' }))).toEqual(['ines-calder', 'kirkwall']);
    expect(withEnrichment(prepared(1, 'Oskar Lund'), stored, { mode: 'off' })).not.toHaveProperty('mentions');
  });

  it('reads the mode from ENRICH', () => {
    expect([enrichMode({}), enrichMode({ ENRICH: 'OFF' }), enrichMode({ ENRICH: '0' }), enrichMode({ ENRICH: 'inline' })]).toEqual([
      'on',
      'off',
      'off',
      'inline',
    ]);
  });
});

describe('the enrichment queue', () => {
  it('holds a bulk import until it is worked through, telling readers the articles are queued', async () => {
    await bulkImport(['Ines Calder', 'Oskar Lund']);
    expect(await store.enrichmentStatus()).toEqual({ enriched: 0, queued: 2, failing: [] });
    expect(await stateOf('harbour-report-number-1')).toBe('queued');
    const app = createApp({ store, now: () => NOW });
    expect((await app.request('/v1/entities/ines-calder')).status).toBe(404);
    expect(await enrichQueued(store)).toEqual({ enriched: 2, failed: [] });
    expect(await stateOf('harbour-report-number-1')).toBe('enriched');
    const page = (await (await app.request('/v1/entities?type=person')).json()) as { items: { slug: string }[] };
    expect(page.items.map((e) => e.slug)).toEqual(['ines-calder', 'oskar-lund']);
  });

  it('counts failures, and the worker leaves an article alone after the last attempt', async () => {
    await bulkImport(['Ines Calder', 'Oskar Lund']);
    const refusing: Store = {
      ...store,
      storeEnrichments: () => Promise.reject(new Error('disk full')),
      updateEntities: (slug, update) =>
        slug === 'harbour-report-number-2' ? Promise.reject(new Error('disk full')) : store.updateEntities(slug, update),
    };
    for (let attempt = 1; attempt <= MAX_ATTEMPTS; attempt += 1) {
      const run = await enrichQueued(refusing, { maxAttempts: MAX_ATTEMPTS });
      expect(run.failed).toEqual([{ slug: 'harbour-report-number-2', reason: 'disk full' }]);
    }
    expect(await enrichQueued(refusing, { maxAttempts: MAX_ATTEMPTS })).toEqual({ enriched: 0, failed: [] });
    expect(await store.enrichmentStatus()).toEqual({
      enriched: 1,
      queued: 1,
      failing: [{ slug: 'harbour-report-number-2', attempts: 3, error: 'disk full' }],
    });
    expect(await stateOf('harbour-report-number-2')).toBe('failed');
    // A run without the limit (`dateline enrich`) tries again.
    expect(await enrichQueued(store)).toEqual({ enriched: 1, failed: [] });
  });

  it('finds what a story names once a run, though a full name stored after it queues it again', async () => {
    let id = 0;
    const writer = createImportWriter(store, { onResult: () => {}, now: () => NOW, newId: () => `a${(id += 1)}` });
    // The first story names the harbour master by surname only; the second gives the full name.
    await writer.add({ kind: 'input', input: story(1, { body: [text('Mr Calder said the pier had reopened in Kirkwall.')] }) }, '1.txt');
    await writer.add({ kind: 'input', input: told(2, 'Ines Calder') }, '2.txt');
    await writer.flush();
    const extracted: string[] = [];
    const run = await enrichQueued(store, {
      enrich: (article) => {
        extracted.push(article.slug);
        return enrich(article);
      },
    });
    // The first story is stored twice: alone, then joined to the full name the second brought.
    expect(run).toEqual({ enriched: 3, failed: [] });
    expect(extracted).toEqual(['harbour-report-number-1', 'harbour-report-number-2']);
    expect(slugs((await store.getArticle('harbour-report-number-1', { now: NOW }))!)).toEqual(['ines-calder', 'kirkwall']);
  });

  // The worker enriches in a worker thread, whose start-up a busy machine makes slow.
  it('is worked through in the background by the server’s worker', { timeout: 60_000 }, async () => {
    const worker = startEnrichmentWorker(store, { logger: silentLogger, intervalMs: 60_000 });
    try {
      await bulkImport(['Ines Calder', 'Oskar Lund', 'Maren Østby']);
      worker.wake();
      await vi.waitFor(async () => expect((await store.enrichmentStatus()).queued).toBe(0), { timeout: 50_000 });
    } finally {
      await worker.stop();
    }
    expect((await store.getArticle('harbour-report-number-3', { now: NOW }))?.mentions?.[0]?.entity.slug).toBe('maren-ostby');
  });
});
