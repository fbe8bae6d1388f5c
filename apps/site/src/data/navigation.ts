/**
 * @module
 * The sections the site header links to, from the API's sections listing.
 */
import { readConfig } from './config.ts';
import { topicDirectory, type DirectoryEntry } from './directory.ts';

/** Sections named in the header; the rest are a click away on /sections. */
const HEADER_SECTIONS_MAX = 8;

/** How long a listing read for the header is reused: sections change rarely, pages often. */
const REUSE_MS = 60_000;

let cached: { apiUrl: string; at: number; sections: DirectoryEntry[] } | undefined;

/**
 * The sections for the site header: the `HEADER_SECTIONS_MAX` with the most stories, in that
 * order. Empty when the API cannot say: the header must never keep a page (the error page
 * included) from being shown.
 *
 * @example
 * const sections = await headerSections(); // [{ name: 'Local', slug: 'local', articleCount: 12 }, …]
 */
export async function headerSections(now = Date.now()): Promise<DirectoryEntry[]> {
  const { apiUrl } = readConfig();
  if (cached && cached.apiUrl === apiUrl && now - cached.at < REUSE_MS) return cached.sections;
  try {
    const page = await topicDirectory('sections', 500);
    const sections = (page?.items ?? [])
      .toSorted((a, b) => b.articleCount - a.articleCount || a.name.localeCompare(b.name))
      .slice(0, HEADER_SECTIONS_MAX);
    cached = { apiUrl, at: now, sections };
    return sections;
  } catch {
    return [];
  }
}
