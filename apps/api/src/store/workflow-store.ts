/**
 * @module
 * The storage contract of the story workflow: who created and last changed an article, its saved
 * revisions, the slugs it had before it moved, and preview links. Saving itself stays
 * `saveArticle`/`createArticle`, whose options (`actor`, `revision`, `expected`, `rename`) make
 * these records in the save's own transaction, so an article is never saved without them.
 */
import type { Article, ArticleStatus } from '@dateline/model';

/** Who did something: a token's or a person's id and name (at the time). */
export interface Actor {
  id: string;
  name: string;
}

/** What kind of save a revision records. */
export const REVISION_KINDS = ['created', 'edited', 'status', 'restored', 'imported', 'initial'] as const;
export type RevisionKind = (typeof REVISION_KINDS)[number];

/** Asks a save to keep a revision of the article as saved. */
export interface RevisionRecord {
  kind: RevisionKind;
  /** The names of the fields this save changed (ArticleInput fields, plus `slug`). */
  fields: string[];
  /**
   * Fold this save into the article's latest revision when that one is an `edited` revision by
   * the same actor whose last save is at most this many milliseconds old (see decision 008).
   * Leave out to always make a new revision.
   */
  coalesceMs?: number | undefined;
  /** Keep a revision only when the save updates an article, not when it creates one (bulk imports). */
  updatesOnly?: boolean | undefined;
}

/** A revision as listed. */
export interface RevisionEntry {
  id: string;
  /** 1, 2, 3… per article. */
  number: number;
  /** When the revision was first saved. */
  createdAt: string;
  /** When it was last saved (later than `createdAt` when saves were folded into it). */
  savedAt: string;
  author: Actor | null;
  kind: RevisionKind;
  fields: string[];
  /** The article's status as saved in this revision. */
  status: ArticleStatus;
}

/** A revision with the article as it was saved. */
export interface StoredRevision extends RevisionEntry {
  article: Article;
}

/** An article with who created it and who changed it last (null when not recorded). */
export interface EditorialArticle {
  article: Article;
  createdBy: Actor | null;
  updatedBy: Actor | null;
}

/** Who created an article and who changed it last. */
export interface ArticleEditors {
  createdBy: Actor | null;
  updatedBy: Actor | null;
}

/** A preview link as stored: the SHA-256 of its token, never the token. */
interface PreviewLinkRow {
  hash: string;
  articleId: string;
  createdAt: string;
  expiresAt: string;
  createdBy: string | null;
}

/** A save or delete whose `expected` article is no longer the stored one; nothing was written. */
export class StaleWriteError extends Error {
  override name = 'StaleWriteError';
  /** The article as stored now; null when it was deleted. */
  readonly current: Article | null;
  constructor(current: Article | null) {
    super(current === null ? 'The article was deleted meanwhile.' : 'The article was changed meanwhile.');
    this.current = current;
  }
}

/** A slug change to a slug another article has; nothing was written. */
export class SlugTakenError extends Error {
  override name = 'SlugTakenError';
  readonly slug: string;
  constructor(slug: string) {
    super(`An article already has the slug "${slug}".`);
    this.slug = slug;
  }
}

/**
 * Storage of the workflow's records.
 *
 * @example
 * const editorial = await store.getEditorial('river-path-reopens');
 * const revisions = editorial ? await store.listRevisions(editorial.article.id) : [];
 */
export interface WorkflowStore {
  /** The article at `slug` in any status, with its creator and last editor; null when none. */
  getEditorial(slug: string): Promise<EditorialArticle | null>;
  /** The article's revisions, newest first. */
  listRevisions(articleId: string): Promise<RevisionEntry[]>;
  /** One revision of the article with the article as it was; null when it has none with this id. */
  getRevision(articleId: string, revisionId: string): Promise<StoredRevision | null>;
  /** Every revision of the article with its article, oldest first (for export). */
  allRevisions(articleId: string): Promise<StoredRevision[]>;
  /**
   * Stores revisions brought by an import for the article with this id, replacing any it has;
   * numbers are kept. False when no article has the id.
   */
  replaceRevisions(articleId: string, revisions: readonly StoredRevision[]): Promise<boolean>;
  /** Sets who created the article with this id and who changed it last (from an export); false when there is none. */
  restoreEditors(articleId: string, editors: ArticleEditors): Promise<boolean>;
  /** The current slug of the article that had `slug` before it moved; null when none did. */
  slugRedirect(slug: string): Promise<string | null>;
  /** Stores a preview link. */
  createPreviewLink(link: PreviewLinkRow): Promise<void>;
  /** The article a preview link's hash opens, in any status, and when the link expires; null when unknown. */
  previewByHash(hash: string): Promise<{ article: Article; expiresAt: string } | null>;
}
