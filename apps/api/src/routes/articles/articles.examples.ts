/**
 * @module
 * Examples for the OpenAPI document, derived from one of the project's own sample articles when
 * the module loads, so the documentation always shows what the API really returns for it.
 */
import { readFileSync } from 'node:fs';
import { type Article, type ArticleInput, parseMarkdown, prepareArticle } from '@dateline/model';
import { toSummary } from '../../store/article-rows.ts';

const SAMPLE = new URL('../../../samples/03-harbour-ferry.md', import.meta.url);

/** The sample's Markdown, as an editor would POST it with `Content-Type: text/markdown`. */
export const exampleMarkdown: string = readFileSync(SAMPLE, 'utf8');

/** The sample as an `ArticleInput`. */
export const exampleInput: ArticleInput = parseMarkdown(exampleMarkdown);

/** The sample as stored and served. */
export const exampleArticle: Article = prepareArticle(exampleInput, {
  id: '5b0c6a1e-2f4d-4c8b-9a7e-3d2f1c0b9a88',
  now: '2026-11-27T12:00:00.000Z',
  previous: { createdAt: '2026-11-26T16:40:00.000Z', publishedAt: exampleInput.publishedAt ?? null },
});

/** A page of the listing holding the sample. */
export const exampleList = { items: [toSummary(exampleArticle)], nextCursor: null, total: 1 };

/** A merge patch an editor might send: a new standfirst, and the dateline removed. */
export const examplePatch = { standfirst: 'The Skylark is back with a quieter engine and an earlier first crossing.', dateline: null };
