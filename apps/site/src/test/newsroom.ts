/**
 * @module
 * Stories for the tests that run against the real API: three sections, tags and authors (one
 * with a bio and website), a draft and a scheduled story that must never show, and times relative
 * to the real clock, since the API decides what is public by it.
 */
import type { ArticleInput } from '@dateline/model';

/** An ISO time `hours` before now (negative: in the future). */
export function hoursAgo(hours: number): string {
  return new Date(Date.now() - hours * 3_600_000).toISOString();
}

function story(headline: string, hours: number, fields: Partial<ArticleInput>): ArticleInput {
  return {
    headline,
    standfirst: `${headline}: the details.`,
    body: [
      {
        type: 'paragraph',
        content: [
          { type: 'text', text: `${headline}. ` },
          { type: 'link', href: '/articles/older', children: [{ type: 'text', text: 'Earlier' }] },
        ],
      },
      { type: 'heading', level: 2, text: 'What next' },
      { type: 'list', ordered: false, items: [[{ type: 'text', text: 'More sailings' }]] },
    ],
    publishedAt: hoursAgo(hours),
    ...fields,
  };
}

const ana = { name: 'Ana Lima', bio: 'Ana covers the islands and their ferries.', url: 'https://ana.example.net/' };
const tom = { name: 'Tom Reed' };

/** The public stories, newest first, and two that are not public. */
export const NEWSROOM: ArticleInput[] = [
  story('Night ferry returns to the islands', 1, {
    section: { name: 'Travel' },
    tags: [{ name: 'Ferries' }, { name: 'Islands' }],
    authors: [ana],
  }),
  story('Harbour budget approved', 30, { section: { name: 'Business' }, tags: [{ name: 'Harbour' }], authors: [tom] }),
  story('A history of the old pier', 120, { section: { name: 'Travel' }, tags: [{ name: 'Ferries' }], authors: [ana, tom] }),
  story('Secret merger talks', 2, {
    section: { name: 'Deals' },
    tags: [{ name: 'Merger' }],
    authors: [{ name: 'Ghost Writer' }],
    status: 'draft',
  }),
  story('Tomorrow’s timetable', -5, { section: { name: 'Travel' }, tags: [{ name: 'Ferries' }], authors: [ana] }),
];

/** The slugs of the public stories, newest first. */
export const PUBLIC_SLUGS = ['night-ferry-returns-to-the-islands', 'harbour-budget-approved', 'a-history-of-the-old-pier'];

/**
 * `n` more Travel stories by Tom Reed, older than the others, to page through.
 *
 * @example
 * await startRealApi([...NEWSROOM, ...travelArchive(21)]);
 */
export function travelArchive(n: number): ArticleInput[] {
  return Array.from({ length: n }, (_, i) =>
    story(`Travel archive number ${i + 1}`, 200 + i, { section: { name: 'Travel' }, authors: [tom] }),
  );
}
