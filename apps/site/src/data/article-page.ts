/**
 * @module
 * What the article page shows: the article, a page of its comments and its related articles,
 * fetched side by side. Comments and related articles are secondary: when only they fail, the
 * article is still shown.
 */
import type { Article, ArticleSummary } from '@dateline/model';
import { getArticle } from './articles.ts';
import { type CommentThreads, listComments } from './comments.ts';
import { relatedArticles } from './entities.ts';
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
 */
export async function getArticleWithComments(
  slug: string,
  options: { commentsCursor?: string | undefined; fresh?: boolean } = {},
): Promise<ArticleWithComments | null> {
  const { commentsCursor, fresh = false } = options;
  const [article, page, related] = await Promise.all([getArticle(slug), commentsOf(slug, commentsCursor, fresh), relatedOf(slug)]);
  if (!article) return null;
  return { article, comments: page.comments, ...(page.cursor && { commentsCursor: page.cursor }), related };
}

async function commentsOf(slug: string, cursor: string | undefined, fresh: boolean): Promise<{ comments: CommentThreads | null; cursor?: string }> {
  try {
    return { comments: await listComments(slug, { cursor, fresh }), ...(cursor && { cursor }) };
  } catch (error) {
    // A cursor the API no longer knows (an old link): show the first page instead.
    if (cursor && error instanceof ApiResponseError && error.status === 400) return commentsOf(slug, undefined, fresh);
    if (error instanceof ApiUnavailableError || error instanceof ApiResponseError) return { comments: null };
    throw error;
  }
}

async function relatedOf(slug: string): Promise<ArticleSummary[]> {
  try {
    return await relatedArticles(slug);
  } catch (error) {
    if (error instanceof ApiUnavailableError || error instanceof ApiResponseError) return [];
    throw error;
  }
}
