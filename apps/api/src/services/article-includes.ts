/**
 * @module
 * An article with what its page shows beside it, read in one request: the first page of its
 * comments and its related articles, each exactly as its own endpoint answers by default. A page
 * that would otherwise ask three times (and be answered three times) asks once.
 */
import type { Article, ArticleSummary } from '@dateline/model';
import type { Store } from '../store/store.ts';
import { getArticle, type ReadOptions } from './articles.ts';
import { articleThreads, type CommentThreads } from './comments.ts';
import { DEFAULT_RELATED_LIMIT, relatedArticles } from './entities.ts';

/** What an article can be read with, in the order a response lists them. */
export const ARTICLE_INCLUDES = ['comments', 'related'] as const;

/** One of `ARTICLE_INCLUDES`. */
export type ArticleInclude = (typeof ARTICLE_INCLUDES)[number];

/** An article with the parts asked for. */
export type ArticleWithIncludes = Article & {
  /** The first page of its approved comments, as threads, oldest first. */
  comments?: CommentThreads;
  /** The articles sharing the most with it, best first. */
  related?: ArticleSummary[];
};

/**
 * The article at `slug` with each part of `include`, or null when the reader may not see it.
 * The comments are those of the article read (by its id), so they cannot belong to another one
 * that took the slug in between.
 *
 * @example
 * const page = await getArticleWith(store, 'night-ferry-returns', ['comments', 'related'], { now: new Date() });
 * page?.comments?.total; // approved comments, replies included
 */
export async function getArticleWith(
  store: Store,
  slug: string,
  include: readonly ArticleInclude[],
  options: ReadOptions,
): Promise<ArticleWithIncludes | null> {
  const withRelated = include.includes('related');
  const [article, related] = await Promise.all([
    getArticle(store, slug, options),
    withRelated ? relatedArticles(store, slug, DEFAULT_RELATED_LIMIT, options) : null,
  ]);
  if (!article) return null;
  const comments = include.includes('comments') ? await articleThreads(store, article.id, {}) : null;
  return { ...article, ...(comments && { comments }), ...(withRelated && { related: related ?? [] }) };
}
