/**
 * @module
 * What a batch of saves needs to know about stored articles, read in two statements for the whole
 * batch instead of four per article, and kept up to date in memory as the batch creates articles.
 */
import type { StoredIdentity } from '../save-plan.ts';
import type { ArticleSave } from '../transfer-store.ts';
import { json } from './article-insert.ts';
import type { Queryable } from './connection.ts';

/** A stored article as a save plan sees it, with its story hash. */
export interface KnownArticle extends StoredIdentity {
  content_hash: string;
}

/** A duplicate remembered by import key (see migration 007), with its article's identity. */
interface KnownDuplicate {
  revision_hash: string;
  id: string;
  slug: string;
  content_hash: string;
}

/** The stored articles a batch's saves concern, by import key, slug and story hash. */
export interface BatchLookups {
  byKey: Map<string, KnownArticle>;
  bySlug: Map<string, KnownArticle>;
  byHash: Map<string, KnownArticle>;
  duplicates: Map<string, KnownDuplicate>;
}

/**
 * Reads every stored article that one of `items` may concern, and the duplicates remembered under
 * their import keys.
 *
 * @example
 * const known = await lookUpBatch(sql, items);
 * known.bySlug.get('budget-vote'); // { id: 'a1', slug: 'budget-vote', … }
 */
export async function lookUpBatch(sql: Queryable, items: readonly ArticleSave[]): Promise<BatchLookups> {
  const keys = items.flatMap((i) => (i.options?.importKey === undefined ? [] : [i.options.importKey]));
  const slugs = items.map((i) => i.article.slug);
  const hashes = items.map((i) => i.contentHash);
  // Three index lookups rather than one OR, which the planner would answer with a scan.
  const rows = await sql<KnownArticle[]>`
    WITH wanted AS (
      SELECT id FROM articles WHERE import_key IN (SELECT json_array_elements_text(${json(keys)}::text::json))
      UNION SELECT id FROM articles WHERE slug IN (SELECT json_array_elements_text(${json(slugs)}::text::json))
      UNION SELECT id FROM articles WHERE content_hash IN (SELECT json_array_elements_text(${json(hashes)}::text::json))
    )
    SELECT a.id, a.slug, a.document->>'createdAt' AS created_at, a.revision_hash, a.import_key, a.content_hash
    FROM articles a JOIN wanted USING (id)`;
  const duplicates =
    keys.length === 0
      ? []
      : await sql<(KnownDuplicate & { import_key: string })[]>`
    SELECT d.import_key, d.revision_hash, a.id, a.slug, a.content_hash FROM import_duplicates d JOIN articles a ON a.id = d.article_id
    WHERE d.import_key IN (SELECT json_array_elements_text(${json(keys)}::text::json))`;
  const known: BatchLookups = { byKey: new Map(), bySlug: new Map(), byHash: new Map(), duplicates: new Map() };
  for (const row of rows) remember(known, row);
  for (const { import_key, ...duplicate } of duplicates) known.duplicates.set(import_key, duplicate);
  return known;
}

/**
 * Adds an article to `known`, as stored or as created earlier in the batch.
 *
 * @example
 * remember(known, { id: 'a2', slug: 'budget-vote-2', created_at, revision_hash, import_key: null, content_hash });
 */
export function remember(known: BatchLookups, row: KnownArticle): void {
  if (row.import_key !== null) known.byKey.set(row.import_key, row);
  known.bySlug.set(row.slug, row);
  // Any article with the hash will do, as for the single save's `LIMIT 1`.
  if (!known.byHash.has(row.content_hash)) known.byHash.set(row.content_hash, row);
}
