/**
 * @module
 * What the article page shows: the article, a page of its comments and its related articles,
 * in one request to the API (two for a later page of comments). Comments and related articles
 * are secondary: when only asking for them fails, the article is still shown.
 */
import type { Article, ArticleSummary } from '@dateline/model';
import { type ArticlePart, type ArticleWithParts, getArticle, getArticleWith } from './articles.ts';
import { type CommentThreads, listComments } from './comments.ts';
import { ApiResponseError, ApiUnavailableError } from './errors.ts';

/** The article and its comments; `comments` is null when they could not be loaded. */
export interface ArticleWithComments {
  article: Article;
  comments: CommentThreads | null;
  /** The page of comments shown, when not the first (a cursor the API refused is dropped). */
  commentsCursor?: string | undefined;
  /** Articles sharing the most with it, best first (none when they could not be loaded). */
  related: ArticleSummary[];
}

/**
 * The public article `slug` with a page of its comments, or null when there is no such article.
 * `fresh` asks for comments past any cache, for a reader who has just posted.
 *
 * @throws {ApiUnavailableError} when the article cannot be loaded.
 *
 * @example
 * const page = await getArticleWithComments('night-ferry-returns');
 * page?.comments?.total;
 */
export async function getArticleWithComments(
  slug: string,
  options: { commentsCursor?: string | undefined; fresh?: boolean } = {},
): Promise<ArticleWithComments | null> {
  const { commentsCursor, fresh = false } = options;
  if (!commentsCursor) {
    const found = await articleWith(slug, ['comments', 'related'], fresh);
    return found && shown(found, { comments: found.comments ?? null });
  }
  const [found, page] = await Promise.all([articleWith(slug, ['related'], false), commentsOf(slug, commentsCursor, fresh)]);
  return found && shown(found, page);
}

function shown(
  { comments: _, related = [], ...article }: ArticleWithParts,
  page: { comments: CommentThreads | null; cursor?: string },
): ArticleWithComments {
  return { article, comments: page.comments, ...(page.cursor && { commentsCursor: page.cursor }), related };
}

/** The article with `parts`, or alone when the API could answer but not with them. */
async function articleWith(slug: string, parts: readonly ArticlePart[], fresh: boolean): Promise<ArticleWithParts | null> {
  try {
    return await getArticleWith(slug, parts, { fresh });
  } catch (error) {
    if (!(error instanceof ApiUnavailableError || error instanceof ApiResponseError) || timedOut(error)) throw error;
    return getArticle(slug);
  }
}

// An API that let the deadline pass once would only make the reader wait as long again.
const timedOut = (error: Error) => error.cause instanceof DOMException && error.cause.name === 'TimeoutError';

async function commentsOf(
  slug: string,
  cursor: string | undefined,
  fresh: boolean,
): Promise<{ comments: CommentThreads | null; cursor?: string }> {
  try {
    return { comments: await listComments(slug, { cursor, fresh }), ...(cursor && { cursor }) };
  } catch (error) {
    // A cursor the API no longer knows (an old link): show the first page instead.
    if (cursor && error instanceof ApiResponseError && error.status === 400) return commentsOf(slug, undefined, fresh);
    if (error instanceof ApiUnavailableError || error instanceof ApiResponseError) return { comments: null };
    throw error;
  }
}
