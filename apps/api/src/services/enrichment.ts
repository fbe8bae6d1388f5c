/**
 * @module
 * Finding the people, places, organisations and quotations of articles (the model's `enrich`):
 * as each article is written, or afterwards from the durable enrichment queue. `ENRICH` says
 * which: `on` (the default) enriches single writes at once (about a millisecond each) and queues
 * bulk imports, whose throughput enriching would more than halve; `inline` enriches imports as
 * they are stored too; `off` enriches nothing by itself, leaving every write queued for
 * `dateline enrich`.
 */
import { type Article, type Enrichment, enrich } from '@dateline/model';
import { runUntrusted } from './untrusted/untrusted-pool.ts';
import type { EntityUpdate, Store } from '../store/store.ts';
import { storyHash } from '../store/story-hash.ts';
import { type EnrichMode, enrichMode } from './enrich-mode.ts';

export { enrichMode } from './enrich-mode.ts';

/** Failed attempts after which the background worker leaves a queued article to `dateline enrich`. */
export const MAX_ATTEMPTS = 3;
/** Passes over the queue one run makes at most (see `enrichQueued`). */
const MAX_PASSES = 3;

/**
 * How long a run holds the queued articles it claimed: far longer than a batch takes (50
 * articles, each at most the untrusted-work time limit), so no other process takes them up
 * meanwhile, and short enough that a batch whose process died is enriched a few minutes later.
 */
const CLAIM_LEASE_MS = 5 * 60_000;

/**
 * Stories whose found mentions and quotations a run keeps (the latest ones), for those queued
 * again during the run by a new full name: their text is unchanged, so only resolution across
 * stories needs doing again, not the extraction, which costs about twice as much as the store.
 * At a few kilobytes of JSON a story, some megabytes of memory at most.
 */
const KEPT_EXTRACTIONS = 2_000;

/** Where a write comes from: `bulk` for imports of many articles. */
export interface EnrichOptions {
  bulk?: boolean | undefined;
  mode?: EnrichMode | undefined;
}

/**
 * `article` as it should be stored: with the mentions and quotations found in its text, or, when
 * this write is not to enrich (see the module), without any, so the store queues it. A write that
 * leaves the story as it was keeps what `existing` (the stored version) had. Editors' corrections
 * are applied by the store, which keeps them.
 *
 * @example
 * const article = withEnrichment(prepareArticle(input, { id, now }), existing);
 */
export function withEnrichment(article: Article, existing?: Article | null, options: EnrichOptions = {}): Article {
  const mode = options.mode ?? enrichMode();
  const { mentions: _mentions, quotes: _quotes, ...rest } = article;
  if (mode === 'inline' || (mode === 'on' && !options.bulk)) return { ...rest, ...enrich(article) };
  return keptOrQueued(rest, article, existing);
}

/** Without enrichment: what `existing` found when the story is unchanged, else nothing, so the store queues it. */
function keptOrQueued(rest: Omit<Article, 'mentions' | 'quotes'>, article: Article, existing: Article | null | undefined): Article {
  if (existing?.mentions !== undefined && storyHash(existing) === storyHash(article)) {
    return { ...rest, mentions: existing.mentions, quotes: existing.quotes ?? [] };
  }
  return rest;
}

/**
 * `withEnrichment` for an API write: the text is enriched in a worker thread with a time limit
 * (see `untrusted-pool.ts`), so a pathological article cannot hold up other requests. Should the
 * worker fail or run out of time, the article is stored without enrichment and queued, for the
 * background worker to try again or leave to `dateline enrich`.
 *
 * @example
 * const article = await withEnrichmentOffThread(prepareArticle(input, { id, now }), existing);
 */
export async function withEnrichmentOffThread(article: Article, existing?: Article | null, options: EnrichOptions = {}): Promise<Article> {
  const mode = options.mode ?? enrichMode();
  const { mentions: _mentions, quotes: _quotes, ...rest } = article;
  if (mode === 'inline' || (mode === 'on' && !options.bulk)) {
    try {
      return { ...rest, ...(await enrichOffThread(article)) };
    } catch {
      return rest;
    }
  }
  return keptOrQueued(rest, article, existing);
}

/**
 * The model's `enrich` run in a worker thread with a time limit; rejects with
 * `UntrustedWorkTimeout` when it takes too long.
 *
 * @example
 * const { mentions, quotes } = await enrichOffThread(article);
 */
export function enrichOffThread(article: Article): Promise<Enrichment> {
  return runUntrusted('enrich', [{ headline: article.headline, standfirst: article.standfirst, body: article.body }]);
}

/** What a run through the queue did. */
export interface EnrichRun {
  enriched: number;
  failed: { slug: string; reason: string }[];
}

/** How to run through the queue. */
export interface EnrichRunOptions {
  /** Skip articles that failed this often (the background worker's limit); default: try every one. */
  maxAttempts?: number | undefined;
  /** Articles read, enriched and stored (in one transaction) per round; default 50. */
  batchSize?: number | undefined;
  /** Called after each batch with the running count. */
  onProgress?: ((done: number) => void) | undefined;
  /** Awaited between articles (a server yields to requests here); returning true stops the run. */
  between?: (() => Promise<boolean>) | undefined;
  now?: (() => Date) | undefined;
  /** How long a batch stays claimed (see `CLAIM_LEASE_MS`, the default). */
  leaseMs?: number | undefined;
  /** How each article is enriched; default the model's `enrich` in this thread (`dateline serve` runs it in a worker thread). */
  enrich?: ((article: Article) => Enrichment | Promise<Enrichment>) | undefined;
}

/**
 * Enriches the queued articles a batch at a time, each batch stored in one transaction that
 * applies the editors' corrections again and takes its articles off the queue, so an interrupted
 * run loses at most the batch in hand and the next one carries on. An article that fails is
 * counted on the queue and the run goes on. Each batch is claimed first (see
 * `Store.claimForEnrichment`): runs in several processes share the queue, none enriching an
 * article another has in hand, and a batch whose process died is taken up once its claim runs out.
 *
 * @example
 * const run = await enrichQueued(store, { onProgress: (n) => console.error(n) });
 */
export async function enrichQueued(store: Store, options: EnrichRunOptions = {}): Promise<EnrichRun> {
  const now = options.now ?? (() => new Date());
  const run: EnrichRun = { enriched: 0, failed: [] };
  const extract = options.enrich ?? enrich;
  // What was found in each story this run, by article id: the same story gives the same again.
  const found = new Map<string, { contentHash: string; enrichment: Enrichment }>();
  const enrichOne = async (article: Article, contentHash: string): Promise<Enrichment> => {
    const kept = found.get(article.id);
    if (kept?.contentHash === contentHash) return kept.enrichment;
    const enrichment = await extract(article);
    found.delete(article.id);
    if (found.size >= KEPT_EXTRACTIONS) found.delete(found.keys().next().value!);
    found.set(article.id, { contentHash, enrichment });
    return enrichment;
  };
  const fail = async (article: Article, err: unknown) => {
    const reason = err instanceof Error ? err.message : String(err);
    run.failed.push({ slug: article.slug, reason });
    failedIds.add(article.id);
    await store.markEnrichmentFailed(article.id, reason);
  };
  // A pass goes through the queue in id order. Storing a story can queue again ones already
  // passed (a new full name their short names now stand for, queued afresh with no failed
  // attempt): later passes take only those, so an article that failed is not claimed again.
  const failedIds = new Set<string>();
  for (let pass = 0, stored = -1; pass < MAX_PASSES && stored !== run.enriched; pass += 1) {
    stored = run.enriched;
    if (await enrichPass(pass === 0 ? options.maxAttempts : 1)) return run;
  }
  return run;

  /** One pass, claiming articles that failed fewer than `maxAttempts` times; true when `between` asked to stop. */
  async function enrichPass(maxAttempts: number | undefined): Promise<boolean> {
    for (let after = ''; ; ) {
      const claimed = await store.claimForEnrichment({
        limit: options.batchSize ?? 50,
        after,
        maxAttempts,
        now: now(),
        leaseMs: options.leaseMs ?? CLAIM_LEASE_MS,
      });
      if (claimed.length === 0) return false;
      after = claimed.at(-1)!.article.id;
      const batch = claimed.filter((q) => !failedIds.has(q.article.id));
      const done: { article: Article; enrichment: NonNullable<EntityUpdate['enrichment']> }[] = [];
      let stop = false;
      for (const { article, contentHash } of batch) {
        try {
          done.push({ article, enrichment: { ...(await enrichOne(article, contentHash)), contentHash } });
        } catch (err) {
          await fail(article, err);
        }
        if ((stop = (await options.between?.()) ?? false)) break;
      }
      try {
        await store.storeEnrichments(
          done.map(({ article, enrichment }) => ({ slug: article.slug, enrichment })),
          now(),
        );
        run.enriched += done.length;
      } catch {
        // One article the database refuses must not hold back the batch: store them one by one.
        for (const { article, enrichment } of done) {
          try {
            await store.updateEntities(article.slug, { enrichment, now: now() });
            run.enriched += 1;
          } catch (err) {
            await fail(article, err);
          }
        }
      }
      options.onProgress?.(run.enriched + run.failed.length);
      if (stop) return true;
    }
  }
}
