/**
 * @module
 * Test support (not exported): articles for the feed and sitemap tests. The first has every block
 * type, relative links, text that looks like markup, a control character, and a `javascript:`
 * link and image added after validation (the schema would refuse them) to test the renderers on
 * their own.
 */
import type { Article, ArticleInput } from '../article.ts';
import type { Block, Inline } from '../index.ts';
import { prepareArticle } from '../prepare-article.ts';
import type { FeedSite } from '../publish/feeds.ts';

/** The publication of the tests. */
export const SITE: FeedSite = {
  name: 'The Harbour Gazette',
  url: 'https://news.example.org/',
  description: 'News from the harbour & the islands.',
  language: 'en',
};

const full: ArticleInput = {
  slug: 'harbour-lights-return',
  headline: 'Harbour lights return </title><script>alert(1)</script> & more',
  standfirst: 'The old lamps were switched back on, "at last".',
  authors: [
    { name: 'Ana Lima', bio: 'Covers the port.' },
    { name: 'Tom Reed', url: 'https://tom.example.net/' },
  ],
  section: { name: 'Local' },
  tags: [{ name: 'Harbour' }, { name: 'Volunteers' }],
  leadImage: { src: '/media/lamps.jpg', alt: 'Lamps at "dusk"', caption: 'The restored lamps.', credit: 'Ana Lima' },
  publishedAt: '2026-05-08T09:30:00Z',
  body: [
    {
      type: 'paragraph',
      content: [
        { type: 'text', text: 'The lamps were dark for ' },
        { type: 'text', text: 'ten years', marks: ['em', 'strong'] },
        { type: 'text', text: ' until <b>volunteers</b> rewired them. Read ' },
        {
          type: 'link',
          href: 'https://example.org/report?a=1&b=2',
          title: 'The "report"',
          children: [{ type: 'text', text: 'the report' }],
        },
        { type: 'text', text: ', the ' },
        { type: 'link', href: '/articles/harbour-history', children: [{ type: 'text', text: 'history' }] },
        { type: 'text', text: ' and the ' },
        { type: 'link', href: '#parts', children: [{ type: 'text', text: 'parts list' }] },
        { type: 'text', text: '.\u0007' },
      ],
    },
    { type: 'heading', level: 2, text: 'How it was done' },
    {
      type: 'paragraph',
      content: [
        { type: 'text', text: 'Timers set with ' },
        { type: 'text', text: 'LAMP_ON=19:00', marks: ['code'] },
      ],
    },
    { type: 'heading', level: 3, text: 'Parts' },
    { type: 'list', ordered: false, items: [[{ type: 'text', text: 'Forty bulbs' }], [{ type: 'text', text: 'Two boxes' }]] },
    { type: 'heading', level: 4, text: 'Steps' },
    { type: 'list', ordered: true, items: [[{ type: 'text', text: 'Survey' }], [{ type: 'text', text: 'Rewire' }]] },
    { type: 'quote', text: 'We did it for the boats.\n\nAnd for the night walkers.', attribution: 'Morag Bell' },
    { type: 'image', src: 'https://images.example.org/ladder.jpg', alt: 'A volunteer on a ladder', caption: 'Fitting a bulb.' },
  ],
};

const unsafeLink = {
  type: 'link',
  href: 'javascript:alert(document.cookie)',
  children: [{ type: 'text', text: 'click me' }],
} as unknown as Inline;
const unsafeImage = { type: 'image', src: 'javascript:alert(2)', alt: 'Bad', caption: 'A caption that stays.' } as unknown as Block;

/**
 * An article with every block type and hostile content, updated an hour after publication.
 *
 * @example
 * toRss(SITE, [fullArticle()], { selfUrl: 'https://news.example.org/rss.xml' });
 */
export function fullArticle(): Article {
  const article = prepareArticle(full, { id: 'a-full', now: '2026-05-08T10:30:00Z' });
  const [first, ...rest] = article.body;
  if (first?.type !== 'paragraph') throw new Error('fixture: the body starts with a paragraph');
  return { ...article, body: [{ ...first, content: [...first.content, unsafeLink] }, ...rest, unsafeImage] };
}

/**
 * A short article published `hoursAgo` hours before `now`.
 *
 * @example
 * shortArticle(3, new Date('2026-05-08T12:00:00Z'), { language: 'de' });
 */
export function shortArticle(hoursAgo: number, now: Date, overrides: Partial<ArticleInput> = {}): Article {
  const publishedAt = new Date(now.getTime() - hoursAgo * 3_600_000).toISOString();
  return prepareArticle(
    {
      headline: `Ferry timetable, update ${hoursAgo}`,
      body: [{ type: 'paragraph', content: [{ type: 'text', text: `Sailings change from hour ${hoursAgo}.` }] }],
      publishedAt,
      ...overrides,
    },
    { id: `short-${hoursAgo}`, now: publishedAt },
  );
}
