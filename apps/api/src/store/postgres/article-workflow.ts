/**
 * @module
 * The workflow records of a PostgreSQL save, written in the save's transaction (which holds the
 * article write lock): the precondition (`expected`), a slug change and its redirect, who saved,
 * and the revision. The same steps as SQLite's article-workflow.ts.
 */
import { randomUUID } from 'node:crypto';
import type { Article } from '@dateline/model';
import { utc } from '../article-rows.ts';
import { foldsInto, INITIAL_KIND, isSameArticle, mergeFields } from '../revision-plan.ts';
import type { SaveOptions } from '../store.ts';
import { SlugTakenError, StaleWriteError } from '../workflow-store.ts';
import type { Queryable } from './connection.ts';

/**
 * `value` as JSON text PostgreSQL accepts (a lone surrogate becomes U+FFFD, as in article-insert.ts).
 *
 * @example
 * await sql`UPDATE article_revisions SET document = ${jsonText(article)}::text::json WHERE id = ${id}`;
 */
export function jsonText(value: unknown): string {
  return JSON.stringify(value, (_key, v: unknown) => (typeof v === 'string' ? v.toWellFormed() : v));
}

/**
 * Throws `StaleWriteError` unless the stored article is `expected` (when given).
 *
 * @example
 * await checkExpected(sql, options.expected);
 */
export async function checkExpected(sql: Queryable, expected: Article | undefined): Promise<void> {
  if (expected === undefined) return;
  const [row] = await sql<{ document: Article }[]>`SELECT document FROM articles WHERE id = ${expected.id}`;
  const current = row?.document ?? null;
  if (current === null || !isSameArticle(current, expected)) throw new StaleWriteError(current);
}

/**
 * Moves the article at `rename.from` to `slug`, keeping the old slug as a redirect when asked.
 * Throws `SlugTakenError` when another article has `slug`.
 *
 * @example
 * await applyRename(sql, 'new-slug', { from: 'old-slug', keepOldSlug: true });
 */
export async function applyRename(sql: Queryable, slug: string, rename: SaveOptions['rename']): Promise<void> {
  if (rename === undefined || rename.from === slug) return;
  const [taken] = await sql`SELECT 1 FROM articles WHERE slug = ${slug}`;
  if (taken) throw new SlugTakenError(slug);
  // No revision hash: the save that follows rewrites the row (and its document's slug) even when
  // nothing but the slug changed, which the hash leaves out.
  const [row] = await sql<
    { id: string }[]
  >`UPDATE articles SET slug = ${slug}, revision_hash = NULL WHERE slug = ${rename.from} RETURNING id`;
  if (!row) return;
  await sql`DELETE FROM article_slug_redirects WHERE slug = ${slug}`;
  if (rename.keepOldSlug) {
    await sql`INSERT INTO article_slug_redirects (slug, article_id) VALUES (${rename.from}, ${row.id})
      ON CONFLICT (slug) DO UPDATE SET article_id = excluded.article_id`;
  }
}

/**
 * Before an article saved without revisions is overwritten, keeps it as revision 1.
 *
 * @example
 * await keepFirstRevision(sql, existingId);
 */
export async function keepFirstRevision(sql: Queryable, articleId: string): Promise<void> {
  const [any] = await sql`SELECT 1 FROM article_revisions WHERE article_id = ${articleId} LIMIT 1`;
  if (any) return;
  await sql`
    INSERT INTO article_revisions (id, article_id, number, created_at, saved_at, author_id, author_name, kind, fields, document)
    SELECT ${randomUUID()}, id, 1, updated_at, updated_at, created_by, created_by_name, ${INITIAL_KIND}, '[]'::json, document
    FROM articles WHERE id = ${articleId}`;
}

/**
 * Records who saved `stored` and, when asked, its revision (a new one, or folded into the latest).
 *
 * @example
 * await recordSave(sql, stored, true, options);
 */
export async function recordSave(sql: Queryable, stored: Article, created: boolean, options: SaveOptions): Promise<void> {
  const { actor, revision } = options;
  if (actor !== undefined) {
    const id = actor?.id ?? null;
    const name = actor?.name ?? null;
    if (created) {
      await sql`UPDATE articles SET created_by = ${id}, created_by_name = ${name}, updated_by = ${id}, updated_by_name = ${name} WHERE id = ${stored.id}`;
    } else {
      await sql`UPDATE articles SET updated_by = ${id}, updated_by_name = ${name} WHERE id = ${stored.id}`;
    }
  }
  if (revision === undefined || (created && revision.updatesOnly)) return;
  const savedAt = utc(stored.updatedAt);
  const [latest] = await sql<{ id: string; number: number; kind: string; author_id: string | null; saved_at: Date; fields: string[] }[]>`
    SELECT id, number, kind, author_id, saved_at, fields FROM article_revisions WHERE article_id = ${stored.id} ORDER BY number DESC LIMIT 1`;
  const document = jsonText(stored);
  if (
    latest &&
    foldsInto({ kind: latest.kind, authorId: latest.author_id, savedAt: latest.saved_at.toISOString() }, revision, actor, savedAt)
  ) {
    const fields = jsonText(mergeFields(latest.fields, revision.fields));
    await sql`UPDATE article_revisions SET saved_at = ${savedAt}, fields = ${fields}::text::json, document = ${document}::text::json WHERE id = ${latest.id}`;
    return;
  }
  await sql`
    INSERT INTO article_revisions (id, article_id, number, created_at, saved_at, author_id, author_name, kind, fields, document)
    VALUES (${randomUUID()}, ${stored.id}, ${(latest?.number ?? 0) + 1}, ${savedAt}, ${savedAt}, ${actor?.id ?? null}, ${actor?.name ?? null},
      ${revision.kind}, ${jsonText(revision.fields)}::text::json, ${document}::text::json)`;
}
