/**
 * @module
 * The site's data layer: everything pages need from the API, and its typed failures.
 */
export { listArticles, type ArticleList, type ListArticlesParams } from './articles.ts';
export { latestArticles } from './latest-articles.ts';
export { getFrontPage, type SectionBlock } from './front-page.ts';
export { getTopic, listAllTopics } from './taxonomy.ts';
export { getArticleWithComments, type ArticleWithComments } from './article-page.ts';
export { postComment, type CommentThread, type CommentThreads, type PostOutcome } from './comments.ts';
export { searchArticles, type SearchHit, type SearchResults } from './search.ts';
export { findFilterNames, suggestEntities } from './search-filters.ts';
export { getEntity, listEntities, type EntityDetail } from './entities.ts';
export { entityDirectory, topicDirectory, type DirectoryEntry, type DirectoryPage } from './directory.ts';
export { headerSections } from './navigation.ts';
export { ApiMovedError, ApiUnavailableError, ApiResponseError } from './errors.ts';
export { readConfig, type SiteConfig } from './config.ts';
