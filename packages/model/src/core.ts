/**
 * @module
 * `@dateline/model/core`: the article model's schemas, types and pure helpers without the
 * importers (HTML, Markdown), the entity finder and its word lists, or the publishing formats,
 * which take most of the package's load time. For programs that store and serve articles but do
 * not parse or enrich them; everything here is in `@dateline/model` too.
 */
export * from './common.ts';
export * from './inline.ts';
export * from './block.ts';
export * from './inline-text.ts';
export * from './block-text.ts';
export * from './people.ts';
export * from './article.ts';
export * from './comment.ts';
export * from './slugify.ts';
export * from './derive/index.ts';
export * from './prepare-article.ts';
export * from './canonical-json.ts';
export * from './limits.ts';
export * from './control-characters.ts';
export * from './zod-issues.ts';
export * from './limits.ts';
export * from './entities/entity.ts';
export * from './entities/quote.ts';
// The article body as the site renders it (and the desk previews it): no importer needed.
export { bodyHtml, blockHtml, inlineHtml, blockId } from './publish/article-html.ts';
export { figureHtml, type FigureOptions } from './publish/figure-html.ts';
export { safeLink, safeImageSrc, type SafeLink } from './publish/safe-link.ts';
