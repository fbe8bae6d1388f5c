/**
 * @module
 * `@dateline/model`: the article model of Dateline as Zod 4 schemas with their types, and pure
 * functions over them. No I/O: it runs in Node and in browsers.
 */
// The schemas and pure helpers, also importable alone as `@dateline/model/core`.
export * from './core.ts';
export * from './import/errors.ts';
export * from './import/decode.ts';
export { checkSourceBytes, checkSourceSize, checkTextSize } from './import/source-limits.ts';
export * from './import/boilerplate.ts';
export * from './import/parse-text.ts';
export * from './import/front-matter.ts';
export { isSafeHref } from './import/markdown-inline.ts';
export { htmlText } from './import/markdown-blocks.ts';
export * from './import/parse-markdown.ts';
export * from './import/parse-html.ts';
export * from './import/paste.ts';
export * from './import/html-article-text.ts';
export { dateTimestamp, isoTimestamp } from './import/html-date.ts';
export { type Byline, type BylineContext, isPersonName, parseByline } from './import/byline.ts';
export * from './publish/json-ld.ts';
export { escapeHtml, escapeXml } from './publish/xml.ts';
export * from './publish/render-blocks.ts';
export * from './publish/media-renditions.ts';
export { FEED_GENERATOR, type FeedOptions, type FeedSite } from './publish/feeds.ts';
export * from './publish/rss.ts';
export * from './publish/atom.ts';
export * from './publish/json-feed.ts';
export * from './publish/sitemap.ts';
export * from './publish/news-sitemap.ts';
export * from './json-schema.ts';
export * from './entities/index.ts';
