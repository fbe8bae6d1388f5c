/** @module */
import { describe, expect, it } from 'vitest';
import { article, summaryOf } from '../test/fixtures.ts';
import { dom, render, text } from '../test/render.ts';
import RelatedArticles from './RelatedArticles.astro';

describe('RelatedArticles', () => {
  it('links each related article with its time, in the order given', async () => {
    const articles = [
      summaryOf({ ...article, slug: 'storm-warning', headline: 'Storm warning' }),
      summaryOf({ ...article, slug: 'ferry-back', headline: 'Ferry back', publishedAt: null }),
    ];
    const doc = dom(await render(RelatedArticles, { props: { articles } }));
    expect(text(doc.querySelector('section h2'))).toBe('Related');
    expect([...doc.querySelectorAll('li a')].map((a) => [text(a), a.getAttribute('href')])).toEqual([
      ['Storm warning', '/articles/storm-warning'],
      ['Ferry back', '/articles/ferry-back'],
    ]);
    expect(doc.querySelectorAll('li time')).toHaveLength(1);
  });

  it('shows nothing when there are none', async () => {
    expect(dom(await render(RelatedArticles, { props: { articles: [] } })).querySelector('section')).toBeNull();
  });
});
