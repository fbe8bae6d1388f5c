/**
 * @module
 * Decisions both stores make the same way when they keep a revision: whether a save folds into
 * the latest revision, and whether a stored article is still the one a writer saw.
 */
import type { Article } from '@dateline/model';
import type { Actor, ArticleEditors, RevisionKind, RevisionRecord } from './workflow-store.ts';

/** The latest revision of an article, as far as folding a save into it goes. */
export interface LatestRevision {
  kind: string;
  authorId: string | null;
  savedAt: string;
}

/**
 * Whether a save by `actor` at `savedAt` folds into `latest` rather than making a new revision:
 * both are plain edits (no status change, creation or restore), by the same actor, within
 * `record.coalesceMs` of the latest one's last save.
 *
 * @example
 * foldsInto({ kind: 'edited', authorId: 'u1', savedAt: '2026-06-01T10:00:00Z' }, { kind: 'edited', fields: ['body'], coalesceMs: 300_000 }, { id: 'u1', name: 'Ana' }, '2026-06-01T10:02:00Z'); // true
 */
export function foldsInto(
  latest: LatestRevision | undefined,
  record: RevisionRecord,
  actor: Actor | null | undefined,
  savedAt: string,
): boolean {
  if (!latest || record.coalesceMs === undefined || !actor) return false;
  if (record.kind !== 'edited' || latest.kind !== 'edited' || latest.authorId !== actor.id) return false;
  const age = Date.parse(savedAt) - Date.parse(latest.savedAt);
  return age >= 0 && age <= record.coalesceMs;
}

/**
 * The fields of a folded revision: those of the latest one and those of this save, once each.
 *
 * @example
 * mergeFields(['headline'], ['body', 'headline']); // ['headline', 'body']
 */
export function mergeFields(previous: readonly string[], next: readonly string[]): string[] {
  return [...new Set([...previous, ...next])];
}

/**
 * Whether `stored` (a document as read back) is exactly `expected`: both are parsed from text the
 * store wrote with `JSON.stringify`, so equal articles serialise to the same text.
 *
 * @example
 * if (!isSameArticle(JSON.parse(row.document), options.expected)) throw new StaleWriteError(...);
 */
export function isSameArticle(stored: unknown, expected: Article): boolean {
  return JSON.stringify(stored) === JSON.stringify(expected);
}

/**
 * Who created and last changed an article, from its columns; undefined when neither is recorded.
 *
 * @example
 * editorsOf('u1', 'Ana', null, null); // { createdBy: { id: 'u1', name: 'Ana' }, updatedBy: null }
 */
export function editorsOf(
  createdBy: string | null,
  createdByName: string | null,
  updatedBy: string | null,
  updatedByName: string | null,
): ArticleEditors | undefined {
  if (createdBy === null && updatedBy === null) return undefined;
  const actor = (id: string | null, name: string | null): Actor | null => (id === null ? null : { id, name: name ?? id });
  return { createdBy: actor(createdBy, createdByName), updatedBy: actor(updatedBy, updatedByName) };
}

/** The kind of the first revision kept for an article saved before revisions were. */
export const INITIAL_KIND: RevisionKind = 'initial';
