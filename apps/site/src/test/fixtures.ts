/**
 * @module
 * A made-up story for tests: every block type, emphasis, links (one of them a `javascript:` link
 * the schema would reject, to check the renderer on its own) and text that looks like markup.
 */
import { type Article, ArticleSummary, type Inline, prepareArticle } from '@dateline/model';

const valid = prepareArticle(
  {
    slug: 'harbour-lights-return',
    headline: 'Harbour lights return after a decade',
    standfirst: 'The old harbour lamps were switched back on on Friday, restored by volunteers.',
    dateline: 'PORT ELLEN',
    section: { name: 'Local' },
    authors: [{ name: 'Ana Lima' }, { name: 'Tom Reed' }],
    tags: [{ name: 'Harbour' }, { name: 'Volunteers' }],
    sources: [{ name: 'Harbour trust annual report', url: 'https://example.org/trust-report' }, { name: 'Interviews' }],
    publishedAt: '2026-05-08T09:30:00Z',
    leadImage: {
      src: '/samples/harbour.jpg',
      alt: 'Lamps glowing along the harbour wall at dusk',
      caption: 'The restored lamps on Friday evening.',
      credit: 'Ana Lima',
    },
    corrections: [{ date: '2026-05-09T08:00:00Z', text: 'An earlier version misspelled the name of the harbour trust.' }],
    body: [
      {
        type: 'paragraph',
        content: [
          { type: 'text', text: 'The lamps had been dark for ' },
          { type: 'text', text: 'ten years', marks: ['em'] },
          { type: 'text', text: ', until a ' },
          { type: 'text', text: 'volunteer crew', marks: ['strong', 'em'] },
          { type: 'text', text: ' rewired them. The trust published ' },
          { type: 'link', href: 'https://example.org/trust-report', children: [{ type: 'text', text: 'its report' }] },
          { type: 'text', text: ' and a ' },
          { type: 'link', href: '/articles/harbour-history', children: [{ type: 'text', text: 'history of the harbour' }] },
          { type: 'text', text: '.' },
        ],
      },
      { type: 'heading', level: 2, text: 'How the work was done' },
      {
        type: 'paragraph',
        content: [
          { type: 'text', text: 'Each lamp runs on a <script>alert(1)</script> timer set with ' },
          { type: 'text', text: 'LAMP_ON=19:00', marks: ['code'] },
        ],
      },
      { type: 'heading', level: 3, text: 'The parts' },
      {
        type: 'list',
        ordered: false,
        items: [
          [{ type: 'text', text: 'Forty LED bulbs' }],
          [
            { type: 'text', text: 'Two new ' },
            { type: 'text', text: 'junction boxes', marks: ['strong'] },
          ],
        ],
      },
      { type: 'heading', level: 4, text: 'In order' },
      { type: 'list', ordered: true, items: [[{ type: 'text', text: 'Survey the wall' }], [{ type: 'text', text: 'Rewire the lamps' }]] },
      {
        type: 'quote',
        text: 'We did it for the fishing boats.\n\nAnd for everyone who walks here at night.',
        attribution: 'Morag Bell, crew leader',
      },
      {
        type: 'image',
        src: 'https://images.example.org/lamp.jpg',
        alt: 'A volunteer on a ladder',
        caption: 'Fitting a bulb.',
        credit: 'Tom Reed',
      },
    ],
  },
  { id: 'a1b2c3d4-0000-4000-8000-000000000001', now: '2026-05-09T08:00:00Z' },
);

/** The `javascript:` link the schema would never let through. */
export const scriptLink = {
  type: 'link',
  href: 'javascript:alert(document.cookie)',
  children: [{ type: 'text', text: 'a harmless-looking link' }],
} as unknown as Inline;

/** The fixture article, with the unsafe link added to its last paragraph. */
export const article: Article = {
  ...valid,
  body: valid.body.map((block, i) =>
    i === 2 && block.type === 'paragraph' ? { ...block, content: [...block.content, { type: 'text', text: '. See ' }, scriptLink] } : block,
  ),
};

/**
 * A listing entry for `article` or a variation of it: the fields of the model's `ArticleSummary`,
 * as the API picks them, so a field added to the schema reaches the site's fixtures too.
 */
export function summaryOf(a: Article): ArticleSummary {
  const summary: Record<string, unknown> = {};
  for (const key of Object.keys(ArticleSummary.shape)) {
    if (a[key as keyof Article] !== undefined) summary[key] = a[key as keyof Article];
  }
  return summary as ArticleSummary;
}

/** `n` distinct summaries, newest first, the first of them `article`'s. */
export function summaries(n: number): ArticleSummary[] {
  return Array.from({ length: n }, (_, i) =>
    summaryOf({
      ...article,
      id: `id-${i}`,
      slug: i === 0 ? article.slug : `story-${i}`,
      headline: i === 0 ? article.headline : `Story number ${i}`,
      publishedAt: new Date(Date.parse('2026-05-08T09:30:00Z') - i * 3_600_000).toISOString(),
    }),
  );
}
