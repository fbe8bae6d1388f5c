/** @module */
import { describe, expect, it } from 'vitest';
import { article, summaries } from '../test/fixtures.ts';
import { deadApiUrl, stubApiPerTest } from '../test/stub-api.ts';
import { getArticle, listArticles } from './articles.ts';
import { ApiResponseError, ApiUnavailableError } from './errors.ts';

const serve = stubApiPerTest();

describe('getArticle', () => {
  it('returns the article the API serves under the slug', async () => {
    await serve({ articles: [article] });
    expect(await getArticle(article.slug)).toEqual(article);
  });

  it('returns null when the API answers 404', async () => {
    await serve({ articles: [article] });
    expect(await getArticle('no-such-story')).toBeNull();
  });

  it('does not ask the API about a string that cannot be a slug', async () => {
    const api = await serve({ articles: [article] });
    expect(await getArticle('../admin')).toBeNull();
    expect(await getArticle('Harbour Lights')).toBeNull();
    expect(api.requests).toEqual([]);
  });

  it('reads API_URL when called, not when loaded', async () => {
    const first = await serve({ articles: [article] });
    await getArticle(article.slug);
    await first.close();
    const second = await serve({ articles: [article] });
    await getArticle(article.slug);
    expect(second.requests).toEqual([`/v1/articles/${article.slug}`]);
  });
});

describe('listArticles', () => {
  it('passes the cursor and limit and returns the page with its next cursor', async () => {
    const all = summaries(3);
    const [first, second] = [all.slice(0, 2), all.slice(2)];
    const api = await serve({ pages: [first, second] });
    const page1 = await listArticles({ limit: 2 });
    expect(page1.items.map((a) => a.slug)).toEqual(first.map((a) => a.slug));
    expect(page1.nextCursor).toBe('page-2');
    const page2 = await listArticles({ cursor: page1.nextCursor ?? '', limit: 2 });
    expect(page2).toMatchObject({ nextCursor: null, total: 3 });
    expect(api.requests).toEqual(['/v1/articles?limit=2', '/v1/articles?cursor=page-2&limit=2']);
  });

  it('sends every filter the API takes, times as timestamps, in one order whatever order they were given in', async () => {
    const api = await serve({ pages: [summaries(1)] });
    await listArticles({ to: new Date('2026-05-08T00:00:00Z'), place: 'moscow', tag: 'ferries', limit: 5, section: '' });
    await listArticles({ limit: 5, tag: 'ferries', place: 'moscow', to: new Date('2026-05-08T00:00:00Z') });
    expect(api.requests).toEqual([
      '/v1/articles?limit=5&place=moscow&tag=ferries&to=2026-05-08T00%3A00%3A00.000Z',
      '/v1/articles?limit=5&place=moscow&tag=ferries&to=2026-05-08T00%3A00%3A00.000Z',
    ]);
  });

  it('throws an ApiResponseError with the status when the API refuses the cursor', async () => {
    await serve({ pages: [summaries(1)] });
    const error = await listArticles({ cursor: 'forged' }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ApiResponseError);
    expect((error as ApiResponseError).status).toBe(400);
  });
});

describe('when the API is down', () => {
  it('throws ApiUnavailableError when nothing listens', async () => {
    process.env.API_URL = await deadApiUrl();
    await expect(getArticle(article.slug)).rejects.toBeInstanceOf(ApiUnavailableError);
    await expect(listArticles()).rejects.toBeInstanceOf(ApiUnavailableError);
  });

  it('throws ApiUnavailableError when the API fails on its side', async () => {
    await serve({ fail: 502 });
    await expect(getArticle(article.slug)).rejects.toThrow(/answered 502/);
    await expect(listArticles()).rejects.toBeInstanceOf(ApiUnavailableError);
  });

  it('gives up after API_TIMEOUT_MS instead of waiting for an API that never answers', async () => {
    await serve({ fail: 'hang' });
    process.env.API_TIMEOUT_MS = '150';
    const started = performance.now();
    const error = await getArticle(article.slug).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ApiUnavailableError);
    expect((error as Error).message).toMatch(/no answer within 150 ms/);
    expect(performance.now() - started).toBeLessThan(2000);
  });
});
