/**
 * @module
 * Schemas of the taxonomy routes: the model's `Section`, `Tag` and `Author` with their public
 * article count, the listing pages around them, and the paging parameters.
 */
import { Author, Section, Tag } from '@dateline/model';
import { z } from '@hono/zod-openapi';
import { nextCursor, total } from '../../lib/page-schemas.ts';

/** Page size bounds of the vocabulary listings; larger than for articles, since entries are small. */
const TAXONOMY_LIMIT_MIN = 1;
const TAXONOMY_LIMIT_MAX = 500;
const TAXONOMY_LIMIT_DEFAULT = 100;
const LIMIT_MESSAGE = `must be an integer from ${TAXONOMY_LIMIT_MIN} to ${TAXONOMY_LIMIT_MAX}`;

const articleCount = z.int().positive().meta({ description: 'Published articles filed under it (scheduled ones not yet counted).' });

/** A section with its article count. */
export const SectionWithCount = Section.extend({ articleCount }).meta({
  id: 'SectionWithCount',
  description: 'A section and its article count.',
});

/** A tag with its article count. */
export const TagWithCount = Tag.extend({ articleCount }).meta({ id: 'TagWithCount', description: 'A tag and its article count.' });

/** An author, with bio and URL when known, and their article count. */
export const AuthorWithCount = Author.extend({ articleCount }).meta({
  id: 'AuthorWithCount',
  description: 'An author, with bio and URL when known, and the number of articles credited to them.',
});

/** A page of sections, by name. */
export const SectionList = z
  .object({ items: z.array(SectionWithCount), nextCursor, total })
  .meta({ id: 'SectionList', description: 'Sections by name.' });

/** A page of tags, most used first. */
export const TagList = z
  .object({ items: z.array(TagWithCount), nextCursor, total })
  .meta({ id: 'TagList', description: 'Tags by article count (most first), then name.' });

/** A page of authors, by name. */
export const AuthorList = z
  .object({ items: z.array(AuthorWithCount), nextCursor, total })
  .meta({ id: 'AuthorList', description: 'Authors by name.' });

/** Paging parameters of the three listings. */
export const TaxonomyListQuery = z.object({
  limit: z.coerce
    .number({ error: LIMIT_MESSAGE })
    .int({ error: LIMIT_MESSAGE })
    .min(TAXONOMY_LIMIT_MIN, { error: LIMIT_MESSAGE })
    .max(TAXONOMY_LIMIT_MAX, { error: LIMIT_MESSAGE })
    .default(TAXONOMY_LIMIT_DEFAULT)
    .meta({ description: `Page size, ${TAXONOMY_LIMIT_MIN} to ${TAXONOMY_LIMIT_MAX}.`, example: TAXONOMY_LIMIT_DEFAULT }),
  cursor: z.string().min(1).max(1000).optional().meta({ description: 'The `nextCursor` of the previous page.' }),
});

/** The `{slug}` path parameter. */
export const SlugParam = z.object({
  slug: z.string().max(200).meta({ description: 'The slug.', example: 'business' }),
});
