/**
 * @module
 * Contract of the search route: the listing's filters and paging plus `q`, and results that
 * carry a score and a highlighted snippet with each summary.
 */
import { ArticleSummary } from '@dateline/model';
import { createRoute, z } from '@hono/zod-openapi';
import { publicCache } from '../../lib/cached-json.ts';
import { problemContent } from '../../lib/problem.ts';
import { PHRASE_COUNT_MAX } from '../../store/search-store.ts';
import { ListFilters } from '../articles/articles.routes.ts';

const Q_MESSAGE = 'must not be empty: say what to search for';

/** Query parameters of `GET /v1/search`. */
const SearchQuery = ListFilters.omit({ order: true }).extend({
  q: z
    .string({ error: Q_MESSAGE })
    .trim()
    .min(1, { error: Q_MESSAGE })
    .meta({
      description:
        'What to search for: words (all must match; "ferries" also finds "ferry"), "quoted phrases" and prefix* terms. ' +
        'Anything else typed is read as words or ignored; only the first 256 characters count.',
      example: '"night ferry" harbo*',
    }),
  exactTotal: z
    .enum(['true', 'false'], { error: 'must be true or false' })
    .transform((v) => v === 'true')
    .optional()
    .meta({
      description:
        `With \`true\`, a search with a phrase counts every match in \`total\`, however long that takes; by default it counts to ` +
        `${PHRASE_COUNT_MAX.toLocaleString('en')} (see \`totalExact\`).`,
      example: 'true',
    }),
});

/** One result. */
const SearchHit = z
  .object({
    article: ArticleSummary,
    score: z.number().meta({
      description:
        'Relevance, higher is better; comparable within one search only. 0 where a very large result is listed newest first (see the route).',
    }),
    snippet: z.string().meta({
      description: 'A passage of the body as HTML: matches in `<mark>…</mark>`, everything else escaped.',
      example: 'The <mark>night</mark> <mark>ferry</mark> sailed at nine. Crews cheered &amp; waved …',
    }),
  })
  .meta({ id: 'SearchHit', description: 'An article matching a search.' });

/** A page of results. */
const SearchResults = z
  .object({
    items: z.array(SearchHit),
    total: z
      .int()
      .nonnegative()
      .meta({ description: 'Articles matching the search and filters, across all pages; at least that many when `totalExact` is false.' }),
    totalExact: z.boolean().meta({
      description:
        `False when \`total\` is a lower bound: a search with a "phrase" is counted to ${PHRASE_COUNT_MAX.toLocaleString('en')} matches ` +
        'unless `exactTotal=true` is asked for, as checking that words follow each other costs a read of each article that has them all.',
    }),
    nextCursor: z
      .string()
      .nullable()
      .meta({ description: 'Pass as `cursor` (with the same `q` and filters) for the next page; null on the last page.' }),
  })
  .meta({ id: 'SearchResults', description: 'A page of search results, best first.' });

/** `GET /v1/search`: published articles matching a query. */
export const search = createRoute({
  method: 'get',
  path: '/v1/search',
  tags: ['Articles'],
  summary: 'Search published articles',
  description:
    'Full-text search over headline, standfirst, body, author names and tags of published articles, best matches first, ' +
    'with the filters and paging of `GET /v1/articles`. A search matching more than 1,000 articles (a word most articles ' +
    'use) lists them newest first, each with score 0, rather than ranking them: most recently added first on SQLite, most ' +
    'recently published first on PostgreSQL; the cursor pages through all of them. `total` counts every match, but for a search with a ' +
    `phrase past ${PHRASE_COUNT_MAX.toLocaleString('en')} matches (see \`totalExact\`).`,
  middleware: [publicCache(undefined, { revisionFromHandler: true })],
  request: { query: SearchQuery },
  responses: {
    200: { content: { 'application/json': { schema: SearchResults } }, description: 'A page of results.' },
    304: { description: 'Not modified: the `If-None-Match` ETag is current.' },
    400: problemContent('A query parameter is invalid, `q` is missing or blank, or the cursor belongs to another search.'),
  },
});
