/**
 * @module
 * Comment rows as both databases return them, and their mapping to the store's types: one place,
 * so the public, moderation and export paths cannot drift apart.
 */
import type { CommentStatus } from '@dateline/model';
import type { StoredComment } from './comment-store.ts';
import { isoTime } from './sql/db.ts';
import type { ExportedComment } from './transfer-store.ts';

/** A `comments` row joined with its article's slug (SQLite gives times as text, PostgreSQL as dates). */
export interface CommentRow {
  id: string;
  article_id: string;
  article_slug: string;
  parent_id: string | null;
  author_name: string;
  body: string;
  email: string | null;
  status: string;
  created_at: string | Date;
  held_reason: string | null;
}

/** A comment row with the hash used to spot repeats, as the export reads it. */
export interface ExportedCommentRow extends CommentRow {
  content_hash: string | null;
}

/**
 * The stored comment a row holds.
 *
 * @example
 * const comment = toStoredComment(db.prepare(sql).get(id) as CommentRow);
 */
export function toStoredComment(row: CommentRow): StoredComment {
  return {
    id: row.id,
    articleId: row.article_id,
    articleSlug: row.article_slug,
    parentId: row.parent_id,
    authorName: row.author_name,
    body: row.body,
    email: row.email,
    status: row.status as CommentStatus,
    createdAt: isoTime(row.created_at),
    heldReason: row.held_reason,
  };
}

/**
 * The exported comment a row holds: the stored comment and its content hash.
 *
 * @example
 * for (const row of rows) yield { type: 'comment', comment: toExportedComment(row) };
 */
export function toExportedComment(row: ExportedCommentRow): ExportedComment {
  return { ...toStoredComment(row), contentHash: row.content_hash };
}
