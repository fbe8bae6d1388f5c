/**
 * @module
 * What the person importing says about stories whose sources do not: their status, date,
 * section, author and tags. A source's own word wins (a date in the page's metadata, a section in
 * front matter); tags are added to its own. Stories with no date at all are drafts unless the
 * person chooses otherwise, so that importing an archive never fills the front page, the feeds
 * and the news sitemap with old stories dated today; a single file named on its own is the
 * exception: its story is one being published now, as a story written and sent through the API is.
 */
import { statSync } from 'node:fs';
import { basename, dirname } from 'node:path';
import type { ArticleInput } from '@dateline/model';

/** The choices of `dateline import`'s options. */
export interface ImportDefaults {
  /** The status of stories whose source states none. Unset: published if dated, else draft. */
  status?: 'draft' | 'published' | undefined;
  /** The date of stories whose source states none: a timestamp, or `mtime` for the file's modification time. */
  publishedAt?: string | undefined;
  /** The section of stories whose source names none. */
  section?: string | undefined;
  /** The section is the name of the folder each file is in. */
  sectionFromFolder?: boolean | undefined;
  /** The authors of stories whose source names none. */
  authors?: readonly string[] | undefined;
  /** Tags added to every story. */
  tags?: readonly string[] | undefined;
  /**
   * The command line named one file and nothing else: a story being published now rather than an
   * archive, so an undated one is published as of now unless `status` says otherwise.
   */
  oneStory?: boolean | undefined;
}

/** A story with the defaults applied, and what its source lacked. */
export interface DefaultedInput {
  input: ArticleInput;
  /** The source gave no publication date. */
  undated: boolean;
  /** The source named no author. */
  noByline: boolean;
}

/**
 * `input` (read from the file at `path`) completed by `defaults`.
 *
 * @example
 * applyImportDefaults({ headline: 'Ferry returns', body }, { sectionFromFolder: true }, 'bbc/business/001.txt');
 * // { input: { headline: 'Ferry returns', body, status: 'draft', section: { name: 'Business' } }, undated: true, noByline: true }
 */
export function applyImportDefaults(input: ArticleInput, defaults: ImportDefaults, path: string): DefaultedInput {
  const undated = input.publishedAt === undefined;
  const noByline = (input.authors ?? []).length === 0;
  const out: ArticleInput = { ...input };
  if (undated && defaults.publishedAt)
    out.publishedAt = defaults.publishedAt === 'mtime' ? statSync(path).mtime.toISOString() : defaults.publishedAt;
  if (out.status === undefined) {
    if (defaults.status) out.status = defaults.status;
    else if (out.publishedAt === undefined && !defaults.oneStory) out.status = 'draft';
  }
  if (out.section === undefined) {
    const name = defaults.sectionFromFolder ? folderSection(path) : defaults.section;
    if (name) out.section = { name };
  }
  if (noByline && defaults.authors && defaults.authors.length > 0) out.authors = defaults.authors.map((name) => ({ name }));
  if (defaults.tags && defaults.tags.length > 0) out.tags = [...(input.tags ?? []), ...defaults.tags.map((name) => ({ name }))];
  return { input: out, undated, noByline };
}

/**
 * The section a folder name stands for: `business` → "Business", `world-news` → "World news".
 *
 * @example
 * folderSection('archive/world-news/17.txt'); // 'World news'
 */
function folderSection(path: string): string | undefined {
  const name = basename(dirname(path)).replace(/[-_]+/g, ' ').trim();
  if (name === '' || name === '.' || name === '/') return undefined;
  return name.charAt(0).toUpperCase() + name.slice(1);
}
