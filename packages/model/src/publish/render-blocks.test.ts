/**
 * @module
 * Tests of renderBlocksHtml and renderBlocksText.
 */
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { fullArticle } from '../testing/feed-articles.ts';
import { renderBlocksHtml, renderBlocksText, safeUrl } from './render-blocks.ts';

const article = fullArticle();
const base = 'https://news.example.org/articles/harbour-lights-return';

function fragment(html: string) {
  return parseHTML(`<!doctype html><html><body>${html}</body></html>`).document;
}

describe('renderBlocksHtml', () => {
  it('renders every block type, with marks, links and figures', () => {
    expect(renderBlocksHtml(article.body, { baseUrl: base })).toMatchInlineSnapshot(`
      "<p>The lamps were dark for <strong><em>ten years</em></strong> until &lt;b&gt;volunteers&lt;/b&gt; rewired them. Read <a href="https://example.org/report?a=1&amp;b=2" title="The &quot;report&quot;">the report</a>, the <a href="https://news.example.org/articles/harbour-history">history</a> and the <a href="https://news.example.org/articles/harbour-lights-return#parts">parts list</a>.click me</p>
      <h2>How it was done</h2>
      <p>Timers set with <code>LAMP_ON=19:00</code></p>
      <h3>Parts</h3>
      <ul><li>Forty bulbs</li><li>Two boxes</li></ul>
      <h4>Steps</h4>
      <ol><li>Survey</li><li>Rewire</li></ol>
      <figure><blockquote><p>We did it for the boats.</p><p>And for the night walkers.</p></blockquote><figcaption>— <cite>Morag Bell</cite></figcaption></figure>
      <figure><img src="https://images.example.org/ladder.jpg" alt="A volunteer on a ladder"><figcaption>Fitting a bulb.</figcaption></figure>
      <figure><figcaption>A caption that stays.</figcaption></figure>"
    `);
  });

  it('lets no markup or script through: text that looks like tags stays text', () => {
    const doc = fragment(renderBlocksHtml(article.body, { baseUrl: base }));
    expect(doc.querySelectorAll('script, b')).toHaveLength(0);
    expect(doc.querySelector('p')?.textContent).toContain('until <b>volunteers</b> rewired');
    const hrefs = [...doc.querySelectorAll('a')].map((a) => a.getAttribute('href'));
    expect(hrefs.every((h) => /^https:\/\//.test(h ?? ''))).toBe(true);
    expect([...doc.querySelectorAll('img')].map((i) => i.getAttribute('src'))).toEqual(['https://images.example.org/ladder.jpg']);
  });

  it('keeps safe relative targets as they are when no base URL is given', () => {
    const html = renderBlocksHtml(article.body.slice(0, 1));
    expect(html).toContain('href="/articles/harbour-history"');
    expect(html).toContain('href="#parts"');
  });

  it('drops characters XML forbids, so a feed holding the HTML stays readable', () => {
    expect(renderBlocksHtml(article.body.slice(0, 1))).not.toMatch(/\u0007/);
  });
});

describe('safeUrl', () => {
  it.each([
    ['javascript:alert(1)', 'link'],
    ['JaVaScRiPt:alert(1)', 'link'],
    ['data:text/html,<script>', 'link'],
    ['//evil.example/path', 'link'],
    ['/\\evil.example', 'link'],
    ['java\tscript:alert(1)', 'link'],
    [' https://example.org', 'link'],
    ['mailto:desk@example.org', 'image'],
    ['#top', 'image'],
    ['https://exa mple.org', 'link'],
  ] as const)('refuses %j as a %s target', (href, kind) => {
    expect(safeUrl(href, kind, base)).toBeNull();
  });

  it('accepts http(s), mailto, site paths and fragments', () => {
    expect(safeUrl('mailto:desk@example.org', 'link')).toBe('mailto:desk@example.org');
    expect(safeUrl('/media/a.jpg', 'image', base)).toBe('https://news.example.org/media/a.jpg');
    expect(safeUrl('http://example.org/a', 'link', base)).toBe('http://example.org/a');
  });
});

describe('renderBlocksText', () => {
  it('gives the body as plain text, block by block', () => {
    expect(renderBlocksText(article.body)).toMatchInlineSnapshot(`
      "The lamps were dark for ten years until <b>volunteers</b> rewired them. Read the report, the history and the parts list.click me

      How it was done

      Timers set with LAMP_ON=19:00

      Parts

      - Forty bulbs
      - Two boxes

      Steps

      1. Survey
      2. Rewire

      “We did it for the boats.

      And for the night walkers.”
      — Morag Bell

      Fitting a bulb.

      A caption that stays."
    `);
  });
});
