/**
 * @module
 * Reading an article's public comments: approved ones only, as threads, in pages of top-level
 * comments. Plain functions over a `Store`, like every service.
 */
import type { ListOrder, Store } from '../store/store.ts';
import { buildThreads, type ThreadedComment } from './comments-tree.ts';

/** Top-level comments per page when the caller gives no limit. */
const DEFAULT_THREAD_PAGE_SIZE = 50;

/** Paging of an article's threads. */
export interface ThreadParams {
  /** Of top-level comments, by time; replies are always oldest first. Default `oldest`. */
  order?: ListOrder | undefined;
  limit?: number | undefined;
  cursor?: string | undefined;
}

/** One page of an article's threads. */
export interface CommentThreads {
  items: ThreadedComment[];
  nextCursor: string | null;
  /** Every visible comment of the article, replies included, across all pages. */
  total: number;
}

/**
 * The public threads of the article with `slug`, or null when no public article has that slug
 * (a draft, scheduled or archived article has no public comments either). Throws
 * `InvalidCursorError` for a cursor the store did not issue for this order.
 *
 * @example
 * const page = await listArticleComments(store, 'night-ferry-returns', { order: 'newest' }, { now: new Date() });
 * page?.items[0]?.replies; // the replies to the newest comment, oldest first
 */
export async function listArticleComments(
  store: Store,
  slug: string,
  params: ThreadParams,
  options: { now: Date },
): Promise<CommentThreads | null> {
  const articleId = await store.publicArticleId(slug, options.now);
  if (articleId === null) return null;
  return articleThreads(store, articleId, params);
}

/**
 * A page of the approved threads of the article with id `articleId`, for a caller that has
 * already read the article (and decided the reader may see it).
 *
 * @example
 * const first = await articleThreads(store, article.id, {}); // as `listArticleComments` by default
 */
export async function articleThreads(store: Store, articleId: string, params: ThreadParams): Promise<CommentThreads> {
  const page = await store.listCommentThreads({
    articleId,
    order: params.order ?? 'oldest',
    limit: params.limit ?? DEFAULT_THREAD_PAGE_SIZE,
    cursor: params.cursor,
  });
  return { items: buildThreads(page.roots, page.replies), nextCursor: page.nextCursor, total: page.total };
}
