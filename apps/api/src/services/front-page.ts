/**
 * @module
 * The front page as readers get it, in one answer: lead stories (those editors pinned, newest pin
 * first, then the newest stories) and a block of the newest stories of each of the busiest
 * sections. A story appears once: the lead's stories are left out of the section blocks.
 */
import type { ArticleSummary } from '@dateline/model';
import { toSummary } from '../store/article-rows.ts';
import type { FrontPagePin, Store } from '../store/store.ts';

/** How many lead stories, section blocks and stories per block to give. */
export interface FrontPageShape {
  lead: number;
  sections: number;
  perSection: number;
}

/** One section's block. */
interface SectionBlock {
  name: string;
  slug: string;
  articleCount: number;
  items: ArticleSummary[];
}

/** The front page. */
export interface FrontPage {
  /** Pinned stories first, then the newest; at most `shape.lead`. */
  lead: ArticleSummary[];
  /** The slugs of the lead stories an editor pinned. */
  pinned: string[];
  /** The sections with the most stories, busiest first, each with its newest stories. */
  sections: SectionBlock[];
}

/**
 * Whether `pin` still holds at `now`.
 *
 * @example
 * pinHolds({ slug: 's', pinnedAt: '2026-05-08T10:00:00Z', pinnedBy: null, until: null }, new Date()); // true
 */
export function pinHolds(pin: FrontPagePin, now: Date): boolean {
  return pin.until === null || Date.parse(pin.until) > now.getTime();
}

/**
 * The front page at `now`, as the public sees it: a pinned story that is not public (a draft, a
 * scheduled or archived story) is passed over, and a lapsed pin counts for nothing.
 *
 * @example
 * const page = await frontPage(store, { lead: 3, sections: 6, perSection: 4 }, new Date());
 */
export async function frontPage(store: Store, shape: FrontPageShape, now: Date): Promise<FrontPage> {
  const visibility = { now };
  const lead: ArticleSummary[] = [];
  // One at a time, so a pinned story readers cannot see yet leaves its place to the next pin.
  for (const pin of await store.listFrontPagePins()) {
    if (lead.length >= shape.lead) break;
    if (!pinHolds(pin, now)) continue;
    const article = await store.getArticle(pin.slug, visibility);
    if (article) lead.push(toSummary(article));
  }
  const pinned = lead.map((a) => a.slug);
  if (lead.length < shape.lead) {
    const newest = await store.listArticles({ ...visibility, limit: shape.lead * 2 });
    for (const item of newest.items) {
      if (lead.length >= shape.lead) break;
      if (!pinned.includes(item.slug)) lead.push(item);
    }
  }
  const shown = new Set(lead.map((a) => a.slug));
  const busiest = (await store.listSections(visibility))
    .toSorted((a, b) => b.articleCount - a.articleCount || a.name.localeCompare(b.name))
    .slice(0, shape.sections);
  const sections = await Promise.all(
    busiest.map(async (section): Promise<SectionBlock> => {
      const page = await store.listArticles({ ...visibility, section: section.slug, limit: shape.perSection + shown.size });
      return { ...section, items: page.items.filter((a) => !shown.has(a.slug)).slice(0, shape.perSection) };
    }),
  );
  return { lead, pinned, sections: sections.filter((s) => s.items.length > 0) };
}

/** What a pin request asks for. */
export interface PinRequest {
  /** When the pin lapses; null or absent for one kept until lifted. */
  until?: string | null | undefined;
}

/**
 * Pins the story with `slug` to the front page for `by`; null when no story has the slug.
 *
 * @example
 * await pinStory(store, 'night-ferry', { until: null }, { by: 'u1', now: new Date() });
 */
export async function pinStory(
  store: Store,
  slug: string,
  request: PinRequest,
  context: { by: string | null; now: Date },
): Promise<FrontPagePin | null> {
  return store.pinToFrontPage(slug, { pinnedAt: context.now.toISOString(), pinnedBy: context.by, until: request.until ?? null });
}
