/**
 * @module
 * Inserting new articles into PostgreSQL a batch at a time: the names they share, their rows,
 * their search vectors and their relations each go in through one multi-row statement, whatever
 * the number of articles, so a batch costs a handful of round trips instead of a dozen per
 * article. New articles' rows travel in binary `COPY` format (see copy-binary.ts), the rest as
 * one JSON array per statement (`json_to_recordset`); `json`, not `jsonb`, so documents keep
 * their key order.
 */
import type { Article } from '@dateline/model';
import { toSummary, utc } from '../article-rows.ts';
import { searchVectorEntries } from '../search-analysis.ts';
import { searchText } from '../search-text.ts';
import type { JsonValue, Queryable } from './connection.ts';
import { mediaIdsOf } from '../media-uses.ts';
import { withCorrections, writeEntityRows } from './entity-write.ts';
import { shieldMarkup } from './search-vector.ts';
import { BinaryRows, copyIn } from './copy-binary.ts';
import { withLongerStatements } from './statement-budget.ts';

/**
 * Articles per INSERT: indexing their vectors and pairs is most of a statement's time, which must
 * stay well within the query deadline (`DB_QUERY_TIMEOUT_MS`) on a busy server: 100 took over
 * 5 s once, at a load average of 20 on two cores.
 */
const INSERT_CHUNK = 50;

/**
 * What a chunk's statement may take beyond the usual query limit, per article: at a load average
 * of 20 on two cores fifty stories took over 5 s, and a GIN index that has outgrown memory makes
 * each one slower still. A statement cut off at the usual limit lost a 100,000-story import at
 * 22,000; half a second a story leaves room while a silent server is still found out.
 */
const CHUNK_MS_PER_ARTICLE = 500;

/** An article to insert, as stored (its slug free, its entities normalised), with its hashes. */
export interface NewArticle {
  article: Article;
  contentHash: string;
  revisionHash: string;
  importKey: string | null;
}

/**
 * `rows` as JSON text for `json_to_recordset`. A lone surrogate, which JSON writes as an escape
 * PostgreSQL refuses, becomes U+FFFD, as it does when the driver sends a string as a value.
 *
 * @example
 * await sql`SELECT * FROM json_to_recordset(${json([{ id: 'a1' }])}::text::json) AS v (id text)`;
 */
export function json(rows: unknown[]): string {
  const text = JSON.stringify(rows);
  if (!/\\u[dD][89a-fA-F]/.test(text)) return text;
  return JSON.stringify(rows, (_key, value: unknown) => (typeof value === 'string' ? value.toWellFormed() : value));
}

/**
 * The `articles` columns of an article but its import identity and search columns.
 *
 * @example
 * await sql`UPDATE articles SET ${sql(articleRow(article, hash))} WHERE id = ${article.id}`;
 */
export function articleRow(a: Article, contentHash: string) {
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

/**
 * Inserts `items` with their authors, tags, sources, mentions and quotations, updating the shared
 * section, author and tag names, and queues those without mentions for enrichment. Call inside a
 * transaction holding the article write lock (`lockArticleWrites`).
 *
 * @example
 * await insertArticles(sql, [{ article, contentHash, revisionHash, importKey: '/news/a.md' }]);
 */
export async function insertArticles(sql: Queryable, items: readonly NewArticle[]): Promise<void> {
  if (items.length === 0) return;
  // Merges and short names resolved across stories apply to a new article's mentions too.
  const resolved: NewArticle[] = [];
  for (const i of items) resolved.push(i.article.mentions === undefined ? i : { ...i, article: await withCorrections(sql, i.article) });
  items = resolved;
  const articles = items.map((i) => i.article);
  await upsertVocabulary(sql, articles);
  // One article is as quick as any other write; more get time in proportion.
  const extraMs = items.length === 1 ? 0 : Math.min(items.length, INSERT_CHUNK) * CHUNK_MS_PER_ARTICLE;
  if (extraMs === 0) await insertInChunks(sql, items);
  else await withLongerStatements(sql, extraMs, (chunks) => insertInChunks(chunks, items));
  await insertRelations(sql, articles);
  const enriched = articles.filter((a) => a.mentions !== undefined);
  for (const a of enriched) await writeEntityRows(sql, a, true);
  const queued = articles.filter((a) => a.mentions === undefined).map((a) => a.id);
  if (queued.length > 0) {
    await sql`
      INSERT INTO enrichment_queue (article_id, queued_at) SELECT value, now() FROM json_array_elements_text(${json(queued)}::text::json)
      ON CONFLICT (article_id) DO UPDATE SET queued_at = excluded.queued_at, attempts = 0, last_error = NULL, claimed_until = NULL`;
  }
}

/** Inserts the article, `article_search` and `article_rank` rows of `items`, `INSERT_CHUNK` articles at a time. */
async function insertInChunks(sql: Queryable, items: readonly NewArticle[]): Promise<void> {
  // The next chunk's rows are made while the server stores this one: one statement at a time is
  // in flight, so each keeps its own deadline, yet the two processes work side by side.
  let rows = newRows(items.slice(0, INSERT_CHUNK));
  for (let start = 0; start < items.length; start += INSERT_CHUNK) {
    const stored = insertRows(sql, rows);
    // Awaited below; a failure before then must not count as unhandled.
    stored.catch(() => undefined);
    // The driver writes the statement on a later turn of the event loop.
    await new Promise(setImmediate);
    const next = start + INSERT_CHUNK < items.length ? newRows(items.slice(start + INSERT_CHUNK, start + 2 * INSERT_CHUNK)) : null;
    await stored;
    if (next) rows = next;
  }
}

/** The rows of a chunk of new articles for each table, in binary `COPY` format (see `newRows`). */
export interface NewRows {
  articles: Buffer;
  search: Buffer;
  rank: Buffer;
}

/**
 * The article, `article_search` and `article_rank` rows of `items`, in the column order of the
 * statements of `insertRows`.
 *
 * @example
 * newRows([{ article, contentHash, revisionHash, importKey: null }]).articles; // <Buffer 50 47 43 4f 50 59 …>
 */
export function newRows(items: readonly NewArticle[]): NewRows {
  const articles = new BinaryRows();
  const search = new BinaryRows();
  const rank = new BinaryRows();
  for (const { article, contentHash, revisionHash, importKey } of items) {
    const row = articleRow(article, contentHash);
    const text = searchText(article);
    const { lexemes, pairs } = searchVectorEntries(text);
    articles
      .row(15)
      .text(row.id)
      .text(row.slug)
      .text(row.status)
      .timestamp(row.published_at)
      .timestamp(row.sort_at)
      .timestamp(row.created_at)
      .timestamp(row.updated_at)
      .text(row.section_slug)
      .text(row.headline)
      .text(row.content_hash)
      .text(jsonText(row.summary))
      .text(jsonText(row.document))
      .text(revisionHash)
      .text(importKey)
      .text(shieldMarkup(text.body));
    search
      .row(7)
      .text(row.id)
      .text(row.status)
      .timestamp(row.published_at)
      .timestamp(row.sort_at)
      .text(row.section_slug)
      .vector(lexemes)
      .copyVectorTo(rank.row(2).text(row.id))
      .bigints(pairs);
  }
  return { articles: articles.done(), search: search.done(), rank: rank.done() };
}

/** `value` as JSON text, as `json` writes it: a lone surrogate becomes U+FFFD. */
function jsonText(value: unknown): string {
  const text = JSON.stringify(value);
  return /\\u[dD][89a-fA-F]/.test(text) ? json([value]).slice(1, -1) : text;
}

/**
 * Stores the rows made by `newRows`: a binary `COPY` a table, articles first for the foreign keys
 * of the others. Each `COPY` is whole or nothing, and a refused one fails the transaction.
 */
async function insertRows(sql: Queryable, rows: NewRows): Promise<void> {
  await copyIn(sql, COPY_ARTICLES, rows.articles);
  await copyIn(
    sql,
    'COPY article_search (id, status, published_at, sort_at, section_slug, search, pairs) FROM STDIN (FORMAT binary)',
    rows.search,
  );
  await copyIn(sql, 'COPY article_rank (id, search) FROM STDIN (FORMAT binary)', rows.rank);
}

const COPY_ARTICLES = `COPY articles (id, slug, status, published_at, sort_at, created_at, updated_at, section_slug, headline,
  content_hash, summary, document, revision_hash, import_key, search_body) FROM STDIN (FORMAT binary)`;

/**
 * Section, author and tag names are shared across articles; the latest save wins, but a missing
 * bio or URL keeps the one stored. One statement per kind of name for all of `articles`.
 *
 * @example
 * await upsertVocabulary(sql, [article]);
 */
export async function upsertVocabulary(sql: Queryable, articles: readonly Article[]): Promise<void> {
  const sections = new Map<string, { slug: string; name: string }>();
  const authors = new Map<string, { slug: string; name: string; bio: string | null; url: string | null }>();
  const tags = new Map<string, { slug: string; name: string }>();
  for (const a of articles) {
    if (a.section) sections.set(a.section.slug, { slug: a.section.slug, name: a.section.name });
    for (const x of a.authors) {
      const before = authors.get(x.slug);
      authors.set(x.slug, { slug: x.slug, name: x.name, bio: x.bio ?? before?.bio ?? null, url: x.url ?? before?.url ?? null });
    }
    for (const t of a.tags) tags.set(t.slug, { slug: t.slug, name: t.name });
  }
  // One row per slug: ON CONFLICT cannot touch a row twice in one statement.
  if (sections.size > 0) {
    await sql`INSERT INTO sections (slug, name) SELECT slug, name FROM json_to_recordset(${json([...sections.values()])}::text::json) AS v (slug text, name text)
      ON CONFLICT (slug) DO UPDATE SET name = excluded.name`;
  }
  if (authors.size > 0) {
    await sql`INSERT INTO authors (slug, name, bio, url)
      SELECT slug, name, bio, url FROM json_to_recordset(${json([...authors.values()])}::text::json) AS v (slug text, name text, bio text, url text)
      ON CONFLICT (slug) DO UPDATE SET name = excluded.name, bio = COALESCE(excluded.bio, authors.bio), url = COALESCE(excluded.url, authors.url)`;
  }
  if (tags.size > 0) {
    await sql`INSERT INTO tags (slug, name) SELECT slug, name FROM json_to_recordset(${json([...tags.values()])}::text::json) AS v (slug text, name text)
      ON CONFLICT (slug) DO UPDATE SET name = excluded.name`;
  }
}

/**
 * The author, tag, source and media usage rows of `articles`, which have none yet: one statement per table.
 *
 * @example
 * await insertRelations(sql, [article]);
 */
export async function insertRelations(sql: Queryable, articles: readonly Article[]): Promise<void> {
  const authors = articles.flatMap((a) => a.authors.map((x, i) => ({ article_id: a.id, position: i, author_slug: x.slug })));
  const tags = articles.flatMap((a) => a.tags.map((t, i) => ({ article_id: a.id, tag_slug: t.slug, position: i })));
  const sources = articles.flatMap((a) => a.sources.map((s, i) => ({ article_id: a.id, position: i, name: s.name, url: s.url ?? null })));
  const media = articles.flatMap((a) => mediaIdsOf(a).map((id) => ({ media_id: id, article_id: a.id })));
  if (authors.length > 0) {
    await sql`INSERT INTO article_authors (article_id, position, author_slug)
      SELECT * FROM json_to_recordset(${json(authors)}::text::json) AS v (article_id text, position integer, author_slug text)`;
  }
  if (tags.length > 0) {
    await sql`INSERT INTO article_tags (article_id, tag_slug, position)
      SELECT * FROM json_to_recordset(${json(tags)}::text::json) AS v (article_id text, tag_slug text, position integer)`;
  }
  if (sources.length > 0) {
    await sql`INSERT INTO sources (article_id, position, name, url)
      SELECT * FROM json_to_recordset(${json(sources)}::text::json) AS v (article_id text, position integer, name text, url text)`;
  }
  if (media.length > 0) {
    await sql`INSERT INTO article_media (media_id, article_id)
      SELECT * FROM json_to_recordset(${json(media)}::text::json) AS v (media_id text, article_id text)`;
  }
}
