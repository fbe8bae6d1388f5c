/**
 * @module
 * Dateline's export format, JSON Lines: a header line, then one line per article and one per
 * comment. Articles come first and comments after them, each reply after the comment it answers,
 * so a reader can store every line as it arrives.
 *
 * ```jsonl
 * {"type":"dateline-export","version":1,"exportedAt":"2026-05-08T12:00:00.000Z"}
 * {"type":"article","article":{…Article…},"contentHash":"3f1c…","revisionHash":"9a0b…","importKey":"/news/ferry.md","corrections":[…],"enrichment":{"queuedAt":null,"attempts":0,"error":null}}
 * {"type":"comment","comment":{"id":"c1","articleId":"…","parentId":null,"email":"ana@example.org",…}}
 * ```
 *
 * Beside the article, an article line carries what the store identifies it by: `contentHash` (its
 * story, by which duplicates are found), `revisionHash` (everything supplied) and `importKey`
 * (the file it was imported from, or null). A line without the hashes gets them computed from the
 * article. `editors` says who created it and changed it last, when known; an article with saved
 * revisions carries them in `revisions` (oldest first, each with the article as it was then).
 * `corrections` are the editors' corrections to its people, places and quotations (kept and
 * applied again on every enrichment), and `enrichment` where it stood on the enrichment queue
 * (`queuedAt` null: enriched). `frontPage` says the article was pinned to the front page, when
 * and until when (who pinned it is not kept: people are not in an export). These members are
 * optional, so the format stays at version 1: a
 * program older than them reads such a file and leaves them out, and a file without them
 * imports as before.
 */
import { Article, ArticleStatus, CommentStatus, EntityType, Timestamp } from '@dateline/model';
import { z } from 'zod';
import type { EntityCorrection } from '../store/entity-corrections.ts';
import type { ExportedComment, ExportItem } from '../store/transfer-store.ts';
import { REVISION_KINDS, type StoredRevision } from '../store/workflow-store.ts';

const Sha256 = z.string().regex(/^[0-9a-f]{64}$/, 'expected 64 hexadecimal digits');

/** The `type` of the header line. */
export const EXPORT_TYPE = 'dateline-export';

/** The version of the format this program writes, and the newest it reads. */
export const EXPORT_VERSION = 1;

/**
 * The first line of an export.
 *
 * @example
 * ExportHeader.parse({ type: 'dateline-export', version: 1, exportedAt: '2026-05-08T12:00:00.000Z' });
 */
export const ExportHeader = z.object({
  type: z.literal(EXPORT_TYPE),
  version: z.int().positive(),
  exportedAt: Timestamp,
});
export type ExportHeader = z.infer<typeof ExportHeader>;

/**
 * A comment line's `comment`: every stored field, including the moderators' `email` and
 * `heldReason`. `articleSlug` is there for people reading the file; `articleId` is the link.
 *
 * @example
 * ExportedCommentRecord.parse({ id: 'c1', articleId: 'a1', parentId: null, authorName: 'Ana', body: 'Thanks.',
 *   status: 'approved', createdAt: '2026-05-08T09:30:00.000Z' });
 */
const ExportedCommentRecord = z.object({
  id: z.string().min(1),
  articleId: z.string().min(1),
  articleSlug: z.string().default(''),
  parentId: z.string().min(1).nullable().default(null),
  authorName: z.string().min(1),
  body: z.string().min(1),
  email: z.string().max(254).nullable().default(null),
  status: CommentStatus,
  createdAt: Timestamp,
  heldReason: z.string().nullable().default(null),
  contentHash: z.string().nullable().default(null),
}) satisfies z.ZodType<ExportedComment, unknown>;

const Named = z.object({ type: EntityType, name: z.string().min(1) });
const Key = z.object({ type: EntityType, slug: z.string().min(1) });

/**
 * One editor's correction as the store keeps it (see `entity-corrections.ts`).
 *
 * @example
 * StoredCorrection.parse({ op: 'add', entity: { type: 'person', name: 'Erland Voy' } });
 */
const StoredCorrection = z.discriminatedUnion('op', [
  z.object({ op: z.literal('add'), entity: Named }),
  z.object({ op: z.literal('remove'), entity: Key }),
  z.object({ op: z.literal('rename'), from: Key.extend({ name: z.string().min(1) }), to: Named }),
  z.object({
    op: z.literal('speaker'),
    quote: z.object({ block: z.int().nonnegative(), text: z.string() }),
    speaker: z.object({ name: z.string().min(1), slug: z.string().min(1) }).nullable(),
    role: z.string().nullable().optional(),
  }),
]);

/**
 * Where an exported article stood on the enrichment queue (`queuedAt` null: enriched).
 *
 * @example
 * ExportedEnrichment.parse({ queuedAt: '2026-05-08T12:00:00.000Z', attempts: 1, error: 'the extractor stopped' });
 */
const ExportedEnrichment = z.object({ queuedAt: Timestamp.nullable(), attempts: z.int().nonnegative(), error: z.string().nullable() });

/**
 * One saved revision of an exported article.
 *
 * @example
 * ExportedRevision.parse({ id: 'r1', number: 1, createdAt, savedAt: createdAt, author: null, kind: 'created', fields: [], status: 'draft', article });
 */
const ExportedRevision = z.object({
  id: z.string().min(1),
  number: z.int().positive(),
  createdAt: Timestamp,
  savedAt: Timestamp,
  author: z.object({ id: z.string().min(1), name: z.string() }).nullable(),
  kind: z.enum(REVISION_KINDS),
  fields: z.array(z.string()),
  status: ArticleStatus,
  article: Article,
}) satisfies z.ZodType<StoredRevision, unknown>;

/**
 * An article's pin to the front page: when it was pinned, and when it lapses (null: until lifted).
 *
 * @example
 * ExportedPin.parse({ pinnedAt: '2026-05-08T12:00:00.000Z', until: null });
 */
const ExportedPin = z.object({ pinnedAt: Timestamp, until: Timestamp.nullable() });
export type ExportedPin = z.infer<typeof ExportedPin>;

/**
 * An article line.
 *
 * @example
 * ArticleLine.parse({ type: 'article', article, contentHash: '3f1c…', revisionHash: '9a0b…', importKey: null });
 */
export const ArticleLine = z.object({
  type: z.literal('article'),
  article: Article,
  contentHash: Sha256.optional(),
  revisionHash: Sha256.nullable().optional(),
  importKey: z.string().min(1).nullable().optional(),
  revisions: z.array(ExportedRevision).optional(),
  editors: z
    .object({
      createdBy: z.object({ id: z.string().min(1), name: z.string() }).nullable(),
      updatedBy: z.object({ id: z.string().min(1), name: z.string() }).nullable(),
    })
    .optional(),
  corrections: z.array(z.object({ correction: StoredCorrection, createdAt: Timestamp })).optional(),
  enrichment: ExportedEnrichment.optional(),
  frontPage: ExportedPin.optional(),
});

/**
 * A comment line.
 *
 * @example
 * CommentLine.parse({ type: 'comment', comment: { id: 'c1', articleId: 'a1', authorName: 'Ana', body: 'Thanks.',
 *   status: 'approved', createdAt: '2026-05-08T09:30:00.000Z' } });
 */
export const CommentLine = z.object({ type: z.literal('comment'), comment: ExportedCommentRecord });

/**
 * The header line of an export written at `exportedAt`, without its newline.
 *
 * @example
 * exportHeaderLine(new Date('2026-05-08T12:00:00Z'));
 * // '{"type":"dateline-export","version":1,"exportedAt":"2026-05-08T12:00:00.000Z"}'
 */
export function exportHeaderLine(exportedAt: Date): string {
  return JSON.stringify({ type: EXPORT_TYPE, version: EXPORT_VERSION, exportedAt: exportedAt.toISOString() } satisfies ExportHeader);
}

/**
 * The line of one exported article or comment, without its newline, with the article's pin to the
 * front page when it has one. Empty moderator fields are written as null rather than left out, so
 * every comment line has the same members.
 *
 * @example
 * exportLine({ type: 'article', article, contentHash, revisionHash, importKey: null });
 * // '{"type":"article","article":{…},"contentHash":"…","revisionHash":"…","importKey":null}'
 */
export function exportLine(item: ExportItem, frontPage?: ExportedPin): string {
  if (item.type === 'article') {
    const { article, contentHash, revisionHash, importKey, revisions, editors, corrections, enrichment } = item;
    return JSON.stringify({
      type: 'article',
      article,
      contentHash,
      revisionHash,
      importKey,
      ...(editors && { editors }),
      ...(revisions && { revisions }),
      corrections,
      enrichment,
      ...(frontPage && { frontPage: { pinnedAt: frontPage.pinnedAt, until: frontPage.until } }),
    });
  }
  return JSON.stringify({ type: 'comment', comment: item.comment });
}

// The file's corrections are the store's: a change to one without the other fails the type check.
type Parsed = z.infer<typeof StoredCorrection>;
true satisfies Parsed extends EntityCorrection ? true : false;
