/**
 * @module
 * Writing an article and its relations to PostgreSQL in one transaction: either every row of it is
 * stored or none is.
 */
import type { Article } from '@dateline/model';
import { toSummary, utc } from '../article-rows.ts';
import { planSave, type StoredIdentity, suffixedSlugs } from '../save-plan.ts';
import { searchText } from '../search-text.ts';
import { articleRevisionHash } from '../story-hash.ts';
import { searchColumns } from './article-search.ts';
import type { SaveOptions, SaveResult } from '../store.ts';
import { normaliseEntities } from '../entity-corrections.ts';
import { storeEntities, withCorrections } from './entity-write.ts';
import type { Fragment, JsonValue, Queryable, Sql, Tx } from './connection.ts';

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
  const revisionHash = options.revisionHash ?? articleRevisionHash(article);
  const one = async (where: Fragment) => {
    const [row] = await sql<StoredIdentity[]>`
      SELECT id, slug, document->>'createdAt' AS created_at, revision_hash, import_key FROM articles WHERE ${where} LIMIT 1`;
    return row;
  };
  const plan = planSave(article, { ...options, revisionHash }, {
    byKey: options.importKey === undefined ? undefined : await one(sql`import_key = ${options.importKey}`),
    bySlug: await one(sql`slug = ${article.slug}`),
    twin: await one(sql`content_hash = ${contentHash}`),
  });
  if (plan.kind === 'skip') return { outcome: plan.outcome, id: plan.id, slug: plan.slug };
  const importKey = options.importKey ?? null;
  if (plan.kind === 'update') {
    const { existing } = plan;
    if (plan.outcome === 'unchanged') {
      await sql`UPDATE articles SET import_key = ${importKey} WHERE id = ${existing.id}`;
      return { outcome: 'unchanged', id: existing.id, slug: existing.slug };
    }
    // Editors' corrections to its people, places and quotations outlive the new text.
    const stored: Article = await withCorrections(sql, { ...article, id: existing.id, slug: existing.slug, createdAt: existing.created_at });
    await upsertVocabulary(sql, stored);
    await sql`DELETE FROM article_authors WHERE article_id = ${existing.id}`;
    await sql`DELETE FROM article_tags WHERE article_id = ${existing.id}`;
    await sql`DELETE FROM sources WHERE article_id = ${existing.id}`;
    const row = {
      ...articleRow(stored, contentHash),
      revision_hash: revisionHash,
      import_key: importKey ?? existing.import_key,
      ...searchColumns(sql, searchText(stored)),
    };
    // The search vector is an SQL fragment among the values, which the helper's types do not foresee.
    await sql`UPDATE articles SET ${sql(row as Record<string, unknown>)} WHERE id = ${existing.id}`;
    await insertRelations(sql, stored);
    await storeEntities(sql, stored);
    return { outcome: 'updated', id: stored.id, slug: stored.slug };
  }
  const slug = plan.freeSlug ? await freeSlug(sql, article.slug) : article.slug;
  const stored: Article = normaliseEntities({ ...article, slug });
  await upsertVocabulary(sql, stored);
  const row = { ...articleRow(stored, contentHash), revision_hash: revisionHash, import_key: importKey, ...searchColumns(sql, searchText(stored)) };
  await sql`INSERT INTO articles ${sql(row as Record<string, unknown>)}`;
  await insertRelations(sql, stored);
  await storeEntities(sql, stored, true);
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

/** The `articles` row of an article. */
function articleRow(a: Article, contentHash: string) {
  const publishedAt = a.publishedAt === null ? null : utc(a.publishedAt);
  return {
    id: a.id,
    slug: a.slug,
    status: a.status,
    published_at: publishedAt,
    sort_at: publishedAt ?? utc(a.createdAt),
    created_at: utc(a.createdAt),
    updated_at: utc(a.updatedAt),
    section_slug: a.section?.slug ?? null,
    headline: a.headline,
    content_hash: contentHash,
    // Objects, not JSON text: the driver serialises a value bound to a json column itself.
    summary: toSummary(a) as unknown as JsonValue,
    document: a as unknown as JsonValue,
  };
}

/** Names are shared across articles; the latest save wins, but a missing bio or URL keeps the old one. */
async function upsertVocabulary(sql: Queryable, a: Article): Promise<void> {
  if (a.section) {
    await sql`INSERT INTO sections (slug, name) VALUES (${a.section.slug}, ${a.section.name})
      ON CONFLICT (slug) DO UPDATE SET name = excluded.name`;
  }
  for (const x of a.authors) {
    await sql`INSERT INTO authors (slug, name, bio, url) VALUES (${x.slug}, ${x.name}, ${x.bio ?? null}, ${x.url ?? null})
      ON CONFLICT (slug) DO UPDATE SET name = excluded.name, bio = COALESCE(excluded.bio, authors.bio), url = COALESCE(excluded.url, authors.url)`;
  }
  for (const t of a.tags) {
    await sql`INSERT INTO tags (slug, name) VALUES (${t.slug}, ${t.name}) ON CONFLICT (slug) DO UPDATE SET name = excluded.name`;
  }
}

async function insertRelations(sql: Queryable, a: Article): Promise<void> {
  if (a.authors.length > 0) {
    await sql`INSERT INTO article_authors ${sql(a.authors.map((x, i) => ({ article_id: a.id, position: i, author_slug: x.slug })))}`;
  }
  if (a.tags.length > 0) {
    await sql`INSERT INTO article_tags ${sql(a.tags.map((t, i) => ({ article_id: a.id, tag_slug: t.slug, position: i })))}`;
  }
  if (a.sources.length > 0) {
    await sql`INSERT INTO sources ${sql(a.sources.map((s, i) => ({ article_id: a.id, position: i, name: s.name, url: s.url ?? null })))}`;
  }
}
