/**
 * @module
 * Authors, sections, tags and sources: who wrote an article, where it is filed and what it cites.
 */
import * as z from 'zod';
import { Slug, WebUrl } from './common.ts';

/**
 * A writer credited in a byline.
 *
 * @example
 * Author.parse({ name: 'Maren Østby', slug: 'maren-ostby' });
 */
export const Author = z
  .object({
    name: z.string().min(1).max(200),
    slug: Slug,
    bio: z.string().max(2000).optional().meta({ description: 'Short biography shown on the author page.' }),
    url: WebUrl.optional().meta({ description: 'The author’s own page, used in JSON-LD.' }),
  })
  .meta({ id: 'Author', description: 'A credited writer.' });
export type Author = z.infer<typeof Author>;

/**
 * An author as a writer supplies it: the slug is derived from the name when missing.
 *
 * @example
 * AuthorInput.parse({ name: 'Maren Østby' });
 */
export const AuthorInput = Author.extend({ slug: Slug.optional() }).meta({ id: 'AuthorInput' });
export type AuthorInput = z.infer<typeof AuthorInput>;

/**
 * The part of the publication an article is filed under (Politics, Business…).
 *
 * @example
 * Section.parse({ name: 'Business', slug: 'business' });
 */
export const Section = z
  .object({ name: z.string().min(1).max(100), slug: Slug })
  .meta({ id: 'Section', description: 'A section of the publication.' });
export type Section = z.infer<typeof Section>;

/**
 * A section as supplied: the slug is derived from the name when missing.
 *
 * @example
 * SectionInput.parse({ name: 'Business' });
 */
export const SectionInput = Section.extend({ slug: Slug.optional() }).meta({ id: 'SectionInput' });
export type SectionInput = z.infer<typeof SectionInput>;

/**
 * A free topic label.
 *
 * @example
 * Tag.parse({ name: 'Ferries', slug: 'ferries' });
 */
export const Tag = z.object({ name: z.string().min(1).max(100), slug: Slug }).meta({ id: 'Tag', description: 'A topic label.' });
export type Tag = z.infer<typeof Tag>;

/**
 * A tag as supplied: the slug is derived from the name when missing.
 *
 * @example
 * TagInput.parse({ name: 'Ferries' });
 */
export const TagInput = Tag.extend({ slug: Slug.optional() }).meta({ id: 'TagInput' });
export type TagInput = z.infer<typeof TagInput>;

/**
 * Something the article relies on: a report, an agency, a document.
 *
 * @example
 * Source.parse({ name: 'Harbour Board minutes', url: 'https://example.org/minutes' });
 */
export const Source = z
  .object({
    name: z.string().min(1).max(300),
    url: WebUrl.optional(),
  })
  .meta({ id: 'Source', description: 'A cited source.' });
export type Source = z.infer<typeof Source>;
