/**
 * @module
 * Tests of an article's Open Graph image: a stored picture's 1200×630 crop, the first body
 * picture when there is no lead image, none without a picture.
 */
import { prepareArticle } from '@dateline/model';
import { describe, expect, it } from 'vitest';
import { articleSocial } from './social.ts';

const id = 'f'.repeat(64);
const paragraph = { type: 'paragraph' as const, content: [{ type: 'text' as const, text: 'Boats.' }] };
const article = (extra: object) =>
  prepareArticle({ headline: 'Pier', body: [paragraph], ...extra }, { id: 'a1', now: '2026-05-08T09:00:00Z' });

describe('articleSocial', () => {
  it('shares a stored lead picture by its 1200×630 crop on the site', () => {
    const social = articleSocial(
      article({ leadImage: { src: `/media/${id}/2000.jpg`, alt: 'The pier', media: { id, width: 4000, height: 3000 } } }),
      'https://news.example.org',
    );
    expect(social.image).toEqual({ url: `https://news.example.org/media/${id}/share.jpg`, alt: 'The pier', width: 1200, height: 630 });
  });

  it('uses the first picture of the body when there is no lead image, and nothing without one', () => {
    const inBody = article({
      body: [paragraph, { type: 'image', src: `/media/${id}/640.jpg`, alt: 'Boats', media: { id, width: 640, height: 480 } }],
    });
    expect(articleSocial(inBody, 'https://news.example.org').image?.url).toBe(`https://news.example.org/media/${id}/share.jpg`);
    expect(articleSocial(article({}), 'https://news.example.org').image).toBeUndefined();
  });
});
