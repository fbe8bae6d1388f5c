/**
 * @module
 * The front page from the API, in one request: lead stories (editors' pins first) and a block of
 * the newest stories per section.
 */
import type { ArticleSummary } from '@dateline/model';
import { api } from './client.ts';
import { ApiResponseError } from './errors.ts';
import { callApi } from './request.ts';

/** A section's block on the front page. */
export interface SectionBlock {
  name: string;
  slug: string;
  articleCount: number;
  items: ArticleSummary[];
}

/** What the front page shows. */
export interface FrontPageContent {
  /** Pinned stories first (most recently pinned at the top), then the newest. */
  lead: ArticleSummary[];
  /** Slugs of the lead stories an editor pinned. */
  pinned: string[];
  /** The busiest sections, each with its newest stories other than the lead ones. */
  sections: SectionBlock[];
}

/** The front page's shape: lead stories, section blocks, stories per block. */
const FRONT_PAGE_SHAPE = { lead: 3, sections: 6, perSection: 4 } as const;

/**
 * The front page's stories.
 *
 * @throws {ApiUnavailableError} when the API is down or slow.
 *
 * @example
 * const { lead, sections } = await getFrontPage();
 */
export async function getFrontPage(): Promise<FrontPageContent> {
  const { client, timeoutMs } = api();
  const query = {
    lead: String(FRONT_PAGE_SHAPE.lead),
    sections: String(FRONT_PAGE_SHAPE.sections),
    perSection: String(FRONT_PAGE_SHAPE.perSection),
  };
  const page = await callApi(
    'the front page',
    timeoutMs,
    (init) => client.v1['front-page'].$get({ query }, { init }),
    (res) => res.json(),
  );
  if (!page) throw new ApiResponseError(404, 'the front page: the API has no front page');
  return page;
}
