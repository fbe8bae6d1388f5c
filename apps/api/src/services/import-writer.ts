/**
 * @module
 * Stores import records in batches: one transaction per batch, yet one outcome per record, each
 * what importing the records one by one would have given.
 */
import { randomUUID } from 'node:crypto';
import type { Article } from '@dateline/model';
import type { SaveOutcome, Store } from '../store/store.ts';
import type { EnrichmentState } from '../store/entity-store.ts';
import type { ArticleSave, BatchFailure, ExportedComment, KeptCorrection } from '../store/transfer-store.ts';
import type { ArticleEditors, StoredRevision } from '../store/workflow-store.ts';
import { describeFailure } from './article-files.ts';
import { prepareSave, type ValidatedSave, validateSave } from './article-save.ts';
import { withEnrichment } from './enrichment.ts';
import type { ExportedPin } from './export-format.ts';
import type { ImportRecord } from './import-records.ts';
import { unavailableCause } from '../store/unavailable.ts';

/** Records per transaction when the caller does not say. */
const DEFAULT_BATCH_SIZE = 500;

/** What became of one record. `label` is the caller's name for it (file and place in the file). */
export type RecordResult = { label: string } & (
  | { kind: 'article'; outcome: SaveOutcome; slug: string }
  | { kind: 'comment'; outcome: 'created' | 'updated' | 'unchanged'; id: string }
  | { kind: 'article' | 'comment'; outcome: 'failed'; reason: string }
);

/** How the writer stores and reports. */
export interface ImportWriterOptions {
  /** Called once per record, in the order records were added. */
  onResult: (result: RecordResult) => void;
  batchSize?: number | undefined;
  /** The clock of new and updated articles; tests pin it. */
  now?: (() => Date) | undefined;
  newId?: (() => string) | undefined;
}

/** Adds records; `flush` stores what is still pending. */
export interface ImportWriter {
  /**
   * Adds a record. `importKey` names where an article written by a person comes from (the file's
   * resolved path, and its place in the file): importing it again updates that article.
   */
  add(record: ImportRecord, label: string, importKey?: string): Promise<void>;
  /** Calls `emit` once everything added before it has been reported. */
  later(emit: () => void): Promise<void>;
  flush(): Promise<void>;
}

/** An article written by a person, validated when added and completed when its batch is stored. */
type Draft = { validated: ValidatedSave; id: string; now: Date; importKey: string | undefined };
type ArticleEntry = {
  kind: 'article';
  label: string;
  save: ArticleSave | Draft;
  revisions?: StoredRevision[] | undefined;
  editors?: ArticleEditors | undefined;
  corrections?: KeptCorrection[] | undefined;
  enrichment?: EnrichmentState | undefined;
  frontPage?: ExportedPin | undefined;
};
type CommentEntry = { kind: 'comment'; label: string; comment: ExportedComment };
// A failure found before storing, or a note, waits in line: everything comes out in the order it went in.
type Pending = ArticleEntry | CommentEntry | { kind: 'failed'; label: string; reason: string } | { kind: 'note'; emit: () => void };

/**
 * A writer over `store`. Articles written by people are validated and completed as
 * `importArticle` does them; exported articles and comments are stored as they are. The store
 * decides each save inside the batch's transaction, seeing the saves before it, and comments wait
 * for the articles before them, so batching changes no outcome.
 *
 * @example
 * const writer = createImportWriter(store, { onResult: (r) => console.log(r.label, r.outcome) });
 * await writer.add({ kind: 'input', input }, 'story.txt', '/news/story.txt');
 * await writer.flush();
 */
export function createImportWriter(store: Store, options: ImportWriterOptions): ImportWriter {
  const batchSize = options.batchSize ?? DEFAULT_BATCH_SIZE;
  const now = options.now ?? (() => new Date());
  const newId = options.newId ?? randomUUID;
  let pending: Pending[] = [];
  let kind: 'article' | 'comment' | undefined;

  const flush = async () => {
    const batch = pending;
    pending = [];
    kind = undefined;
    const results = new Map<Pending, RecordResult>();
    for (const [entry, result] of await storeArticles(
      store,
      batch.filter((e) => e.kind === 'article'),
    ))
      results.set(entry, result);
    for (const [entry, result] of await storeComments(
      store,
      batch.filter((e) => e.kind === 'comment'),
    ))
      results.set(entry, result);
    for (const entry of batch) {
      if (entry.kind === 'note') entry.emit();
      else options.onResult(entry.kind === 'failed' ? { ...entry, kind: 'article', outcome: 'failed' } : results.get(entry)!);
    }
  };

  const hold = async (entry: Pending) => {
    // A batch holds articles or comments, not both, so comments are stored after the articles before them.
    if (entry.kind === 'article' || entry.kind === 'comment') {
      if (kind !== undefined && kind !== entry.kind) await flush();
      kind = entry.kind;
    }
    pending.push(entry);
    if (pending.length >= batchSize) await flush();
  };

  return {
    add: async (record, label, importKey) => {
      if (record.kind === 'failed' || record.kind === 'refused') return hold({ kind: 'failed', label, reason: record.reason });
      if (record.kind === 'comment') return hold({ kind: 'comment', label, comment: record.comment });
      if (record.kind === 'article') {
        const {
          article,
          contentHash: hash,
          revisionHash: revision,
          importKey: key,
          revisions,
          editors,
          corrections,
          enrichment,
          frontPage,
        } = record;
        const save = { article, contentHash: hash, options: { revisionHash: revision, importKey: key } };
        return hold({ kind: 'article', label, save, revisions, editors, corrections, enrichment, frontPage });
      }
      let validated: ValidatedSave;
      try {
        validated = validateSave(record.input);
      } catch (err) {
        return hold({ kind: 'failed', label, reason: describeFailure(err) });
      }
      return hold({ kind: 'article', label, save: { validated, id: newId(), now: now(), importKey } });
    },
    later: (emit) => hold({ kind: 'note', emit }),
    flush,
  };
}

async function storeArticles(store: Store, batch: ArticleEntry[]): Promise<[ArticleEntry, RecordResult][]> {
  if (batch.length === 0) return [];
  // An article that cannot be completed fails alone, as one that cannot be validated does.
  const saves: (ArticleSave | BatchFailure)[] = [];
  for (const { save } of batch) {
    if (!('validated' in save)) {
      saves.push(save);
      continue;
    }
    try {
      saves.push(await articleSave(store, save));
    } catch (err) {
      if (unavailableCause(err)) throw err;
      saves.push({ outcome: 'failed', error: err instanceof Error ? err : new Error(String(err)) });
    }
  }
  try {
    const stored = await store.saveArticles(saves.filter((s): s is ArticleSave => !('outcome' in s)));
    let next = 0;
    const results = saves.map((s) => ('outcome' in s ? s : stored[next++]!));
    // An exported article's revisions and editors come with it, stored as they were; one the
    // import created gets back its editors' corrections and its place on the enrichment queue.
    const queue: { articleId: string; enrichment: EnrichmentState }[] = [];
    for (const [i, entry] of batch.entries()) {
      const result = results[i]!;
      if (result.outcome === 'failed' || result.outcome === 'duplicate') continue;
      if (entry.revisions) await store.replaceRevisions(result.id, entry.revisions);
      if (entry.editors) await store.restoreEditors(result.id, entry.editors);
      if (result.outcome !== 'created') continue;
      if (entry.corrections?.length) await restoreCorrections(store, result.slug, entry.corrections);
      if (entry.enrichment) queue.push({ articleId: result.id, enrichment: entry.enrichment });
      // Who pinned it is not in the export (people are not); the pin itself is the editors' page.
      if (entry.frontPage) await store.pinToFrontPage(result.slug, { ...entry.frontPage, pinnedBy: null });
    }
    if (queue.length > 0) await store.restoreEnrichment(queue);
    return batch.map((entry, i) => {
      const result = results[i]!;
      const { label } = entry;
      if (result.outcome === 'failed') return [entry, { label, kind: 'article', outcome: 'failed', reason: describeFailure(result.error) }];
      return [entry, { label, kind: 'article', outcome: result.outcome, slug: result.slug }];
    });
  } catch (err) {
    // A database that is locked or gone fails every later batch too: stop, and say so once.
    if (unavailableCause(err)) throw err;
    const reason = describeFailure(err);
    return batch.map((entry) => [entry, { label: entry.label, kind: 'article', outcome: 'failed', reason }]);
  }
}

/** The save of an article written by a person, completed against the stored version it replaces. */
async function articleSave(store: Store, draft: Draft): Promise<ArticleSave> {
  const { validated, id, now, importKey } = draft;
  const enrich = (article: Article, existing: Article | null) => withEnrichment(article, existing, { bulk: true });
  const prepared = await prepareSave(store, validated, { id, now, importKey, enrich });
  // A file imported again over an article keeps a revision of what it replaced and of itself;
  // new articles get none until they are edited, so a bulk import writes no second copy.
  const revision = { kind: 'imported' as const, fields: [], updatesOnly: true };
  return {
    article: prepared.article,
    contentHash: prepared.contentHash,
    options: { revisionHash: prepared.revisionHash, importKey, revision },
  };
}

/**
 * Keeps an exported article's corrections again, in their order and with when they were made
 * (one update per moment, as the editor made them), once the import has created the article.
 */
async function restoreCorrections(store: Store, slug: string, corrections: KeptCorrection[]): Promise<void> {
  let start = 0;
  for (let i = 1; i <= corrections.length; i++) {
    if (i < corrections.length && corrections[i]!.createdAt === corrections[start]!.createdAt) continue;
    const group = corrections.slice(start, i);
    await store.updateEntities(slug, { corrections: group.map((c) => c.correction), now: new Date(group[0]!.createdAt) });
    start = i;
  }
}

async function storeComments(store: Store, batch: CommentEntry[]): Promise<[CommentEntry, RecordResult][]> {
  if (batch.length === 0) return [];
  try {
    const results = await store.restoreComments(batch.map((entry) => entry.comment));
    return batch.map((entry, i) => {
      const result = results[i]!;
      const { label } = entry;
      if (result.outcome === 'failed') return [entry, { label, kind: 'comment', outcome: 'failed', reason: describeFailure(result.error) }];
      return [entry, { label, kind: 'comment', outcome: result.outcome, id: result.id }];
    });
  } catch (err) {
    if (unavailableCause(err)) throw err;
    const reason = describeFailure(err);
    return batch.map((entry) => [entry, { label: entry.label, kind: 'comment', outcome: 'failed', reason }]);
  }
}
