/**
 * @module
 * Names for the schemas of the API's document that callers handle most, so that code can say
 * `Article` rather than `components['schemas']['Article']`. Every other schema is reachable
 * through `Schemas`.
 */
import type { components } from './api-types.ts';

/** Every schema of the API's OpenAPI document, by name. */
export type Schemas = components['schemas'];

/** A full article, as `GET /v1/articles/{slug}` answers. */
export type Article = Schemas['Article'];
/** An article with the comments and related articles that `include` asked for. */
export type ArticleWithIncludes = Schemas['ArticleWithIncludes'];
/** What `POST /v1/articles` and `PUT /v1/articles/{slug}` take as JSON. */
export type ArticleInput = Schemas['ArticleInput'];
/** An article as lists show it: no body. */
export type ArticleSummary = Schemas['ArticleSummary'];
/** A page of `GET /v1/articles`; pass `nextCursor` as `cursor` for the next. */
export type ArticleList = Schemas['ArticleList'];
/** A page of `GET /v1/search`. */
export type SearchResults = Schemas['SearchResults'];
/** One search result, with its highlighted snippet. */
export type SearchHit = Schemas['SearchHit'];
/** What a reader sends to comment on an article. */
export type CommentSubmission = Schemas['CommentSubmission'];
/** A comment as the API shows it. */
export type Comment = Schemas['Comment'];
/** An error answer (RFC 9457), naming each invalid field in `errors`. */
export type Problem = Schemas['Problem'];
