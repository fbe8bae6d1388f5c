/**
 * @module
 * Writing an article and its relations in one transaction: either every row of it is stored or
 * none is, including its search text.
 */
import type { DatabaseSync } from 'node:sqlite';
import type { Article } from '@dateline/model';
import { toSummary, utc } from '../article-rows.ts';
import { planSave, type StoredIdentity, suffixedSlugs } from '../save-plan.ts';
import { articleRevisionHash } from '../story-hash.ts';
import { indexedText } from '../search-text.ts';
import type { SaveOptions, SaveResult } from '../store.ts';
import { writeSearchText } from './search-index.ts';
import { storeEntities, withCorrections } from './entity-write.ts';
import { applyRename, checkExpected, keepFirstRevision, recordSave } from '../sql/article-workflow.ts';
import { SQLITE_JSON } from './db.ts';
import { runSteps } from './steps.ts';
import { mediaIdsOf } from '../media-uses.ts';
import { statement } from './statements.ts';
import { transaction, unlessWritten } from './transaction.ts';

const IDENTITY = "id, slug, json_extract(document, '$.createdAt') AS created_at, revision_hash, import_key";

/**
 * Stores `article` (see `Store.saveArticle` for the outcomes and `planSave` for which article a
 * save concerns). An update keeps the stored id, slug and creation time, and replaces the
 * article's authors, tags and sources.
 *
 * @example
 * saveArticleRows(db, article, hash, { importKey: '/news/budget.md' }); // { outcome: 'created', id: article.id, slug: article.slug }
 */
export function saveArticleRows(db: DatabaseSync, article: Article, contentHash: string, options: SaveOptions = {}): SaveResult {
  return transaction(db, () => {
    runSteps(db, checkExpected(options.expected));
    runSteps(db, applyRename(article.slug, options.rename));
    const revisionHash = options.revisionHash ?? articleRevisionHash(article);
    const one = (where: string, value: string) =>
      statement(db, `SELECT ${IDENTITY} FROM articles WHERE ${where} LIMIT 1`).get(value) as StoredIdentity | undefined;
    const plan = planSave(
      article,
      { ...options, revisionHash },
      {
        byKey: options.importKey === undefined ? undefined : one('import_key = ?', options.importKey),
        bySlug: one('slug = ?', article.slug),
        twin: one('content_hash = ?', contentHash),
      },
    );
    if (plan.kind === 'skip') return { outcome: plan.outcome, id: plan.id, slug: plan.slug };
    const importKey = options.importKey ?? null;
    if (plan.kind === 'update' && plan.outcome === 'unchanged') {
      statement(db, 'UPDATE articles SET import_key = ? WHERE id = ?').run(importKey, plan.existing.id);
      return { outcome: 'unchanged', id: plan.existing.id, slug: plan.existing.slug };
    }
    if (plan.kind === 'update') {
      const { existing } = plan;
      // Editors' corrections to its people, places and quotations outlive the new text.
      const stored: Article = withCorrections(db, { ...article, id: existing.id, slug: existing.slug, createdAt: existing.created_at });
      upsertVocabulary(db, stored);
      if (options.revision !== undefined) runSteps(db, keepFirstRevision(SQLITE_JSON, existing.id));
      for (const table of ['article_authors', 'article_tags', 'sources', 'article_media']) {
        statement(db, `DELETE FROM ${table} WHERE article_id = ?`).run(existing.id);
      }
      statement(
        db,
        `UPDATE articles SET status = ?, published_at = ?, sort_at = ?, created_at = ?, updated_at = ?, section_slug = ?,
           headline = ?, content_hash = ?, summary = ?, document = ?, revision_hash = ?, import_key = COALESCE(?, import_key)
         WHERE id = ?`,
      ).run(...articleColumns(stored, contentHash), revisionHash, importKey, stored.id);
      insertRelations(db, stored);
      storeEntities(db, stored);
      writeSearchText(db, stored, indexedText(stored));
      runSteps(db, recordSave(SQLITE_JSON, stored, false, options));
      return { outcome: plan.outcome, id: stored.id, slug: stored.slug };
    }
    const slug = plan.freeSlug ? freeSlug(db, article.slug) : article.slug;
    const stored: Article = withCorrections(db, { ...article, slug });
    upsertVocabulary(db, stored);
    statement(
      db,
      `INSERT INTO articles (status, published_at, sort_at, created_at, updated_at, section_slug, headline, content_hash,
         summary, document, revision_hash, import_key, id, slug) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    ).run(...articleColumns(stored, contentHash), revisionHash, importKey, stored.id, stored.slug);
    insertRelations(db, stored);
    storeEntities(db, stored, true);
    writeSearchText(db, stored, indexedText(stored), true);
    runSteps(db, recordSave(SQLITE_JSON, stored, true, options));
    return { outcome: 'created', id: stored.id, slug: stored.slug };
  });
}

/** The first of `slug-2`, `slug-3`… that no article has. */
function freeSlug(db: DatabaseSync, slug: string): string {
  const taken = statement(db, 'SELECT 1 FROM articles WHERE slug = ?');
  for (const candidate of suffixedSlugs(slug)) if (taken.get(candidate) === undefined) return candidate;
  throw new Error('unreachable');
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

/**
 * Names are shared across articles; the latest save wins, but a missing bio or URL keeps the old
 * one. A batch repeats the same few names, so a write identical to the last one is skipped.
 */
function upsertVocabulary(db: DatabaseSync, a: Article): void {
  if (a.section) {
    const { slug, name } = a.section;
    unlessWritten(db, `section ${slug}`, [name], () =>
      statement(db, 'INSERT INTO sections (slug, name) VALUES (?, ?) ON CONFLICT (slug) DO UPDATE SET name = excluded.name').run(
        slug,
        name,
      ),
    );
  }
  const author = statement(
    db,
    `INSERT INTO authors (slug, name, bio, url) VALUES (?, ?, ?, ?) ON CONFLICT (slug) DO UPDATE SET
       name = excluded.name, bio = COALESCE(excluded.bio, authors.bio), url = COALESCE(excluded.url, authors.url)`,
  );
  for (const x of a.authors) {
    const values = [x.name, x.bio ?? null, x.url ?? null] as const;
    unlessWritten(db, `author ${x.slug}`, values, () => author.run(x.slug, ...values));
  }
  const tag = statement(db, 'INSERT INTO tags (slug, name) VALUES (?, ?) ON CONFLICT (slug) DO UPDATE SET name = excluded.name');
  for (const t of a.tags) unlessWritten(db, `tag ${t.slug}`, [t.name], () => tag.run(t.slug, t.name));
}

function insertRelations(db: DatabaseSync, a: Article): void {
  const author = statement(db, 'INSERT INTO article_authors (article_id, position, author_slug) VALUES (?, ?, ?)');
  a.authors.forEach((x, i) => {
    author.run(a.id, i, x.slug);
  });
  const tag = statement(db, 'INSERT INTO article_tags (article_id, tag_slug, position) VALUES (?, ?, ?)');
  a.tags.forEach((t, i) => {
    tag.run(a.id, t.slug, i);
  });
  const source = statement(db, 'INSERT INTO sources (article_id, position, name, url) VALUES (?, ?, ?, ?)');
  a.sources.forEach((s, i) => {
    source.run(a.id, i, s.name, s.url ?? null);
  });
  const media = statement(db, 'INSERT INTO article_media (media_id, article_id) VALUES (?, ?)');
  for (const id of mediaIdsOf(a)) media.run(id, a.id);
}
