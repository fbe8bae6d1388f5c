/** @module */
import { describe, expect, it } from 'vitest';
import { article } from '../test/fixtures.ts';
import { deadApiUrl, stubApiPerTest } from '../test/stub-api.ts';
import { getArticleWithComments } from './article-page.ts';
import { ApiUnavailableError } from './errors.ts';

const serve = stubApiPerTest();

describe('getArticleWithComments', () => {
  it('asks the API once, for the article with its comments and related articles', async () => {
    const api = await serve({ articles: [article] });
    expect(await getArticleWithComments(article.slug)).toEqual({ article, comments: null, related: [] });
    expect(api.requests).toEqual([`/v1/articles/${article.slug}?include=comments%2Crelated`]);
  });

  it('shows the article alone when the API cannot answer with its comments and related articles', async () => {
    const api = await serve({ articles: [article], failWhen: (url) => (url.searchParams.has('include') ? 500 : undefined) });
    expect(await getArticleWithComments(article.slug)).toEqual({ article, comments: null, related: [] });
    expect(api.requests).toEqual([`/v1/articles/${article.slug}?include=comments%2Crelated`, `/v1/articles/${article.slug}`]);
  });

  it('is unavailable when the API is', async () => {
    process.env.API_URL = await deadApiUrl();
    await expect(getArticleWithComments(article.slug)).rejects.toBeInstanceOf(ApiUnavailableError);
  });
});
