/**
 * @module
 * The article: what a writer supplies (`ArticleInput`), what the system stores and serves
 * (`Article`), and the short form used in listings (`ArticleSummary`).
 */
import * as z from 'zod';
import { Block, Image } from './block.ts';
import { LanguageTag, Slug, Timestamp, WebUrl } from './common.ts';
import { Author, AuthorInput, Section, SectionInput, Source, Tag, TagInput } from './people.ts';
import { Mention } from './entities/entity.ts';
import { Quote } from './entities/quote.ts';
import { MAX_BLOCKS } from './limits.ts';

/**
 * Where an article stands in its life.
 *
 * @example
 * ArticleStatus.parse('draft');
 */
export const ArticleStatus = z.enum(['draft', 'review', 'published', 'archived']).meta({
  id: 'ArticleStatus',
  description:
    'draft: not public; review: not public, submitted by a contributor for an editor; published: public from publishedAt; archived: withdrawn.',
});
export type ArticleStatus = z.infer<typeof ArticleStatus>;

/**
 * Whether readers may see an article at `now`: published, and its publication time has come.
 * Every other status (draft, review, archived) and a future `publishedAt` (scheduled) are
 * hidden. The stores apply the same rule in SQL (`visibleAt` in each store's article reads).
 *
 * @example
 * isPublic({ status: 'review', publishedAt: null }, new Date()); // false
 */
export function isPublic(article: { status: ArticleStatus; publishedAt: string | null }, now: Date): boolean {
  return article.status === 'published' && article.publishedAt !== null && Date.parse(article.publishedAt) <= now.getTime();
}

/**
 * When readers' comments appear: at once (`post`) or after a moderator approves them (`pre`).
 *
 * @example
 * ModerationMode.parse('pre');
 */
export const ModerationMode = z
  .enum(['post', 'pre'])
  .meta({ id: 'ModerationMode', description: 'post: visible at once, moderated afterwards; pre: held until approved.' });
export type ModerationMode = z.infer<typeof ModerationMode>;

/**
 * Whether readers may comment, and how comments are moderated.
 *
 * @example
 * CommentSettings.parse({ open: true, moderation: 'pre' });
 */
export const CommentSettings = z
  .object({
    open: z.boolean().meta({ description: 'Whether new comments are accepted.' }),
    moderation: ModerationMode.optional().meta({ description: 'Overrides the site-wide default when set.' }),
  })
  .meta({ id: 'CommentSettings' });
export type CommentSettings = z.infer<typeof CommentSettings>;

/**
 * A published correction, shown to readers at the foot of the article.
 *
 * @example
 * Correction.parse({ date: '2026-05-09T08:00:00Z', text: 'An earlier version gave the wrong date.' });
 */
export const Correction = z
  .object({
    date: Timestamp,
    text: z.string().min(1).max(2000),
  })
  .meta({ id: 'Correction', description: 'A correction shown to readers.' });
export type Correction = z.infer<typeof Correction>;

const articleFields = {
  headline: z.string().trim().min(1).max(300).meta({ description: 'The headline, as plain text.' }),
  standfirst: z.string().trim().min(1).max(1000).optional().meta({ description: 'The summary under the headline.' }),
  body: z.array(Block).min(1).max(MAX_BLOCKS).meta({ description: 'The body, as an ordered list of blocks.' }),
  language: LanguageTag.default('en'),
  dateline: z.string().min(1).max(100).optional().meta({ description: 'Where the story was reported from, e.g. MOSCOW.' }),
  leadImage: Image.optional(),
  canonicalUrl: WebUrl.optional().meta({ description: 'The original address when the article first appeared elsewhere.' }),
  corrections: z.array(Correction).default([]),
  // Optional in the type as well as the input, so articles built before enrichment stay valid.
  mentions: z
    .array(Mention)
    .default([])
    .optional()
    .meta({ description: 'People, places and organisations named in the article (see enrich).' }),
  quotes: z.array(Quote).default([]).optional().meta({ description: 'Quotations in the body and who said them (see enrich).' }),
};

/**
 * What a writer or an importer supplies. The server fills the id, timestamps and derived fields;
 * slugs are derived from names and the headline when missing.
 *
 * @example
 * const input = ArticleInput.parse({
 *   headline: 'River path reopens',
 *   body: [{ type: 'paragraph', content: [{ type: 'text', text: 'The path reopened on Monday.' }] }],
 * });
 * input.status; // 'published'
 */
export const ArticleInput = z
  .object({
    ...articleFields,
    slug: Slug.optional().meta({ description: 'Derived from the headline when missing.' }),
    authors: z.array(AuthorInput).default([]),
    section: SectionInput.optional(),
    tags: z.array(TagInput).default([]),
    sources: z.array(Source).default([]),
    status: ArticleStatus.default('published'),
    publishedAt: Timestamp.optional().meta({ description: 'Defaults to the time of publication; a future time schedules it.' }),
    commentSettings: CommentSettings.default({ open: true }),
  })
  .meta({ id: 'ArticleInput', description: 'An article as written or imported.' });
export type ArticleInput = z.input<typeof ArticleInput>;
export type ArticleInputParsed = z.output<typeof ArticleInput>;

/**
 * A stored article, as the API serves it. `prepareArticle` builds one from an `ArticleInput`.
 *
 * @example
 * const article = Article.parse(await (await fetch('/v1/articles/river-path')).json());
 */
export const Article = z
  .object({
    id: z.string().min(1).meta({ description: 'Stable identifier.' }),
    slug: Slug,
    ...articleFields,
    // No default here: an article stored without them is one whose people, places and quotations
    // have not been looked for yet, which an empty list would hide.
    mentions: z
      .array(Mention)
      .optional()
      .meta({ description: 'People, places and organisations named in the article, most named first; absent until found.' }),
    quotes: z.array(Quote).optional().meta({ description: 'Quotations in the body and who said them; absent until found.' }),
    authors: z.array(Author),
    section: Section.optional(),
    tags: z.array(Tag),
    sources: z.array(Source),
    status: ArticleStatus,
    publishedAt: Timestamp.nullable().meta({ description: 'When it was (or will be) published; null for a draft never published.' }),
    createdAt: Timestamp,
    updatedAt: Timestamp,
    commentSettings: CommentSettings,
    wordCount: z.int().nonnegative().meta({ description: 'Words in the headline, standfirst and body.' }),
    readingTime: z.int().positive().meta({ description: 'Estimated minutes to read.' }),
    excerpt: z.string().meta({ description: 'The standfirst, or the opening of the body, for previews.' }),
  })
  .meta({ id: 'Article', description: 'A stored article.' });
export type Article = z.infer<typeof Article>;

/**
 * The fields of an article shown in listings.
 *
 * @example
 * const summary = ArticleSummary.parse(article); // unknown fields such as body are dropped
 */
export const ArticleSummary = Article.pick({
  id: true,
  slug: true,
  headline: true,
  standfirst: true,
  excerpt: true,
  authors: true,
  section: true,
  tags: true,
  language: true,
  status: true,
  publishedAt: true,
  updatedAt: true,
  leadImage: true,
  wordCount: true,
  readingTime: true,
}).meta({ id: 'ArticleSummary', description: 'An article as shown in listings.' });
export type ArticleSummary = z.infer<typeof ArticleSummary>;
