/**
 * @module
 * Tests for prepareArticle.
 */
import { describe, expect, it } from 'vitest';
import { Article, type ArticleInput } from './article.ts';
import { prepareArticle, prepareSave, storyJson } from './prepare-article.ts';

const ID = '7c1f9e20-5b4a-4d8e-a3f2-0e9d8c7b6a51';
const NOW = '2026-05-08T09:30:00Z';

const input: ArticleInput = {
  headline: 'Night Ferry Returns to the Northern Islands',
  body: [
    { type: 'paragraph', content: [{ type: 'text', text: 'The overnight ferry sailed again on Friday after a winter in dry dock.' }] },
  ],
  authors: [{ name: 'Maren Østby' }, { name: 'Tomás Reilly', slug: 'tomas-r' }],
  section: { name: 'Travel & Transport' },
  tags: [{ name: 'Ferries' }, { name: 'ferries' }, { name: 'Islands' }],
};

describe('prepareArticle', () => {
  it('stores text without control characters, which PostgreSQL cannot store or readers see', () => {
    const article = prepareArticle(
      {
        ...input,
        headline: 'Night\u0000 Ferry\u001b[31m',
        body: [{ type: 'paragraph', content: [{ type: 'text', text: 'A bell\u0007 rang.\u0085' }] }],
        tags: [{ name: 'Fer\u0000ries' }],
      },
      { id: ID, now: NOW },
    );
    expect(article.headline).toBe('Night Ferry[31m');
    expect(article.body).toEqual([{ type: 'paragraph', content: [{ type: 'text', text: 'A bell rang.' }] }]);
    expect(article.tags).toEqual([{ name: 'Ferries', slug: 'ferries' }]);
    expect(() => prepareArticle({ ...input, headline: '\u0000\u0000' }, { id: ID, now: NOW })).toThrow(/headline/);
  });

  it('fills slugs, timestamps and derived fields for a new article', () => {
    const article = prepareArticle(input, { id: ID, now: NOW });
    expect(Article.safeParse(article).success).toBe(true);
    expect(article).toMatchObject({
      id: ID,
      slug: 'night-ferry-returns-to-the-northern-islands',
      authors: [
        { name: 'Maren Østby', slug: 'maren-ostby' },
        { name: 'Tomás Reilly', slug: 'tomas-r' },
      ],
      section: { name: 'Travel & Transport', slug: 'travel-transport' },
      tags: [
        { name: 'Ferries', slug: 'ferries' },
        { name: 'Islands', slug: 'islands' },
      ],
      status: 'published',
      language: 'en',
      publishedAt: '2026-05-08T09:30:00.000Z',
      createdAt: '2026-05-08T09:30:00.000Z',
      updatedAt: '2026-05-08T09:30:00.000Z',
      commentSettings: { open: true },
      corrections: [],
      wordCount: 20,
      readingTime: 1,
      excerpt: 'The overnight ferry sailed again on Friday after a winter in dry dock.',
    });
  });

  it('leaves a draft unpublished', () => {
    const article = prepareArticle({ ...input, status: 'draft' }, { id: ID, now: new Date(NOW) });
    expect(article.publishedAt).toBeNull();
  });

  it('keeps the creation and first publication times of the stored version on update', () => {
    const previous = { createdAt: '2026-05-01T08:00:00.000Z', publishedAt: '2026-05-02T06:00:00.000Z' };
    const article = prepareArticle(input, { id: ID, now: NOW, previous });
    expect(article.createdAt).toBe(previous.createdAt);
    expect(article.publishedAt).toBe(previous.publishedAt);
    expect(article.updatedAt).toBe('2026-05-08T09:30:00.000Z');
  });

  it('publishes a draft that was never published when it is saved as published', () => {
    const previous = { createdAt: '2026-05-01T08:00:00.000Z', publishedAt: null };
    expect(prepareArticle(input, { id: ID, now: NOW, previous }).publishedAt).toBe('2026-05-08T09:30:00.000Z');
  });

  it('prefers an explicit publication time (scheduling)', () => {
    const article = prepareArticle({ ...input, publishedAt: '2026-06-01T07:00:00+02:00' }, { id: ID, now: NOW });
    expect(article.publishedAt).toBe('2026-06-01T07:00:00+02:00');
  });

  it('falls back to a slug from the id when the headline has no Latin letters', () => {
    const article = prepareArticle({ ...input, headline: 'Паром снова в пути', authors: [{ name: 'Анна' }] }, { id: ID, now: NOW });
    expect(article.slug).toBe('article-7c1f9e20');
    expect(article.authors[0]?.slug).toMatch(/^author-[a-z0-9]+$/);
  });

  it('keeps the people, places and quotations it is given, and starts an article without any', () => {
    const mentions = [
      { entity: { type: 'person' as const, name: 'Maren Østby', slug: 'maren-ostby' }, count: 2, firstPosition: { block: 0, offset: 4 } },
    ];
    const quotes = [{ text: 'At last', speaker: { name: 'Maren Østby', slug: 'maren-ostby' }, block: 0, kind: 'partial' as const }];
    const article = prepareArticle({ ...input, mentions, quotes }, { id: ID, now: NOW });
    expect(article.mentions).toEqual(mentions);
    expect(article.quotes).toEqual(quotes);
    const plain = prepareArticle(input, { id: ID, now: NOW });
    expect([plain.mentions, plain.quotes]).toEqual([[], []]);
  });

  it('keeps an explicit slug', () => {
    expect(prepareArticle({ ...input, slug: 'ferry-back' }, { id: ID, now: NOW }).slug).toBe('ferry-back');
  });

  it('throws the validation error for bad input', () => {
    const bad = { headline: '  ', body: [] } as ArticleInput;
    expect(() => prepareArticle(bad, { id: ID, now: NOW })).toThrowErrorMatchingInlineSnapshot(`
      [ZodError: [
        {
          "origin": "string",
          "code": "too_small",
          "minimum": 1,
          "inclusive": true,
          "path": [
            "headline"
          ],
          "message": "Too small: expected string to have >=1 characters"
        },
        {
          "origin": "array",
          "code": "too_small",
          "minimum": 1,
          "inclusive": true,
          "path": [
            "body"
          ],
          "message": "Too small: expected array to have >=1 items"
        }
      ]]
    `);
  });

  it('rejects an invalid clock', () => {
    expect(() => prepareArticle(input, { id: ID, now: 'yesterday' })).toThrowErrorMatchingInlineSnapshot(
      `[RangeError: now is not a valid date: yesterday]`,
    );
  });
});

describe('prepareSave', () => {
  // A stand-in digest: the model hashes nothing itself, and the text shows what is compared.
  const digest = (text: string) => text;

  it('returns the article prepareArticle gives, with hashes that ignore key order, defaults spelled out and the slug', () => {
    const save = prepareSave(input, { id: ID, now: NOW }, digest);
    expect(save.article).toEqual(prepareArticle(input, { id: ID, now: NOW }));
    expect(save.contentHash).toBe(storyJson(save.article));
    const { body, ...rest } = input;
    const same = prepareSave({ body, status: 'published', ...rest, slug: 'elsewhere' }, { id: ID, now: NOW }, digest);
    expect([same.contentHash, same.revisionHash]).toEqual([save.contentHash, save.revisionHash]);
    const retagged = prepareSave({ ...input, tags: [{ name: 'Boats' }] }, { id: ID, now: NOW }, digest);
    expect(retagged.contentHash).toBe(save.contentHash);
    expect(retagged.revisionHash).not.toBe(save.revisionHash);
  });
});
