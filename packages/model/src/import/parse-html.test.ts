/**
 * @module
 * Tests for the HTML importer on invented pages: what a writer gets when importing a web page.
 */
import { describe, expect, it } from 'vitest';
import { ArticleInput } from '../article.ts';
import { blockText } from '../block-text.ts';
import { isImportError } from './errors.ts';
import { articleText } from './html-article-text.ts';
import { parseHtml } from './parse-html.ts';

const P1 =
  'The river path reopened on Monday after two years of repairs to the flood walls, the council said, and walkers were back within the hour.';
const P2 =
  'Engineers replaced 400 metres of wall and raised the path by half a metre, which should keep it dry in all but the worst winter floods.';
const P3 = 'The work cost £2.1m, most of it from a national flood fund, and was finished three months early despite the wet spring.';
const P4 =
  'Residents who campaigned for the repairs said they were delighted, though some asked why the lighting had not been replaced as promised.';

function page(options: { head?: string; before?: string; after?: string; lang?: string } = {}): string {
  return `<!doctype html><html lang="${options.lang ?? 'en-GB'}"><head>
<title>River path reopens after repairs | The Gazette</title>
<meta property="og:site_name" content="The Gazette">
<meta name="description" content="Two years of work on the flood walls are over.">
<meta property="article:published_time" content="2026-05-04T09:30:00+01:00">
<meta property="og:image" content="/img/path-lead.jpg">
<link rel="canonical" href="https://gazette.example/news/river-path">
<style>.hidden { display: none }</style>
<script>window.tracking = "SCRIPT-TEXT";</script>
${options.head ?? ''}
</head><body>
<nav><a href="/">Home</a> <a href="/news">News</a></nav>
<article>
  <h1>River path reopens after repairs</h1>
  <p class="byline">By Ann Lee and Tom Roe</p>
  ${options.before ?? ''}
  <p>${P1}</p>
  <figure><img src="/img/wall.jpg" alt="The new flood wall"><figcaption>The new wall at the weir. <span class="credit">Ann Lee</span></figcaption></figure>
  <p>${P2} <a href="/news/flood-fund">The fund</a> is <em>oversubscribed</em>; <a href="javascript:void(0)">share</a>.</p>
  <h2>What it cost</h2>
  <p>${P3}</p>
  <blockquote><p>We will keep it open all winter.</p><p>— The harbour master</p></blockquote>
  <ul><li>Wall: 400 metres</li><li>Path raised: half a metre</li></ul>
  <p>${P4}</p>
  <script>document.write("INLINE-SCRIPT")</script>
  ${options.after ?? ''}
</article>
<footer><p>© The Gazette</p></footer>
</body></html>`;
}

const url = 'https://gazette.example/news/river-path?ref=home';

describe('parseHtml', () => {
  const article = parseHtml(page(), { url });

  it('keeps a formula MathJax drew in its sentence, read from the MathML it keeps for screen readers', () => {
    const formula =
      '<p>The loan costs <mjx-container class="MathJax CtxtMenu_Attached_0" jax="CHTML"><mjx-math aria-hidden="true"><mjx-mi>r</mjx-mi></mjx-math>' +
      '<mjx-assistive-mml display="inline"><math><mi>r</mi><mo>×</mo><mn>12</mn></math></mjx-assistive-mml></mjx-container> a year.</p>';
    expect(articleText(parseHtml(page({ before: formula }), { url }))).toContain('The loan costs r × 12 a year.');
  });

  it('produces a valid ArticleInput', () => {
    expect(ArticleInput.safeParse(article).success).toBe(true);
  });

  it('reads headline, authors, date, lead image, canonical URL, language and standfirst', () => {
    expect(article.headline).toBe('River path reopens after repairs');
    expect(article.authors).toEqual([{ name: 'Ann Lee' }, { name: 'Tom Roe' }]);
    expect(article.publishedAt).toBe('2026-05-04T09:30:00+01:00');
    expect(article.leadImage).toEqual({ src: 'https://gazette.example/img/path-lead.jpg', alt: '' });
    expect(article.canonicalUrl).toBe('https://gazette.example/news/river-path');
    expect(article.language).toBe('en-GB');
    expect(article.standfirst).toBe('Two years of work on the flood walls are over.');
  });

  it('keeps the body in order: paragraphs, image with caption and credit, heading, quote, list', () => {
    expect(article.body.map((b) => b.type)).toEqual([
      'paragraph',
      'image',
      'paragraph',
      'heading',
      'paragraph',
      'quote',
      'list',
      'paragraph',
    ]);
    expect(article.body[1]).toEqual({
      type: 'image',
      src: 'https://gazette.example/img/wall.jpg',
      alt: 'The new flood wall',
      caption: 'The new wall at the weir.',
      credit: 'Ann Lee',
    });
    expect(article.body[3]).toEqual({ type: 'heading', level: 2, text: 'What it cost' });
    expect(article.body[5]).toEqual({ type: 'quote', text: 'We will keep it open all winter.', attribution: 'The harbour master' });
    expect(article.body[6]).toEqual({
      type: 'list',
      ordered: false,
      items: [[{ type: 'text', text: 'Wall: 400 metres' }], [{ type: 'text', text: 'Path raised: half a metre' }]],
    });
  });

  it('resolves links against the page URL, keeps emphasis and turns javascript: links into text', () => {
    const para = article.body[2];
    expect(para?.type === 'paragraph' && para.content).toEqual([
      { type: 'text', text: `${P2} ` },
      { type: 'link', href: 'https://gazette.example/news/flood-fund', children: [{ type: 'text', text: 'The fund' }] },
      { type: 'text', text: ' is ' },
      { type: 'text', text: 'oversubscribed', marks: ['em'] },
      { type: 'text', text: '; share.' },
    ]);
  });

  it('leaves bylines, navigation, scripts and styles out of the text, and captions out of articleText', () => {
    const text = articleText(article);
    for (const unwanted of ['By Ann Lee', 'Home', 'SCRIPT-TEXT', 'INLINE-SCRIPT', 'display: none', 'The new wall at the weir', '<']) {
      expect(text).not.toContain(unwanted);
    }
    expect(text.split('\n\n')).toEqual([
      P1,
      `${P2} The fund is oversubscribed; share.`,
      'What it cost',
      P3,
      'We will keep it open all winter.',
      'Wall: 400 metres\nPath raised: half a metre',
      P4,
    ]);
  });

  it("ignores the page's <base href>, which would send its relative links and images to another host", () => {
    const out = parseHtml(page({ head: '<base href="https://attacker.example/archive/">' }), { url });
    expect(out.body[1]).toMatchObject({ src: 'https://gazette.example/img/wall.jpg' });
    expect(JSON.stringify(out)).not.toContain('attacker.example');
  });

  it('drops share bars, related links, datelines and newsletter boxes left in the article', () => {
    const out = parseHtml(
      page({
        before:
          '<p>Updated 10:05 am BST, Monday, May 4, 2026</p><div class="share-tools"><a href="https://facebook.com/x">Facebook</a> <a href="https://twitter.com/x">Twitter</a></div>',
        after:
          '<div class="newsletter-signup"><p>Sign up for our morning newsletter</p></div><h3>Related stories</h3><ul><li><a href="/a">Bridge shut for a week</a></li><li><a href="/b">Weir fixed</a></li></ul><p>Tags: river, flooding</p>',
      }),
      { url },
    );
    expect(articleText(out)).toBe(articleText(article));
  });

  it('omits the standfirst when the description only repeats the opening paragraph', () => {
    const out = parseHtml(page().replace('Two years of work on the flood walls are over.', P1.slice(0, 80) + '…'), { url });
    expect(out.standfirst).toBeUndefined();
  });

  it('omits a site-wide description that is not about the article', () => {
    const out = parseHtml(
      page().replace('Two years of work on the flood walls are over.', 'Local news, sport, weather and jobs for the whole county'),
      { url },
    );
    expect(out.standfirst).toBeUndefined();
  });

  it('works without a URL, keeping site paths', () => {
    const out = parseHtml(page());
    expect(out.body[1]).toMatchObject({ src: '/img/wall.jpg' });
    expect(out.canonicalUrl).toBe('https://gazette.example/news/river-path');
  });

  it('makes a headline from the body when the page states none', () => {
    const out = parseHtml(`<body><p>${P1}</p><p>${P2}</p><p>${P3}</p></body>`);
    expect(out.headline.startsWith('The river path reopened on Monday after two years')).toBe(true);
    expect(out.headline.endsWith('…')).toBe(true);
    expect(out.headline.length).toBeLessThanOrEqual(120);
    expect(out.body.map(blockText)).toEqual([P1, P2, P3]);
  });
});

describe('parseHtml picture credits', () => {
  it('keeps a credit once, without the label the page printed or hid before it', () => {
    const html =
      `<html><head><title>T</title></head><body><article><p>${P1}</p><figure><img src="https://example.org/a.jpg" alt="">` +
      '<figcaption>Protesters at the gate.<span class="credit"><span class="visually-hidden">Credit</span> Ann Lee/Agence France-Presse</span></figcaption></figure>' +
      `<figure><img src="https://example.org/b.jpg" alt=""><figcaption>The quay. <span class="credit">(Image credit: Harbour Board)</span></figcaption></figure><p>${P2}</p></article></body></html>`;
    const images = parseHtml(html).body.filter((b) => b.type === 'image');
    expect(images.map((b) => [b.caption, b.credit])).toEqual([
      ['Protesters at the gate.', 'Ann Lee/Agence France-Presse'],
      ['The quay.', 'Harbour Board'],
    ]);
  });
});

describe('parseHtml sentences set one to a box', () => {
  it('keeps a sentence whose link names its source when each paragraph sits in a box of its own, not one boxed as related links', () => {
    const card = (inner: string, name = 'card item') => `<div class="${name}"><div class="card-inner"><p>${inner}</p></div></div>`;
    const source =
      'The figures were published on Tuesday in the <a href="https://example.org/report">annual report of the Harbour Board</a>.';
    const html =
      `<html><head><title>Harbour traffic doubles</title></head><body><main><section>${card(P1)}${card(P2)}${card(source)}${card(P3)}${card(P4)}` +
      `${card('See also our guide to the summer ferry timetables: <a href="/walks">harbour walks and quays</a>.', 'card related-links')}</section></main></body></html>`;
    const text = articleText(parseHtml(html));
    expect(text).toContain('The figures were published on Tuesday in the annual report of the Harbour Board.');
    expect(text).toContain(P4);
    expect(text).not.toContain('ferry timetables');
  });
});

describe('parseHtml fact-checks', () => {
  const factCheck = (claim: string, body: string) =>
    '<html lang="en"><head><title>Does the ferry run on cooking oil? | The Gazette</title>' +
    `<script type="application/ld+json">{"@context":"https://schema.org","@type":"ClaimReview","claimReviewed":"${claim}","reviewRating":{"@type":"Rating","alternateName":"Mostly false"}}</script>` +
    `</head><body><div class="claim-box"><h3>Claim</h3><p>${claim}</p></div><main><article><h1>Does the ferry run on cooking oil?</h1>${body}</article></main></body></html>`;
  const claim = 'The harbour ferry runs entirely on used cooking oil from the town chip shops.';

  it('opens the story with the claim it reviews and the verdict, when the claim sits outside the article', () => {
    const article = parseHtml(factCheck(claim, `<p>${P1}</p><p>${P2}</p><p>${P3}</p>`));
    expect(article.body.slice(0, 4).map(blockText)).toEqual(['Claim', claim, 'Rating', 'Mostly false']);
    expect(articleText(article).split(claim)).toHaveLength(2);
  });

  it('adds nothing when the story already states the claim, or when the field only repeats the headline', () => {
    expect(blockText(parseHtml(factCheck(claim, `<p>${P1}</p><p>Posts said: ${claim}</p><p>${P2}</p>`)).body[0]!)).toBe(P1);
    expect(blockText(parseHtml(factCheck('Does the ferry run on cooking oil?', `<p>${P1}</p><p>${P2}</p>`)).body[0]!)).toBe(P1);
  });
});

describe('parseHtml errors', () => {
  const code = (html: string) => {
    try {
      parseHtml(html);
      return 'parsed';
    } catch (error) {
      return isImportError(error) ? error.code : 'other';
    }
  };

  it('reports an empty page as empty_input', () => {
    expect(code('')).toBe('empty_input');
    expect(code('  \n ')).toBe('empty_input');
    expect(code('<html><head><title>T</title></head><body>  <script>x()</script> </body></html>')).toBe('empty_input');
  });

  it('reports a page with nothing article-like as no_body', () => {
    expect(
      code(
        '<html><head><title>Shop</title></head><body><nav><a href="/a">A</a> <a href="/b">B</a></nav><div class="share">Facebook Twitter</div></body></html>',
      ),
    ).toBe('no_body');
  });

  it('refuses a page with too little article text as not_article, instead of inventing a headline', () => {
    const list =
      '<html><head><title>Latest</title></head><body><ol><li>Council meets</li><li>Ferry late</li><li>Market opens</li></ol></body></html>';
    expect(code(list)).toBe('not_article');
    expect(() => parseHtml(list)).toThrow(/^Not an article: the page has \d+ letters of article text, fewer than 200\.$/);
    expect(code(`<html><head><title>T</title></head><body><p>${P1}</p><p>${P2}</p></body></html>`)).toBe('parsed');
  });
});
