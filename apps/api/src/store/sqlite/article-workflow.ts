/**
 * @module
 * The workflow records of a SQLite save, written in the save's transaction: the precondition
 * (`expected`), a slug change and its redirect, who saved, and the revision.
 */
import { randomUUID } from 'node:crypto';
import type { DatabaseSync } from 'node:sqlite';
import type { Article } from '@dateline/model';
import { utc } from '../article-rows.ts';
import { foldsInto, INITIAL_KIND, isSameArticle, mergeFields } from '../revision-plan.ts';
import type { SaveOptions } from '../store.ts';
import { SlugTakenError, StaleWriteError } from '../workflow-store.ts';
import { statement } from './statements.ts';

/**
 * Throws `StaleWriteError` unless the stored article is `options.expected` (when given).
 *
 * @example
 * checkExpected(db, options); // inside the save's transaction
 */
export function checkExpected(db: DatabaseSync, expected: Article | undefined): void {
  if (expected === undefined) return;
  const row = statement(db, 'SELECT document FROM articles WHERE id = ?').get(expected.id) as { document: string } | undefined;
  const current = row ? (JSON.parse(row.document) as Article) : null;
  if (current === null || !isSameArticle(current, expected)) throw new StaleWriteError(current);
}

/**
 * Moves the article at `rename.from` to `slug`, keeping the old slug as a redirect when asked.
 * Throws `SlugTakenError` when another article has `slug`.
 *
 * @example
 * applyRename(db, 'new-slug', { from: 'old-slug', keepOldSlug: true });
 */
export function applyRename(db: DatabaseSync, slug: string, rename: SaveOptions['rename']): void {
  if (rename === undefined || rename.from === slug) return;
  const taken = statement(db, 'SELECT id FROM articles WHERE slug = ?').get(slug);
  if (taken !== undefined) throw new SlugTakenError(slug);
  const row = statement(db, 'SELECT id FROM articles WHERE slug = ?').get(rename.from) as { id: string } | undefined;
  if (!row) return;
  // No revision hash: the save that follows rewrites the row (and its document's slug) even when
  // nothing but the slug changed, which the hash leaves out.
  statement(db, 'UPDATE articles SET slug = ?, revision_hash = NULL WHERE id = ?').run(slug, row.id);
  // The article lives at its new slug again if it had it before.
  statement(db, 'DELETE FROM article_slug_redirects WHERE slug = ?').run(slug);
  if (rename.keepOldSlug) {
    statement(
      db,
      'INSERT INTO article_slug_redirects (slug, article_id) VALUES (?, ?) ON CONFLICT (slug) DO UPDATE SET article_id = excluded.article_id',
    ).run(rename.from, row.id);
  }
}

/**
 * Before an article saved without revisions is overwritten, keeps it as revision 1, so the first
 * edit can be compared with what was there.
 *
 * @example
 * keepFirstRevision(db, existingId);
 */
export function keepFirstRevision(db: DatabaseSync, articleId: string): void {
  if (statement(db, 'SELECT 1 FROM article_revisions WHERE article_id = ? LIMIT 1').get(articleId) !== undefined) return;
  const row = statement(db, 'SELECT document, updated_at, created_by, created_by_name FROM articles WHERE id = ?').get(articleId) as
    | { document: string; updated_at: string; created_by: string | null; created_by_name: string | null }
    | undefined;
  if (!row) return;
  statement(
    db,
    `INSERT INTO article_revisions (id, article_id, number, created_at, saved_at, author_id, author_name, kind, fields, document)
     VALUES (?, ?, 1, ?, ?, ?, ?, ?, '[]', ?)`,
  ).run(randomUUID(), articleId, row.updated_at, row.updated_at, row.created_by, row.created_by_name, INITIAL_KIND, row.document);
}

/**
 * Records who saved `stored` and, when asked, its revision (a new one, or folded into the latest).
 *
 * @example
 * recordSave(db, stored, true, options);
 */
export function recordSave(db: DatabaseSync, stored: Article, created: boolean, options: SaveOptions): void {
  const { actor, revision } = options;
  if (actor !== undefined) {
    const id = actor?.id ?? null;
    const name = actor?.name ?? null;
    if (created) {
      statement(db, 'UPDATE articles SET created_by = ?, created_by_name = ?, updated_by = ?, updated_by_name = ? WHERE id = ?').run(
        id,
        name,
        id,
        name,
        stored.id,
      );
    } else {
      statement(db, 'UPDATE articles SET updated_by = ?, updated_by_name = ? WHERE id = ?').run(id, name, stored.id);
    }
  }
  if (revision === undefined || (created && revision.updatesOnly)) return;
  const savedAt = utc(stored.updatedAt);
  const latest = statement(
    db,
    'SELECT id, number, kind, author_id, saved_at, fields FROM article_revisions WHERE article_id = ? ORDER BY number DESC LIMIT 1',
  ).get(stored.id) as { id: string; number: number; kind: string; author_id: string | null; saved_at: string; fields: string } | undefined;
  const document = JSON.stringify(stored);
  if (latest && foldsInto({ kind: latest.kind, authorId: latest.author_id, savedAt: latest.saved_at }, revision, actor, savedAt)) {
    const fields = mergeFields(JSON.parse(latest.fields) as string[], revision.fields);
    statement(db, 'UPDATE article_revisions SET saved_at = ?, fields = ?, document = ? WHERE id = ?').run(
      savedAt,
      JSON.stringify(fields),
      document,
      latest.id,
    );
    return;
  }
  statement(
    db,
    `INSERT INTO article_revisions (id, article_id, number, created_at, saved_at, author_id, author_name, kind, fields, document)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  ).run(
    randomUUID(),
    stored.id,
    Number(latest?.number ?? 0) + 1,
    savedAt,
    savedAt,
    actor?.id ?? null,
    actor?.name ?? null,
    revision.kind,
    JSON.stringify(revision.fields),
    document,
  );
}
