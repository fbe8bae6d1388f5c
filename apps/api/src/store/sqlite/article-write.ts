/**
 * @module
 * Writing an article and its relations in one transaction: either every row of it is stored or
 * none is.
 */
import type { DatabaseSync } from 'node:sqlite';
import type { Article } from '@dateline/model';
import { toSummary, utc } from '../article-rows.ts';
import type { SaveResult } from '../store.ts';
import { transaction } from './transaction.ts';

// Kept importable from here for the modules that took them from this file before they moved.
export { toSummary, utc } from '../article-rows.ts';

interface ExistingRow {
  id: string;
  content_hash: string;
  created_at: string;
}

/**
 * Stores `article` under its slug (see `Store.saveArticle` for the outcomes). An update keeps the
 * stored id and creation time, and replaces the article's authors, tags and sources.
 *
 * @example
 * saveArticleRows(db, article, hash); // { outcome: 'created', id: article.id, slug: article.slug }
 */
export function saveArticleRows(db: DatabaseSync, article: Article, contentHash: string): SaveResult {
  return transaction(db, () => {
    const existing = db
      .prepare("SELECT id, content_hash, json_extract(document, '$.createdAt') AS created_at FROM articles WHERE slug = ?")
      .get(article.slug) as ExistingRow | undefined;
    if (existing?.content_hash === contentHash) return { outcome: 'unchanged', id: existing.id, slug: article.slug };
    if (!existing) {
      const twin = db.prepare('SELECT id, slug FROM articles WHERE content_hash = ? LIMIT 1').get(contentHash) as
        | { id: string; slug: string }
        | undefined;
      if (twin) return { outcome: 'duplicate', id: twin.id, slug: twin.slug };
    }
    const stored: Article = existing ? { ...article, id: existing.id, createdAt: existing.created_at } : article;
    upsertVocabulary(db, stored);
    if (existing) {
      for (const table of ['article_authors', 'article_tags', 'sources']) {
        db.prepare(`DELETE FROM ${table} WHERE article_id = ?`).run(existing.id);
      }
      db.prepare(
        `UPDATE articles SET status = ?, published_at = ?, sort_at = ?, created_at = ?, updated_at = ?, section_slug = ?,
           headline = ?, content_hash = ?, summary = ?, document = ? WHERE id = ?`,
      ).run(...articleColumns(stored, contentHash), stored.id);
    } else {
      db.prepare(
        `INSERT INTO articles (status, published_at, sort_at, created_at, updated_at, section_slug, headline, content_hash,
           summary, document, id, slug) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
      ).run(...articleColumns(stored, contentHash), stored.id, stored.slug);
    }
    insertRelations(db, stored);
    return { outcome: existing ? 'updated' : 'created', id: stored.id, slug: stored.slug };
  });
}

/** Column values in the order both statements above list them. */
function articleColumns(a: Article, contentHash: string) {
  const publishedAt = a.publishedAt === null ? null : utc(a.publishedAt);
  return [
    a.status,
    publishedAt,
    publishedAt ?? utc(a.createdAt),
    utc(a.createdAt),
    utc(a.updatedAt),
    a.section?.slug ?? null,
    a.headline,
    contentHash,
    JSON.stringify(toSummary(a)),
    JSON.stringify(a),
  ] as const;
}

/** Names are shared across articles; the latest save wins, but a missing bio or URL keeps the old one. */
function upsertVocabulary(db: DatabaseSync, a: Article): void {
  if (a.section) {
    db.prepare('INSERT INTO sections (slug, name) VALUES (?, ?) ON CONFLICT (slug) DO UPDATE SET name = excluded.name').run(
      a.section.slug,
      a.section.name,
    );
  }
  const author = db.prepare(
    `INSERT INTO authors (slug, name, bio, url) VALUES (?, ?, ?, ?) ON CONFLICT (slug) DO UPDATE SET
       name = excluded.name, bio = COALESCE(excluded.bio, authors.bio), url = COALESCE(excluded.url, authors.url)`,
  );
  for (const x of a.authors) author.run(x.slug, x.name, x.bio ?? null, x.url ?? null);
  const tag = db.prepare('INSERT INTO tags (slug, name) VALUES (?, ?) ON CONFLICT (slug) DO UPDATE SET name = excluded.name');
  for (const t of a.tags) tag.run(t.slug, t.name);
}

function insertRelations(db: DatabaseSync, a: Article): void {
  const author = db.prepare('INSERT INTO article_authors (article_id, position, author_slug) VALUES (?, ?, ?)');
  a.authors.forEach((x, i) => author.run(a.id, i, x.slug));
  const tag = db.prepare('INSERT INTO article_tags (article_id, tag_slug, position) VALUES (?, ?, ?)');
  a.tags.forEach((t, i) => tag.run(a.id, t.slug, i));
  const source = db.prepare('INSERT INTO sources (article_id, position, name, url) VALUES (?, ?, ?, ?)');
  a.sources.forEach((s, i) => source.run(a.id, i, s.name, s.url ?? null));
}
