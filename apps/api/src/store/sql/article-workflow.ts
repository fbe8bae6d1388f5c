/**
 * @module
 * The workflow records of a save, written once for both engines as steps (`steps.ts`) run inside
 * the save's transaction: synchronously on SQLite, awaited on PostgreSQL (whose transaction holds
 * the article write lock). They are the precondition (`expected`), a slug change and its
 * redirect, who saved, and the revision. JSON columns are written through `json.json` and
 * `json.jsonText`, read through `fromJson`.
 */
import { randomUUID } from 'node:crypto';
import type { Article } from '@dateline/model';
import { utc } from '../article-rows.ts';
import { foldsInto, INITIAL_KIND, isSameArticle, mergeFields } from '../revision-plan.ts';
import type { SaveOptions } from '../store.ts';
import { SlugTakenError, StaleWriteError } from '../workflow-store.ts';
import { fromJson, isoTime, type JsonSpelling, type Steps } from './db.ts';
import { get, run } from './steps.ts';

/**
 * Throws `StaleWriteError` unless the stored article is `expected` (when given).
 *
 * @example
 * runSteps(db, checkExpected(options.expected)); // inside the save's transaction
 */
export function* checkExpected(expected: Article | undefined): Steps<void> {
  if (expected === undefined) return;
  const row = yield* get<{ document: string | Article }>('SELECT document FROM articles WHERE id = ?', [expected.id]);
  const current = row ? fromJson(row.document) : null;
  if (current === null || !isSameArticle(current, expected)) throw new StaleWriteError(current);
}

/**
 * Moves the article at `rename.from` to `slug`, keeping the old slug as a redirect when asked.
 * Throws `SlugTakenError` when another article has `slug`.
 *
 * @example
 * runSteps(db, applyRename('new-slug', { from: 'old-slug', keepOldSlug: true }));
 */
export function* applyRename(slug: string, rename: SaveOptions['rename']): Steps<void> {
  if (rename === undefined || rename.from === slug) return;
  if ((yield* get('SELECT 1 FROM articles WHERE slug = ?', [slug])) !== undefined) throw new SlugTakenError(slug);
  // No revision hash: the save that follows rewrites the row (and its document's slug) even when
  // nothing but the slug changed, which the hash leaves out.
  const row = yield* get<{ id: string }>('UPDATE articles SET slug = ?, revision_hash = NULL WHERE slug = ? RETURNING id', [
    slug,
    rename.from,
  ]);
  if (!row) return;
  // The article lives at its new slug again if it had it before.
  yield* run('DELETE FROM article_slug_redirects WHERE slug = ?', [slug]);
  if (rename.keepOldSlug) {
    yield* run(
      'INSERT INTO article_slug_redirects (slug, article_id) VALUES (?, ?) ON CONFLICT (slug) DO UPDATE SET article_id = excluded.article_id',
      [rename.from, row.id],
    );
  }
}

/**
 * Before an article saved without revisions is overwritten, keeps it as revision 1, so the first
 * edit can be compared with what was there.
 *
 * @example
 * runSteps(db, keepFirstRevision(SQLITE_JSON, existingId));
 */
export function* keepFirstRevision(json: JsonSpelling, articleId: string): Steps<void> {
  if ((yield* get('SELECT 1 FROM article_revisions WHERE article_id = ? LIMIT 1', [articleId])) !== undefined) return;
  yield* run(
    `INSERT INTO article_revisions (id, article_id, number, created_at, saved_at, author_id, author_name, kind, fields, document)
     SELECT ?, id, 1, updated_at, updated_at, created_by, created_by_name, ?, ${json.json}, document FROM articles WHERE id = ?`,
    [randomUUID(), INITIAL_KIND, json.jsonText([]), articleId],
  );
}

interface LatestRevision {
  id: string;
  number: number | string;
  kind: string;
  author_id: string | null;
  saved_at: string | Date;
  fields: string | string[];
}

/**
 * Records who saved `stored` and, when asked, its revision (a new one, or folded into the latest).
 *
 * @example
 * runSteps(db, recordSave(SQLITE_JSON, stored, true, options));
 */
export function* recordSave(json: JsonSpelling, stored: Article, created: boolean, options: SaveOptions): Steps<void> {
  const { actor, revision } = options;
  if (actor !== undefined) {
    const id = actor?.id ?? null;
    const name = actor?.name ?? null;
    if (created) {
      yield* run('UPDATE articles SET created_by = ?, created_by_name = ?, updated_by = ?, updated_by_name = ? WHERE id = ?', [
        id,
        name,
        id,
        name,
        stored.id,
      ]);
    } else {
      yield* run('UPDATE articles SET updated_by = ?, updated_by_name = ? WHERE id = ?', [id, name, stored.id]);
    }
  }
  if (revision === undefined || (created && revision.updatesOnly)) return;
  const savedAt = utc(stored.updatedAt);
  const latest = yield* get<LatestRevision>(
    'SELECT id, number, kind, author_id, saved_at, fields FROM article_revisions WHERE article_id = ? ORDER BY number DESC LIMIT 1',
    [stored.id],
  );
  const document = json.jsonText(stored);
  if (latest && foldsInto({ kind: latest.kind, authorId: latest.author_id, savedAt: isoTime(latest.saved_at) }, revision, actor, savedAt)) {
    const fields = mergeFields(fromJson(latest.fields), revision.fields);
    yield* run(`UPDATE article_revisions SET saved_at = ?, fields = ${json.json}, document = ${json.json} WHERE id = ?`, [
      savedAt,
      json.jsonText(fields),
      document,
      latest.id,
    ]);
    return;
  }
  yield* run(
    `INSERT INTO article_revisions (id, article_id, number, created_at, saved_at, author_id, author_name, kind, fields, document)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ${json.json}, ${json.json})`,
    [
      randomUUID(),
      stored.id,
      Number(latest?.number ?? 0) + 1,
      savedAt,
      savedAt,
      actor?.id ?? null,
      actor?.name ?? null,
      revision.kind,
      json.jsonText(revision.fields),
      document,
    ],
  );
}
