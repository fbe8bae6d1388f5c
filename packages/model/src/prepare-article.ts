/**
 * @module
 * Turns what a writer or importer supplies into the article the system stores: validated,
 * with slugs, timestamps and derived fields filled in.
 */
import { Article, ArticleInput, type ArticleInputParsed } from './article.ts';
import { canonicalJson } from './canonical-json.ts';
import { withoutControlsDeep } from './control-characters.ts';
import { deriveFields } from './derive/derive-fields.ts';
import { slugify } from './slugify.ts';

/** What the caller knows that the input does not: the id, the clock and any stored version. */
export interface PrepareContext {
  /** The stable id of the article (new or existing). */
  id: string;
  /** The time of this save; becomes `updatedAt` (and `createdAt` for a new article). */
  now: Date | string;
  /** The stored version when this save updates an existing article. */
  previous?: { createdAt: string; publishedAt: string | null } | undefined;
}

/**
 * Validates `input` with `ArticleInput` (throwing its `ZodError`), control characters removed
 * from its text, and returns the full `Article`:
 * the slug derived from the headline when missing (`article-<first 8 characters of id>` when the
 * headline gives no usable slug), author, section and tag slugs derived from their names,
 * `publishedAt` kept from the input or the previous version or set to `now` on first publication,
 * `createdAt` kept from the previous version, `updatedAt` = `now`, plus word count, reading time
 * and excerpt.
 *
 * @example
 * const article = prepareArticle(
 *   { headline: 'River path reopens', body: [{ type: 'paragraph', content: [{ type: 'text', text: 'It reopened.' }] }] },
 *   { id: '0f8e2a4c-1d2b-4c3d-9e8f-7a6b5c4d3e2f', now: '2026-05-08T09:30:00Z' },
 * );
 * article.slug; // 'river-path-reopens'
 * article.publishedAt; // '2026-05-08T09:30:00.000Z'
 */
export function prepareArticle(input: ArticleInput, ctx: PrepareContext): Article {
  return completeArticle(validateArticleInput(input), ctx);
}

/**
 * `input` validated with `ArticleInput` (throwing its `ZodError`), control characters removed
 * first, so a headline of nothing else is reported as empty. A save validates its input once,
 * here; `completeArticle` and `saveHashes` work on the result.
 *
 * @example
 * const parsed = validateArticleInput({ headline: 'River path reopens', body: [] });
 * parsed.status; // 'published'
 */
export function validateArticleInput(input: ArticleInput): ArticleInputParsed {
  return ArticleInput.parse(withoutControlsDeep(input));
}

/**
 * The slug an article prepared from `parsed` with this `id` gets: its own, else one derived from
 * the headline, else `article-<first 8 characters of id>`. Known before the article is completed,
 * so a save can look up the stored version at that slug first.
 *
 * @example
 * articleSlug(validateArticleInput({ headline: 'River path reopens', body: [] }), id); // 'river-path-reopens'
 */
export function articleSlug(parsed: ArticleInputParsed, id: string): string {
  return parsed.slug ?? (slugify(parsed.headline) || `article-${fallbackSuffix(id)}`);
}

/**
 * The full `Article` from validated input (see `prepareArticle`), without validating the input
 * again.
 *
 * @example
 * const article = completeArticle(validateArticleInput(input), { id, now: new Date(), previous });
 */
export function completeArticle(parsed: ArticleInputParsed, ctx: PrepareContext): Article {
  const now = toIso(ctx.now, 'now');
  const { previous } = ctx;
  const { slug: _slug, authors, section, tags, publishedAt: requested, ...rest } = parsed;
  const publishedAt = requested ?? previous?.publishedAt ?? (parsed.status === 'published' ? now : null);
  // Fields are carried over by spreading, so a field added to the model reaches storage without
  // a change here; only what is derived is named.
  const article = {
    ...rest,
    id: ctx.id,
    slug: articleSlug(parsed, ctx.id),
    authors: authors.map((a) => ({ ...a, slug: a.slug ?? nameSlug(a.name, 'author') })),
    ...(section !== undefined && { section: { name: section.name, slug: section.slug ?? nameSlug(section.name, 'section') } }),
    tags: uniqueBySlug(tags.map((t) => ({ name: t.name, slug: t.slug ?? nameSlug(t.name, 'tag') }))),
    publishedAt,
    createdAt: previous?.createdAt ?? now,
    updatedAt: now,
    ...deriveFields(parsed),
  } satisfies Article;
  // A final check catches anything the derivation itself got wrong, before it is stored.
  return Article.parse(article);
}

/** A digest of text, such as SHA-256 in hex: the model does no I/O, so the caller brings it. */
export type Digest = (text: string) => string;

/** The hashes a save is compared by. */
export interface SaveHashes {
  /** Of the story a reader sees (headline, standfirst, body): equal means a duplicate. */
  contentHash: string;
  /** Of everything supplied but the slug: equal to the stored one means the save changes nothing. */
  revisionHash: string;
}

/**
 * The content and revision hashes of validated input. The content hash equals the one of the
 * article prepared from it, which tells the same story.
 *
 * @example
 * const { contentHash, revisionHash } = saveHashes(validateArticleInput(input), sha256Hex);
 */
export function saveHashes(parsed: ArticleInputParsed, digest: Digest): SaveHashes {
  return { contentHash: digest(storyJson(parsed)), revisionHash: digest(revisionJson(parsed)) };
}

/**
 * The canonical JSON of everything supplied but the slug (the slug is where an article lives, not
 * what it says): what the revision hash is a digest of.
 *
 * @example
 * revisionJson(validateArticleInput({ ...input, slug: 'elsewhere' })) === revisionJson(validateArticleInput(input)); // true
 */
export function revisionJson(parsed: ArticleInputParsed): string {
  const { slug: _slug, ...content } = parsed;
  return canonicalJson(content);
}

/**
 * The canonical JSON of the headline, standfirst and body: what the content hash is a digest of.
 *
 * @example
 * digest(storyJson(article)) === saveHashes(parsed, digest).contentHash; // for the article prepared from parsed
 */
export function storyJson(story: Pick<Article, 'headline' | 'standfirst' | 'body'>): string {
  const { headline, standfirst, body } = story;
  return canonicalJson({ headline, standfirst, body });
}

/** A prepared save: the article and its hashes, from one validation of the input. */
export interface PreparedSave extends SaveHashes {
  /** The validated input, for completing it again against a stored version. */
  input: ArticleInputParsed;
  article: Article;
}

/**
 * `prepareArticle` with the save's content and revision hashes, validating `input` once.
 *
 * @example
 * const { article, contentHash, revisionHash } = prepareSave(input, { id, now: new Date() }, sha256Hex);
 */
export function prepareSave(input: ArticleInput, ctx: PrepareContext, digest: Digest): PreparedSave {
  const parsed = validateArticleInput(input);
  return { input: parsed, article: completeArticle(parsed, ctx), ...saveHashes(parsed, digest) };
}

function toIso(value: Date | string, name: string): string {
  const date = value instanceof Date ? value : new Date(value);
  if (Number.isNaN(date.getTime())) throw new RangeError(`${name} is not a valid date: ${String(value)}`);
  return date.toISOString();
}

function fallbackSuffix(id: string): string {
  return slugify(id.slice(0, 8)) || hashSlug(id);
}

/** A slug for a name; names with no Latin letters or digits get a stable hashed slug instead. */
function nameSlug(name: string, kind: string): string {
  return slugify(name) || `${kind}-${hashSlug(name)}`;
}

/** FNV-1a, base 36: stable across runtimes, so the same name always gets the same slug. */
function hashSlug(text: string): string {
  let hash = 0x811c9dc5;
  for (const ch of text) {
    hash ^= ch.codePointAt(0) ?? 0;
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash.toString(36);
}

function uniqueBySlug<T extends { slug: string }>(items: T[]): T[] {
  const seen = new Set<string>();
  return items.filter((item) => !seen.has(item.slug) && seen.add(item.slug));
}
