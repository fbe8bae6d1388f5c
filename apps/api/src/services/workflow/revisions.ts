/**
 * @module
 * Reading an article's revisions: the list with a line saying what each changed, one revision
 * with the article as it was, and the difference between any two.
 */
import type { Article } from '@dateline/model';
import type { Actor, RevisionEntry, Store } from '../../store/store.ts';
import { type ArticleDiff, diffArticles } from './revision-diff.ts';

/** A revision as the API lists it. */
export interface RevisionSummary {
  id: string;
  number: number;
  createdAt: string;
  savedAt: string;
  author: Actor | null;
  kind: RevisionEntry['kind'];
  status: RevisionEntry['status'];
  fields: string[];
  summary: string;
}

const STATUS_PHRASES: Record<string, string> = {
  draft: 'Set to draft',
  review: 'Submitted for review',
  published: 'Published',
  archived: 'Archived',
};

/** Field names as a reader of the summary knows them. */
const FIELD_NAMES: Record<string, string> = {
  leadImage: 'lead image',
  publishedAt: 'publication time',
  commentSettings: 'comment settings',
  canonicalUrl: 'canonical address',
};

const fieldList = (fields: readonly string[]) => fields.map((f) => FIELD_NAMES[f] ?? f).join(', ');

/**
 * A short line saying what a revision did.
 *
 * @example
 * revisionSummary({ kind: 'edited', fields: ['headline', 'body'], status: 'draft' }); // 'Changed headline, body'
 */
function revisionSummary(entry: Pick<RevisionEntry, 'kind' | 'fields' | 'status'>): string {
  const others = entry.fields.filter((f) => f !== 'status' && f !== 'publishedAt');
  const also = others.length > 0 ? `; changed ${fieldList(others)}` : '';
  switch (entry.kind) {
    case 'created':
      return `Created as ${entry.status}`;
    case 'initial':
      return 'As it was before revisions were kept';
    case 'imported':
      return 'Imported';
    case 'restored':
      return entry.fields.length > 0 ? `Restored an earlier revision (${fieldList(entry.fields)})` : 'Restored an earlier revision';
    case 'status':
      return `${STATUS_PHRASES[entry.status] ?? `Set to ${entry.status}`}${also}`;
    default:
      return entry.fields.length > 0 ? `Changed ${fieldList(entry.fields)}` : 'Saved';
  }
}

/**
 * The revisions of the article at `slug`, newest first; null when no article has the slug.
 *
 * @example
 * const list = await listRevisions(store, 'river-path-reopens');
 */
export async function listRevisions(store: Store, slug: string): Promise<RevisionSummary[] | null> {
  const editorial = await store.getEditorial(slug);
  if (!editorial) return null;
  return (await store.listRevisions(editorial.article.id)).map((entry) => ({ ...entry, summary: revisionSummary(entry) }));
}

/**
 * The article at `slug` as it was saved in revision `id`; null when either is unknown.
 *
 * @example
 * const old = await getRevision(store, 'river-path-reopens', id);
 */
export async function getRevision(store: Store, slug: string, id: string): Promise<Article | null> {
  const editorial = await store.getEditorial(slug);
  if (!editorial) return null;
  return (await store.getRevision(editorial.article.id, id))?.article ?? null;
}

/**
 * The difference from revision `from` to revision `to` of the article at `slug`; `missing` names
 * what is unknown.
 *
 * @example
 * const diff = await diffRevisions(store, 'river-path-reopens', older, newer);
 */
export async function diffRevisions(
  store: Store,
  slug: string,
  from: string,
  to: string,
): Promise<ArticleDiff | { missing: 'article' | 'from' | 'to' }> {
  const editorial = await store.getEditorial(slug);
  if (!editorial) return { missing: 'article' };
  const [a, b] = await Promise.all([store.getRevision(editorial.article.id, from), store.getRevision(editorial.article.id, to)]);
  if (!a) return { missing: 'from' };
  if (!b) return { missing: 'to' };
  return diffArticles(a.article, b.article);
}
