/**
 * @module
 * People, places and organisations in an article, and who said what.
 */
export * from './entity.ts';
export * from './quote.ts';
export { type EntitySource, extractEntities } from './extract-entities.ts';
export { extractQuotes } from './extract-quotes.ts';
export { type Enrichment, enrich } from './enrich.ts';
export { isFirstName } from './names.ts';
