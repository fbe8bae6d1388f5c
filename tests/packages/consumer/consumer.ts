/**
 * @module
 * A user's TypeScript, checked with `tsc --noEmit` under `strict` against the installed packages'
 * declarations. The `@ts-expect-error` lines fail the check if the types were loose (any).
 */
import { type ArticleInput, parseText, toJsonLd, type Article } from '@dateline/model';
import { slugify, type Block } from '@dateline/model/core';
import { createClient, type ArticleSummary, type Problem } from '@dateline/client';

const input: ArticleInput = parseText('Harbour ferry returns\n\nThe Skylark is back on the water.');
const headings: string[] = input.body.flatMap((b: Block) => (b.type === 'heading' ? [b.text] : []));
const slug: string = slugify(input.headline);
// @ts-expect-error a headline is a string
const wrong: number = input.headline;

export function describe(article: Article): string {
  return JSON.stringify(toJsonLd(article, { name: 'The Harbour Gazette', url: 'https://news.example.org' }));
}

export async function newest(baseUrl: string): Promise<ArticleSummary[]> {
  const api = createClient(baseUrl, { token: 'secret' });
  const { data, error } = await api.GET('/v1/articles', { params: { query: { limit: 10 } } });
  if (error) {
    const problem: Problem = error;
    throw new Error(problem.title);
  }
  // @ts-expect-error the API has no such path
  await api.GET('/v1/nothing-here');
  // @ts-expect-error limit is a number
  await api.GET('/v1/articles', { params: { query: { limit: 'ten' } } });
  const hit = await api.GET('/v1/search', { params: { query: { q: 'ferry' } } });
  const snippet: string | undefined = hit.data?.items[0]?.snippet;
  void snippet;
  // What the API fills in itself (tags, sources, status, …) need not be sent.
  const written = await api.POST('/v1/articles', {
    body: {
      headline: 'River path reopens',
      body: [{ type: 'paragraph', content: [{ type: 'text', text: 'The path reopened on Monday.' }] }],
    },
  });
  const writtenSlug: string | undefined = written.data?.slug;
  void writtenSlug;
  const markdown = await api.POST('/v1/articles', {
    body: '# River path reopens\n\nThe path reopened on Monday.\n',
    headers: { 'Content-Type': 'text/markdown' },
    bodySerializer: (text) => text,
  });
  void markdown.data?.headline;
  // @ts-expect-error a body block needs its content
  await api.POST('/v1/articles', { body: { headline: 'No content', body: [{ type: 'paragraph' }] } });
  return data.items;
}

export const summary = { headings, slug, wrong };
