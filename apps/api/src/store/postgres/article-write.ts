/**
 * @module
 * Writing an article and its relations to PostgreSQL in one transaction: either every row of it is
 * stored or none is.
 */
import type { Article } from '@dateline/model';
import { planSave, type StoredIdentity, suffixedSlugs } from '../save-plan.ts';
import { searchText } from '../search-text.ts';
import { articleRevisionHash } from '../story-hash.ts';
import type { SaveOptions, SaveResult } from '../store.ts';
import { normaliseEntities } from '../entity-corrections.ts';
import { storeEntities, withCorrections } from './entity-write.ts';
import { articleRow, insertArticles, insertRelations, upsertVocabulary } from './article-insert.ts';
import { shieldMarkup, updateSearchRow } from './search-vector.ts';
import { applyRename, checkExpected, keepFirstRevision, recordSave } from '../sql/article-workflow.ts';
import { awaitSteps } from '../sql/steps.ts';
import { postgresDb } from './db.ts';
import type { Fragment, Queryable, Sql, Tx } from './connection.ts';

/**
 * Stores `article` (see `Store.saveArticle` for the outcomes and `planSave` for which article a
 * save concerns). An update keeps the stored id, slug and creation time, and replaces the
 * article's authors, tags and sources.
 *
 * @example
 * await saveArticleRows(sql, article, hash, { importKey: '/news/budget.md' }); // { outcome: 'created', id: article.id, slug: article.slug }
 */
export function saveArticleRows(pool: Sql, article: Article, contentHash: string, options: SaveOptions = {}): Promise<SaveResult> {
  return pool.begin((sql) => saveArticleIn(sql, article, contentHash, options));
}

/**
 * `saveArticleRows` inside a transaction the caller has open, for writes that check something
 * else first under the same lock (creating only where a slug is free), and for batches.
 *
 * @example
 * await pool.begin(async (sql) => { await lockArticleWrites(sql); …; return saveArticleIn(sql, article, hash); });
 */
export async function saveArticleIn(sql: Tx, article: Article, contentHash: string, options: SaveOptions = {}): Promise<SaveResult> {
  await lockArticleWrites(sql);
  const db = postgresDb(sql);
  await awaitSteps(db, checkExpected(options.expected));
  await awaitSteps(db, applyRename(article.slug, options.rename));
  const revisionHash = options.revisionHash ?? articleRevisionHash(article);
  const one = async (where: Fragment) => {
    const [row] = await sql<StoredIdentity[]>`
      SELECT id, slug, document->>'createdAt' AS created_at, revision_hash, import_key FROM articles WHERE ${where} LIMIT 1`;
    return row;
  };
  const plan = planSave(
    article,
    { ...options, revisionHash },
    {
      byKey: options.importKey === undefined ? undefined : await one(sql`import_key = ${options.importKey}`),
      bySlug: await one(sql`slug = ${article.slug}`),
      twin: await one(sql`content_hash = ${contentHash}`),
    },
  );
  if (plan.kind === 'skip') return { outcome: plan.outcome, id: plan.id, slug: plan.slug };
  const importKey = options.importKey ?? null;
  if (plan.kind === 'update') {
    const { existing } = plan;
    if (plan.outcome === 'unchanged') {
      await sql`UPDATE articles SET import_key = ${importKey} WHERE id = ${existing.id}`;
      return { outcome: 'unchanged', id: existing.id, slug: existing.slug };
    }
    // Editors' corrections to its people, places and quotations outlive the new text.
    const stored: Article = await withCorrections(sql, {
      ...article,
      id: existing.id,
      slug: existing.slug,
      createdAt: existing.created_at,
    });
    await upsertVocabulary(sql, [stored]);
    if (options.revision !== undefined) await awaitSteps(db, keepFirstRevision(db, existing.id));
    await sql`DELETE FROM article_authors WHERE article_id = ${existing.id}`;
    await sql`DELETE FROM article_tags WHERE article_id = ${existing.id}`;
    await sql`DELETE FROM sources WHERE article_id = ${existing.id}`;
    await sql`DELETE FROM article_media WHERE article_id = ${existing.id}`;
    const text = searchText(stored);
    const row = {
      ...articleRow(stored, contentHash),
      revision_hash: revisionHash,
      import_key: importKey ?? existing.import_key,
      search_body: shieldMarkup(text.body),
    };
    await sql`UPDATE articles SET ${sql(row as Record<string, unknown>)} WHERE id = ${existing.id}`;
    await updateSearchRow(sql, row, text);
    await insertRelations(sql, [stored]);
    await storeEntities(sql, stored);
    await awaitSteps(db, recordSave(db, stored, false, options));
    return { outcome: 'updated', id: stored.id, slug: stored.slug };
  }
  const slug = plan.freeSlug ? await freeSlug(sql, article.slug) : article.slug;
  const stored: Article = normaliseEntities({ ...article, slug });
  await insertArticles(sql, [{ article: stored, contentHash, revisionHash, importKey }]);
  await awaitSteps(db, recordSave(db, stored, true, options));
  return { outcome: 'created', id: stored.id, slug: stored.slug };
}

/** The first of `slug-2`, `slug-3`… that no article has. */
async function freeSlug(sql: Queryable, slug: string): Promise<string> {
  for (const candidate of suffixedSlugs(slug)) {
    const [taken] = await sql`SELECT 1 FROM articles WHERE slug = ${candidate}`;
    if (!taken) return candidate;
  }
  throw new Error('unreachable');
}

/** The transaction lock key of article writes ("articles" in ASCII). */
const ARTICLE_WRITE_LOCK_KEY = '7021802765012460915';

/**
 * `lockArticleWrites` as a statement of the shared query layer (`sql/db.ts`).
 *
 * @example
 * await tx.run(LOCK_ARTICLE_WRITES);
 */
export const LOCK_ARTICLE_WRITES = `SELECT pg_advisory_xact_lock(${ARTICLE_WRITE_LOCK_KEY}::bigint)`;

/**
 * Makes article writes take turns, as SQLite's single writer does: a save checks slugs and
 * content hashes across rows that no row lock covers yet (a slug about to be created), so two
 * concurrent saves could otherwise both decide to create. Readers are never blocked.
 *
 * @example
 * await pool.begin(async (sql) => { await lockArticleWrites(sql); ... });
 */
export async function lockArticleWrites(sql: Queryable): Promise<void> {
  await sql`SELECT pg_advisory_xact_lock(${ARTICLE_WRITE_LOCK_KEY}::bigint)`;
}
