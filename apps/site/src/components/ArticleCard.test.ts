/** @module */
import { describe, expect, it } from 'vitest';
import { article, summaryOf } from '../test/fixtures.ts';
import { dom, render, text } from '../test/render.ts';
import ArticleCard from './ArticleCard.astro';

const summary = summaryOf(article);

describe('ArticleCard', () => {
  it('shows the headline as a link to the article, the excerpt, byline and time', async () => {
    const doc = dom(await render(ArticleCard, { props: { article: summary, level: 3 } }));
    const link = doc.querySelector('article h3 > a');
    expect(text(link)).toBe('Harbour lights return after a decade');
    expect(link?.getAttribute('href')).toBe('/articles/harbour-lights-return');
    expect(text(doc.querySelector('article'))).toContain(summary.excerpt);
    expect(text(doc.querySelector('.byline'))).toBe('By Ana Lima and Tom Reed');
    expect(doc.querySelector('time')?.getAttribute('datetime')).toBe(summary.publishedAt);
    expect(doc.querySelector('img')).toBeNull();
  });

  it('links the section to its page', async () => {
    const doc = dom(await render(ArticleCard, { props: { article: summary } }));
    const kicker = doc.querySelector('.kicker a');
    expect([text(kicker), kicker?.getAttribute('href')]).toEqual(['Local', '/sections/local']);
  });

  it('shows the lead story with its image, loaded at once', async () => {
    const doc = dom(await render(ArticleCard, { props: { article: summary, lead: true } }));
    expect(doc.querySelector('article')?.classList.contains('card--lead')).toBe(true);
    expect(text(doc.querySelector('h2'))).toBe(summary.headline);
    expect(doc.querySelector('img')?.getAttribute('loading')).toBe('eager');
  });
});
