/**
 * @module
 * What editors do to articles, as plain functions over a `Store`: create, replace, patch, delete
 * and restore a revision. Invalid input throws the `ZodError` naming each field, and a write the
 * editor's role does not allow throws `ForbiddenEditError`, before anything is written; every
 * write is one store transaction (the article, who saved it and its revision), so a failure
 * leaves the article as it was. With a `precondition` (the request's `If-Match`), a write made
 * against an article that changed meanwhile is `stale` and writes nothing.
 */
import { randomUUID } from 'node:crypto';
import { type Article, type ArticleInput, MAX_NESTING_DEPTH } from '@dateline/model';
import { z } from 'zod';
import { type EditorialArticle, type RevisionKind, SlugTakenError, StaleWriteError, type Store } from '../store/store.ts';
import { inputOf, storedInputOf } from './article-input.ts';
import { prepareSave, type ValidatedSave, validateSave, withInput } from './article-save.ts';
import { canonicalJson } from './content-hash.ts';
import { withEnrichmentOffThread } from './enrichment.ts';
import { requireAltToPublish } from './image-alt.ts';
import { jsonDepth, mergePatch } from './merge-patch.ts';
import { checkOwnStory, checkStatus, defaultStatus, type Editor } from './workflow/permissions.ts';
import { changedFields } from './workflow/revision-diff.ts';

/**
 * Consecutive plain edits by one person within this long fold into one revision, so an autosave
 * every few seconds keeps one revision per sitting rather than hundreds (decision 008).
 */
const REVISION_COALESCE_MS = 5 * 60_000;

/** The outcome of an editorial write. */
export type EditResult =
  | { kind: 'created' | 'updated' | 'unchanged'; article: Article }
  /** POST only, or a slug change: the slug is taken. */
  | { kind: 'exists'; slug: string }
  /** The same content is already stored under `slug`. */
  | { kind: 'duplicate'; slug: string }
  /** Nothing to patch, delete or restore. */
  | { kind: 'not-found' }
  /** The precondition failed: `current` is the stored article (null when there is none); nothing was written. */
  | { kind: 'stale'; current: Article | null };

/** The clock and id source of a write (tests pin both), who writes, and what it was made against. */
export interface EditOptions {
  now: Date;
  newId?: () => string;
  /** Who writes: recorded on the article and its revision, and held to its role's limits. */
  editor?: Editor | null | undefined;
  /**
   * Whether the write may go ahead given the stored article (null when there is none): the
   * request's `If-Match`. When it holds, the store also checks in its transaction that the
   * article is still that one.
   */
  precondition?: ((current: Article | null) => boolean) | undefined;
}

/** A validation error on one field, in the form every other invalid input reports. */
function fieldError(path: string, message: string, input: unknown): z.ZodError {
  return new z.ZodError([{ code: 'custom', path: [path], message, input }]);
}

const actorOf = (editor: Editor | null | undefined) => (editor === undefined ? undefined : editor && { id: editor.id, name: editor.name });

/** Runs a store write, turning a failed precondition into `stale` and a taken slug into `exists`. */
async function guarded(work: () => Promise<EditResult>): Promise<EditResult> {
  try {
    return await work();
  } catch (err) {
    if (err instanceof StaleWriteError) return { kind: 'stale', current: err.current };
    if (err instanceof SlugTakenError) return { kind: 'exists', slug: err.slug };
    throw err;
  }
}

/** The stored article at `slug` (any status), or the `stale` result when the precondition fails. */
async function current(store: Store, slug: string, options: EditOptions): Promise<EditorialArticle | null | EditResult> {
  const editorial = await store.getEditorial(slug);
  if (options.precondition && !options.precondition(editorial?.article ?? null))
    return { kind: 'stale', current: editorial?.article ?? null };
  return editorial;
}

const isResult = (value: EditorialArticle | null | EditResult): value is EditResult => value !== null && 'kind' in value;

/**
 * Stores a new article; `exists` when its slug is taken, `duplicate` when its content is stored.
 *
 * @example
 * const result = await createArticle(store, input, { now: new Date() });
 * if (result.kind === 'created') console.log(result.article.slug);
 */
export async function createArticle(store: Store, input: ArticleInput, options: EditOptions): Promise<EditResult> {
  const status = input.status === undefined ? defaultStatus(options.editor) : undefined;
  return createValidated(store, validateSave(status ? { ...input, status } : input), options);
}

/** Stores a new article from input validated already. */
async function createValidated(store: Store, validated: ValidatedSave, options: EditOptions): Promise<EditResult> {
  checkStatus(options.editor, validated.input.status);
  requireAltToPublish(validated.input);
  const id = (options.newId ?? randomUUID)();
  const save = await prepareSave(store, validated, {
    id,
    now: options.now,
    existing: null,
    enrich: (article) => withEnrichmentOffThread(article),
  });
  const { article } = save;
  const saved = await store.createArticle(article, save.contentHash, {
    revisionHash: save.revisionHash,
    actor: actorOf(options.editor),
    revision: { kind: 'created', fields: [] },
  });
  // As stored (its entities normalised), so its ETag is the one a read gives.
  if (saved.outcome === 'created')
    return { kind: 'created', article: (await store.getArticle(saved.slug, { includeHidden: true, now: options.now })) ?? article };
  return { kind: saved.outcome, slug: saved.slug };
}

/**
 * Stores `input` as the whole article at `slug`, creating it if needed. The slug in the body, if
 * any, must be `slug`: moving an article is a patch of its slug.
 *
 * @example
 * const result = await replaceArticle(store, 'river-path-reopens', input, { now: new Date() });
 * result.kind; // 'created' | 'updated' | 'unchanged' | 'duplicate' | 'stale'
 */
export async function replaceArticle(store: Store, slug: string, input: ArticleInput, options: EditOptions): Promise<EditResult> {
  if (input.slug !== undefined && input.slug !== slug) {
    throw fieldError('slug', `must be "${slug}", the slug in the path, or be left out; to move an article, PATCH its slug`, input.slug);
  }
  // Validated before any read, so invalid input costs nothing, and only once, however it is stored.
  const validated = validateSave({ ...input, slug });
  // A contributor's story gets their default status when new, and keeps its status when not, unless the body names one.
  const keepStatus = input.status === undefined && defaultStatus(options.editor) !== undefined;
  // A concurrent creation of the same slug turns a create into an update: try once more.
  for (let attempt = 0; attempt < 2; attempt += 1) {
    const existing = await current(store, slug, options);
    if (isResult(existing)) return existing;
    if (!existing) {
      const status = keepStatus ? defaultStatus(options.editor) : undefined;
      const created = await createValidated(store, status ? withInput(validated, { status }) : validated, options);
      if (created.kind !== 'exists') return created;
      continue;
    }
    checkOwnStory(options.editor, { createdBy: existing.createdBy, status: existing.article.status });
    return update(store, existing, keepStatus ? withInput(validated, { status: existing.article.status }) : validated, options);
  }
  throw new Error(`The article "${slug}" kept changing while it was being replaced.`);
}

/**
 * Applies a JSON merge patch (RFC 7396) to the writable fields of the article at `slug`, then
 * validates the result as a whole. A new `slug` moves the article; when it has been published,
 * its old address keeps answering with a redirect.
 *
 * @example
 * await patchArticle(store, 'river-path-reopens', { standfirst: null, status: 'archived' }, { now: new Date() });
 */
export async function patchArticle(store: Store, slug: string, patch: Record<string, unknown>, options: EditOptions): Promise<EditResult> {
  const existing = await current(store, slug, options);
  if (isResult(existing)) return existing;
  if (!existing) return { kind: 'not-found' };
  if ('slug' in patch && (typeof patch.slug !== 'string' || patch.slug === '')) {
    throw fieldError('slug', 'cannot be removed; give the new slug to move the article', patch.slug);
  }
  checkOwnStory(options.editor, { createdBy: existing.createdBy, status: existing.article.status });
  if (jsonDepth(patch) > MAX_NESTING_DEPTH) {
    throw new z.ZodError([{ code: 'custom', path: [], message: `nests more than ${MAX_NESTING_DEPTH} levels deep`, input: undefined }]);
  }
  const merged = mergePatch(inputOf(existing.article), patch) as ArticleInput;
  const moved = typeof merged.slug === 'string' && merged.slug !== existing.article.slug;
  const rename = moved ? { from: existing.article.slug, keepOldSlug: existing.article.publishedAt !== null } : undefined;
  return update(store, existing, validateSave({ ...merged, slug: merged.slug ?? existing.article.slug }), options, { rename });
}

/**
 * Brings back the text and settings of one of the article's revisions as a new revision. The
 * status, publication time and slug stay as they are now: restoring an earlier text of a
 * published story must not unpublish or move it.
 *
 * @example
 * await restoreRevision(store, 'river-path-reopens', revisionId, { now: new Date() });
 */
export async function restoreRevision(
  store: Store,
  slug: string,
  revisionId: string,
  options: EditOptions,
): Promise<EditResult | { kind: 'no-revision' }> {
  const existing = await current(store, slug, options);
  if (isResult(existing)) return existing;
  if (!existing) return { kind: 'not-found' };
  const revision = await store.getRevision(existing.article.id, revisionId);
  if (!revision) return { kind: 'no-revision' };
  checkOwnStory(options.editor, { createdBy: existing.createdBy, status: existing.article.status });
  const { publishedAt } = existing.article;
  const input: ArticleInput = {
    ...inputOf(revision.article),
    slug: existing.article.slug,
    status: existing.article.status,
    ...(publishedAt === null ? { publishedAt: undefined } : { publishedAt }),
  };
  return update(store, existing, validateSave(input), options, { kind: 'restored' });
}

/** Saves `validated` over `existing`, keeping its id, creation and first publication time. */
async function update(
  store: Store,
  existing: EditorialArticle,
  validated: ValidatedSave,
  options: EditOptions,
  how: { kind?: RevisionKind; rename?: { from: string; keepOldSlug: boolean } | undefined } = {},
): Promise<EditResult> {
  const before = existing.article;
  requireAltToPublish(validated.input);
  checkStatus(options.editor, validated.input.status);
  // Saving the fields the article already has would only move updatedAt: report it unchanged.
  if (canonicalJson(validated.input) === canonicalJson(storedInputOf(before))) {
    return { kind: 'unchanged', article: before };
  }
  const enrich = (article: Article, stored: Article | null) => withEnrichmentOffThread(article, stored);
  const save = await prepareSave(store, validated, { id: before.id, now: options.now, existing: before, enrich });
  const { article } = save;
  const kind: RevisionKind = how.kind ?? (article.status === before.status ? 'edited' : 'status');
  return guarded(async () => {
    const saved = await store.saveArticle(article, save.contentHash, {
      revisionHash: save.revisionHash,
      actor: actorOf(options.editor),
      revision: { kind, fields: changedFields(before, article), coalesceMs: REVISION_COALESCE_MS },
      expected: options.precondition ? before : undefined,
      rename: how.rename,
    });
    if (saved.outcome === 'duplicate') return { kind: 'duplicate', slug: saved.slug };
    const stored = await store.getArticle(saved.slug, { includeHidden: true, now: options.now });
    return { kind: saved.outcome === 'unchanged' ? 'unchanged' : 'updated', article: stored ?? article };
  });
}

/**
 * Deletes the article at `slug` with its comments and revisions: `not-found` when there is none,
 * `stale` when the precondition fails.
 *
 * @example
 * const result = await deleteArticle(store, 'river-path-reopens', { now: new Date() });
 */
export async function deleteArticle(
  store: Store,
  slug: string,
  options: EditOptions,
): Promise<{ kind: 'deleted' | 'not-found' } | { kind: 'stale'; current: Article | null }> {
  const existing = await current(store, slug, options);
  if (isResult(existing)) return existing as { kind: 'stale'; current: Article | null };
  if (!existing) return { kind: 'not-found' };
  checkOwnStory(options.editor, { createdBy: existing.createdBy, status: existing.article.status });
  try {
    const deleted = await store.deleteArticle(slug, { expected: options.precondition ? existing.article : undefined });
    return { kind: deleted ? 'deleted' : 'not-found' };
  } catch (err) {
    if (err instanceof StaleWriteError) return { kind: 'stale', current: err.current };
    throw err;
  }
}
