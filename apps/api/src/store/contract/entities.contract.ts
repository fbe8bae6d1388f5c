/**
 * @module
 * Contract: people, places, organisations and quotations stored with their articles, listed for
 * readers, filtered on, related by, and corrected by editors, alike on every database.
 */
import { prepareArticle } from '@dateline/model';
import { describe, expect, it } from 'vitest';
import { named, reported, said } from '../../testing/entity-fixtures.ts';
import { NOW, save, story } from '../../testing/fixtures.ts';
import type { StoreHarness } from '../../testing/store-harness.ts';
import { InvalidCursorError, type Store } from '../store.ts';
import { version1Rows } from './migrations.contract.ts';

const putin = named('person', 'Vladimir Putin', 5);
const xi = named('person', 'Xi Jinping', 3);
const moscow = named('place', 'Moscow', 2);
const kremlin = named('organization', 'Kremlin', 1);

/** Three public reports and a draft: Putin in two public ones, a secret name only in the draft. */
async function newsroom(store: Store) {
  const summit = await save(
    store,
    reported(1, [putin, moscow, kremlin], [said('Vladimir Putin', 'We are ready', 1, { role: 'Russian President' })]),
    'a1',
  );
  const visit = await save(
    store,
    reported(2, [xi, named('person', 'Vladimir Putin', 1)], [said('Xi Jinping', 'A new era', 1), said(null, 'No comment', 1)]),
    'a2',
  );
  const market = await save(store, reported(3, [moscow]), 'a3');
  const draft = await save(store, reported(4, [putin, named('person', 'Secret Source', 2)], [], { status: 'draft' }), 'a4');
  return { summit, visit, market, draft };
}

const LEASE = 60_000;

const slugs = (items: { slug: string }[]) => items.map((i) => i.slug);

/**
 * Registers the entity tests for `harness`'s databases.
 *
 * @example
 * entityContract(storeHarness('postgres'));
 */
export function entityContract(harness: StoreHarness): void {
  const migrated = async (): Promise<Store> => (await harness.fresh()).openMigrated();

  describe('entities', () => {
    it('lists what visible articles name, most named first, and filters articles by it', async () => {
      const store = await migrated();
      await newsroom(store);
      const people = await store.listEntities({ type: 'person', limit: 10, now: NOW });
      expect(people).toEqual({
        items: [
          { type: 'person', name: 'Vladimir Putin', slug: 'vladimir-putin', aliases: [], articleCount: 2 },
          { type: 'person', name: 'Xi Jinping', slug: 'xi-jinping', aliases: [], articleCount: 1 },
        ],
        nextCursor: null,
        total: 2,
      });
      expect(await store.getEntity('secret-source', { now: NOW })).toBeNull();
      expect(await store.getEntity('secret-source', { now: NOW, includeHidden: true })).toMatchObject({ articleCount: 1 });
      expect(await store.getEntity('moscow', { now: NOW })).toMatchObject({ type: 'place', articleCount: 2 });
      const filtered = await store.listArticles({ limit: 10, now: NOW, person: 'vladimir-putin', place: 'moscow' });
      expect(slugs(filtered.items)).toEqual(['harbour-report-number-1']);
      expect((await store.listArticles({ limit: 10, now: NOW, organization: 'moscow' })).total).toBe(0);
      expect((await store.search('harbour', { limit: 10, now: NOW, person: 'xi-jinping' })).total).toBe(1);
    });

    it('pages by article count, slug and type, and finds names and aliases by the start of a word', async () => {
      const store = await migrated();
      await newsroom(store);
      const first = await store.listEntities({ limit: 2, now: NOW });
      expect(slugs(first.items)).toEqual(['moscow', 'vladimir-putin']);
      const second = await store.listEntities({ limit: 2, now: NOW, cursor: first.nextCursor! });
      expect([slugs(second.items), second.nextCursor === null, second.total]).toEqual([['kremlin', 'xi-jinping'], true, 4]);
      expect(slugs((await store.listEntities({ limit: 10, now: NOW, q: 'jin' })).items)).toEqual(['xi-jinping']);
      expect(slugs((await store.listEntities({ limit: 10, now: NOW, q: 'Vladimir P' })).items)).toEqual(['vladimir-putin']);
      expect((await store.listEntities({ limit: 10, now: NOW, q: 'in' })).total).toBe(0);
      await store.updateEntities('harbour-report-number-3', {
        corrections: [{ op: 'rename', from: { type: 'place', slug: 'moscow', name: 'Moscow' }, to: { type: 'place', name: 'Moskva' } }],
        now: NOW,
      });
      expect(await store.getEntity('moskva', { now: NOW })).toEqual({
        type: 'place',
        name: 'Moskva',
        slug: 'moskva',
        aliases: ['Moscow'],
        articleCount: 1,
      });
      expect(slugs((await store.listEntities({ limit: 10, now: NOW, q: 'mosc' })).items)).toEqual(['moscow', 'moskva']);
      await expect(store.listEntities({ limit: 2, now: NOW, cursor: 'bm9wZQ' })).rejects.toBeInstanceOf(InvalidCursorError);
    });

    it('keeps a place and an organisation of the same name apart', async () => {
      const store = await migrated();
      await save(store, reported(1, [named('place', 'Chelsea'), named('organization', 'Chelsea')]), 'a1');
      await save(store, reported(2, [named('organization', 'Chelsea')]), 'a2');
      expect(await store.getEntity('chelsea', { now: NOW })).toMatchObject({ type: 'organization', articleCount: 2 });
      expect(await store.getEntity('chelsea', { now: NOW, type: 'place' })).toMatchObject({ type: 'place', articleCount: 1 });
      expect((await store.listEntities({ limit: 10, now: NOW, q: 'chelsea' })).total).toBe(2);
    });
  });

  describe('quotes', () => {
    it('lists quotations newest article first with where each stands, by speaker and type, in pages', async () => {
      const store = await migrated();
      await newsroom(store);
      const all = await store.listQuotes({ limit: 2, now: NOW });
      expect(all.items.map((q) => [q.article.slug, q.index, q.speaker?.slug ?? null])).toEqual([
        ['harbour-report-number-1', 0, 'vladimir-putin'],
        ['harbour-report-number-2', 0, 'xi-jinping'],
      ]);
      const rest = await store.listQuotes({ limit: 2, now: NOW, cursor: all.nextCursor! });
      expect([rest.items.map((q) => q.text), rest.nextCursor, rest.total]).toEqual([['No comment'], null, 3]);
      expect((await store.listQuotes({ limit: 10, now: NOW, speaker: 'vladimir-putin' })).items).toEqual([
        {
          text: 'We are ready',
          speaker: { name: 'Vladimir Putin', slug: 'vladimir-putin' },
          role: 'Russian President',
          block: 1,
          kind: 'direct',
          index: 0,
          article: { slug: 'harbour-report-number-1', headline: 'Harbour report number 1', publishedAt: '2026-05-08T11:00:00.000Z' },
        },
      ]);
      expect((await store.listQuotes({ limit: 10, now: NOW, speaker: 'vladimir-putin', type: 'place' })).total).toBe(0);
      await expect(store.listQuotes({ limit: 2, now: NOW, cursor: all.nextCursor!.slice(2) })).rejects.toBeInstanceOf(InvalidCursorError);
    });
  });

  describe('relatedArticles', () => {
    it('ranks visible articles by shared entities, then tags, then section', async () => {
      const store = await migrated();
      await newsroom(store);
      // Shares Putin and Moscow with the summit; tags and section as story(5) gives them.
      await save(store, reported(5, [named('person', 'Vladimir Putin'), named('place', 'Moscow')]), 'a5');
      const related = await store.relatedArticles('harbour-report-number-1', { limit: 3, now: NOW });
      // The visit and the market share one entity and one tag each; the visit shares the section too.
      expect(slugs(related!)).toEqual(['harbour-report-number-5', 'harbour-report-number-2', 'harbour-report-number-3']);
      expect(await store.relatedArticles('harbour-report-number-4', { limit: 3, now: NOW })).toBeNull();
      expect(slugs((await store.relatedArticles('harbour-report-number-1', { limit: 1, now: NOW }))!)).toEqual(['harbour-report-number-5']);
    });
  });

  describe('updateEntities', () => {
    it('keeps corrections, applies them again when the article is saved again, and forgets them with it', async () => {
      const db = await harness.fresh();
      const store = await db.openMigrated();
      const { summit } = await newsroom(store);
      const corrected = await store.updateEntities(summit.slug, {
        corrections: [
          { op: 'remove', entity: { type: 'organization', slug: 'kremlin' } },
          { op: 'add', entity: { type: 'person', name: 'Dmitry Peskov' } },
          {
            op: 'speaker',
            quote: { block: 1, text: 'We are ready' },
            speaker: { name: 'Dmitry Peskov', slug: 'dmitry-peskov' },
            role: null,
          },
        ],
        now: NOW,
      });
      expect(corrected?.mentions?.map((m) => m.entity.slug)).toEqual(['vladimir-putin', 'moscow', 'dmitry-peskov']);
      expect(corrected?.quotes).toEqual([said('Dmitry Peskov', 'We are ready', 1)]);
      expect((await store.getArticle(summit.slug, { now: NOW }))?.quotes).toEqual(corrected?.quotes);
      expect((await store.listQuotes({ limit: 10, now: NOW, speaker: 'dmitry-peskov', type: 'person' })).total).toBe(1);
      // A new version of the text, enriched afresh, still gets the corrections.
      await save(
        store,
        reported(1, [putin, moscow, kremlin], [said('Vladimir Putin', 'We are ready', 1)], { standfirst: 'Updated.' }),
        'other-id',
      );
      const again = await store.getArticle(summit.slug, { now: NOW });
      expect([again?.standfirst, again?.mentions?.map((m) => m.entity.slug), again?.quotes?.[0]?.speaker?.slug]).toEqual([
        'Updated.',
        ['vladimir-putin', 'moscow', 'dmitry-peskov'],
        'dmitry-peskov',
      ]);
      expect(await store.getEntity('kremlin', { now: NOW })).toBeNull();
      expect(await store.updateEntities('no-such-article', { corrections: [], now: NOW })).toBeNull();
      await store.deleteArticle(summit.slug);
      for (const table of ['entity_corrections', 'article_mentions', 'quotes', 'enrichment_queue']) {
        expect(Number((await db.rows(`SELECT count(*) AS n FROM ${table} WHERE article_id = 'a1'`))[0]!.n), table).toBe(0);
      }
    });

    it('queues the articles stored before the entity tables existed', async () => {
      const db = await harness.fresh();
      await db.migrateTo(1);
      await db.exec(version1Rows(prepareArticle(story(2), { id: 'legacy-1', now: NOW }), 'h1'));
      const store = await db.openMigrated();
      expect(await store.enrichmentStatus()).toEqual({ enriched: 0, queued: 1, failing: [] });
      expect((await store.claimForEnrichment({ limit: 10, now: NOW, leaseMs: LEASE })).map((q) => q.article.id)).toEqual(['legacy-1']);
    });

    it('queues articles stored without mentions, counts failures, and takes one off only with an enrichment of its story', async () => {
      const store = await migrated();
      await newsroom(store);
      // prepareArticle gives an empty list: an article comes without mentions only when the service leaves them out.
      const { mentions: _m, quotes: _q, ...unenriched } = await save(store, reported(6, []), 'a6');
      await store.saveArticle({ ...unenriched, standfirst: 'Changed.' }, 'h-changed');
      expect(await store.enrichmentStatus()).toEqual({ enriched: 4, queued: 1, failing: [] });
      const [queued] = await store.claimForEnrichment({ limit: 10, now: NOW, leaseMs: LEASE });
      expect([queued?.article.id, queued?.contentHash, queued?.attempts]).toEqual(['a6', 'h-changed', 0]);
      await store.markEnrichmentFailed('a6', 'boom');
      await store.markEnrichmentFailed('a6', 'boom again');
      expect(await store.claimForEnrichment({ limit: 10, maxAttempts: 2, now: NOW, leaseMs: LEASE })).toEqual([]);
      expect((await store.enrichmentStatus()).failing).toEqual([{ slug: unenriched.slug, attempts: 2, error: 'boom again' }]);
      expect(await store.enrichmentState(unenriched.slug, { now: NOW })).toEqual({
        queuedAt: expect.any(String),
        attempts: 2,
        error: 'boom again',
      });
      await store.updateEntities(unenriched.slug, { corrections: [{ op: 'add', entity: { type: 'place', name: 'Harbour' } }], now: NOW });
      const stale = { mentions: [named('person', 'Someone Else')], quotes: [], contentHash: 'h-before' };
      expect((await store.updateEntities(unenriched.slug, { enrichment: stale, now: NOW }))?.mentions?.map((m) => m.entity.slug)).toEqual([
        'harbour',
      ]);
      expect((await store.enrichmentStatus()).queued).toBe(1);
      const fresh = { mentions: [named('person', 'Ines Calder', 2)], quotes: [], contentHash: 'h-changed' };
      const enriched = await store.updateEntities(unenriched.slug, { enrichment: fresh, now: NOW });
      expect(enriched?.mentions?.map((m) => [m.entity.slug, m.count])).toEqual([
        ['ines-calder', 2],
        ['harbour', 1],
      ]);
      expect(await store.enrichmentStatus()).toEqual({ enriched: 5, queued: 0, failing: [] });
      expect(await store.enrichmentState(unenriched.slug, { now: NOW })).toEqual({ queuedAt: null, attempts: 0, error: null });
      expect(await store.enrichmentState('harbour-report-number-4', { now: NOW })).toBeNull();
      expect(await store.getEntity('ines-calder', { now: NOW })).toMatchObject({ articleCount: 1 });
      expect(await store.queueAllForEnrichment(NOW)).toBe(5);
      expect((await store.claimForEnrichment({ limit: 2, after: 'a1', now: NOW, leaseMs: LEASE })).map((q) => q.article.id)).toEqual([
        'a2',
        'a3',
      ]);
    });

    it('lets one claimer at a time have a queued article, on any connection, until its claim runs out or it fails', async () => {
      const db = await harness.fresh();
      const [first, second] = [await db.openMigrated(), await db.open()];
      for (const n of [1, 2, 3]) {
        const { mentions: _m, quotes: _q, ...unenriched } = prepareArticle(story(n), { id: `a${n}`, now: NOW });
        await first.saveArticle(unenriched, `h${n}`);
      }
      const ids = (claimed: { article: { id: string } }[]) => claimed.map((q) => q.article.id);
      const later = (ms: number) => new Date(NOW.getTime() + ms);
      const [one, two] = await Promise.all([
        first.claimForEnrichment({ limit: 2, now: NOW, leaseMs: LEASE }),
        second.claimForEnrichment({ limit: 2, now: NOW, leaseMs: LEASE }),
      ]);
      expect([...ids(one), ...ids(two)].sort()).toEqual(['a1', 'a2', 'a3']);
      expect(await first.claimForEnrichment({ limit: 10, now: later(LEASE - 1), leaseMs: LEASE })).toEqual([]);
      await second.markEnrichmentFailed(ids(two)[0] ?? ids(one)[0]!, 'boom');
      expect(ids(await second.claimForEnrichment({ limit: 10, now: later(1), leaseMs: LEASE }))).toEqual([ids(two)[0] ?? ids(one)[0]]);
      expect(ids(await first.claimForEnrichment({ limit: 10, now: later(LEASE), leaseMs: LEASE })).length).toBe(2);
    });
  });
}
