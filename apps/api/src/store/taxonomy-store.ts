/**
 * @module
 * The taxonomy part of the storage contract: sections, tags and authors with the number of
 * articles filed under each. Only names that at least one visible article carries exist here, so a
 * tag used only by an unpublished draft reveals nothing about it.
 */
import type { Author, Section, Tag } from '@dateline/model';
import type { Visibility } from './article-store.ts';

/** A section and how many visible articles it holds. */
export interface SectionCount extends Section {
  articleCount: number;
}

/** A tag and how many visible articles carry it. */
export interface TagCount extends Tag {
  articleCount: number;
}

/** An author (with bio and URL when known) and how many visible articles credit them. */
export interface AuthorCount extends Author {
  articleCount: number;
}

/**
 * Storage of the vocabulary articles are filed under. Counts follow `Visibility`: for readers,
 * published articles whose publication time has come. Lists are in no particular order; the
 * service sorts and pages them, so every database sorts names the same way.
 *
 * @example
 * const sections = await store.listSections({ now: new Date() });
 * const tag = await store.getTag('ferries', { now: new Date() }); // null when no visible article has it
 */
export interface TaxonomyStore {
  /** Every section holding at least one visible article. */
  listSections(options: Visibility): Promise<SectionCount[]>;
  /** Every tag on at least one visible article. */
  listTags(options: Visibility): Promise<TagCount[]>;
  /** Every author credited on at least one visible article. */
  listAuthors(options: Visibility): Promise<AuthorCount[]>;
  /** The section with this slug, or null when it holds no visible article. */
  getSection(slug: string, options: Visibility): Promise<SectionCount | null>;
  /** The tag with this slug, or null when no visible article carries it. */
  getTag(slug: string, options: Visibility): Promise<TagCount | null>;
  /** The author with this slug, or null when no visible article credits them. */
  getAuthor(slug: string, options: Visibility): Promise<AuthorCount | null>;
}
