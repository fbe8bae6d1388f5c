/**
 * @module
 * The site's data layer: everything pages need from the API, and its typed failures.
 */
export { listArticles, getArticle, type ArticleList, type ListArticlesParams } from './articles.ts';
export { latestArticles } from './latest-articles.ts';
export { FRONT_PAGE_SHAPE, getFrontPage, type FrontPageContent, type SectionBlock } from './front-page.ts';
export { getTopic, listAllTopics, type AuthorEntry, type SectionEntry, type TagEntry, type TopicKind } from './taxonomy.ts';
export { getArticleWithComments, type ArticleWithComments } from './article-page.ts';
export { listComments, postComment, type CommentThread, type CommentThreads, type PostOutcome } from './comments.ts';
export { searchArticles, type SearchHit, type SearchResults } from './search.ts';
export { findFilterNames, type FilterNames, type NameSuggestion, suggestEntities } from './search-filters.ts';
export { getEntity, listEntities, relatedArticles, type EntityDetail, type QuoteInArticle } from './entities.ts';
export { entityDirectory, topicDirectory, type DirectoryEntry, type DirectoryPage } from './directory.ts';
export { headerSections, HEADER_SECTIONS_MAX } from './navigation.ts';
export { ApiMovedError, ApiUnavailableError, ApiResponseError } from './errors.ts';
export { readConfig, type SiteConfig } from './config.ts';
