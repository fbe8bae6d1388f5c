/**
 * @module
 * YAML front matter of a Markdown article: split off, parsed, validated field by field, and
 * mapped onto `ArticleInput` fields. Common aliases from static-site generators are accepted
 * (`title`, `description`, `date`, `draft`…) so existing Markdown archives import as they are.
 */
import { parse as parseYaml } from 'yaml';
import * as z from 'zod';
import type { ArticleInput } from '../article.ts';
import { ArticleStatus, CommentSettings, ModerationMode } from '../article.ts';
import { Image } from '../block.ts';
import { LanguageTag, Slug, WebUrl } from '../common.ts';
import { firstProblem } from '../zod-issues.ts';
import { ImportError } from './errors.ts';

const FENCE = /^\uFEFF?---[ \t]*\r?\n([\s\S]*?)\r?\n(?:---|\.\.\.)[ \t]*(?:\r?\n|$)/;

/**
 * Splits `---` front matter from the start of a Markdown document.
 *
 * @example
 * splitFrontMatter('---\ntitle: Hi\n---\nBody'); // { yaml: 'title: Hi', body: 'Body' }
 */
export function splitFrontMatter(md: string): { yaml: string | undefined; body: string } {
  const match = FENCE.exec(md);
  if (!match) return { yaml: undefined, body: md.replace(/^\uFEFF/, '') };
  return { yaml: match[1] ?? '', body: md.slice(match[0].length) };
}

/** Date-only and offset-less times are read as UTC, the least surprising choice for a file. */
function normaliseTime(value: unknown): unknown {
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? 'Invalid Date' : value.toISOString();
  if (typeof value !== 'string') return value;
  const text = value.trim();
  if (/^\d{4}-\d{2}-\d{2}$/.test(text)) return `${text}T00:00:00Z`;
  const m = /^(\d{4}-\d{2}-\d{2})[T ](\d{2}:\d{2})(:\d{2}(?:\.\d+)?)?\s*(Z|[+-]\d{2}:?\d{2})?$/i.exec(text);
  if (!m) return text;
  return `${m[1]}T${m[2]}${m[3] ?? ':00'}${(m[4] ?? 'Z').toUpperCase()}`;
}

const Time = z.preprocess(
  normaliseTime,
  z.iso.datetime({ offset: true, error: 'expected a date such as 2026-05-08 or 2026-05-08T09:30:00+01:00' }),
);
const Name = z.string().trim().min(1);
const named = <T extends z.ZodObject>(object: T) => z.union([Name.transform((name) => ({ name })), object]);
const oneOrMany = <T extends z.ZodType>(item: T) => z.union([item.transform((one) => [one]), z.array(item)]);
const commaList = z.string().transform((s) => s.split(',').map((t) => t.trim()).filter(Boolean));

const AuthorField = named(
  z.object({ name: Name, slug: Slug.optional(), bio: z.string().optional(), url: WebUrl.optional() }).strict(),
);
const TermField = named(z.object({ name: Name, slug: Slug.optional() }).strict());
const SourceField = named(z.object({ name: Name, url: WebUrl.optional() }).strict());

/**
 * The front matter a Markdown article may carry. Unknown keys are ignored (other tools put
 * layout and build settings there); known keys are checked strictly.
 */
export const FrontMatter = z
  .object({
    headline: Name.optional(),
    title: Name.optional(),
    slug: Slug.optional(),
    standfirst: Name.optional(),
    description: Name.optional(),
    summary: Name.optional(),
    authors: oneOrMany(AuthorField).optional(),
    author: oneOrMany(AuthorField).optional(),
    section: TermField.optional(),
    category: TermField.optional(),
    tags: z.union([commaList, z.array(z.union([Name, TermField]))]).optional(),
    sources: oneOrMany(SourceField).optional(),
    language: LanguageTag.optional(),
    lang: LanguageTag.optional(),
    status: ArticleStatus.optional(),
    draft: z.boolean().optional(),
    publishedAt: Time.optional(),
    date: Time.optional(),
    dateline: Name.optional(),
    leadImage: Image.optional(),
    image: Image.optional(),
    canonicalUrl: WebUrl.optional(),
    canonical: WebUrl.optional(),
    corrections: z.array(z.object({ date: Time, text: Name }).strict()).optional(),
    comments: z
      .union([z.boolean().transform((open) => ({ open })), z.object({ open: z.boolean(), moderation: ModerationMode.optional() }).strict()])
      .optional(),
    commentSettings: CommentSettings.optional(),
  })
  .meta({ id: 'FrontMatter', description: 'YAML front matter of a Markdown article.' });
export type FrontMatter = z.input<typeof FrontMatter>;

/** The article fields the front matter supplies (everything but the body). */
export type FrontMatterFields = Omit<ArticleInput, 'body' | 'headline'> & { headline?: string };

/**
 * Parses and validates the YAML of a front-matter block into article fields.
 *
 * @throws {ImportError} `invalid_front_matter`, naming the field, for bad YAML or a bad value.
 * @example
 * readFrontMatter('title: Night Ferry Returns\ntags: ferries, islands');
 * // { headline: 'Night Ferry Returns', tags: [{ name: 'ferries' }, { name: 'islands' }] }
 */
export function readFrontMatter(yaml: string): FrontMatterFields {
  let data: unknown;
  try {
    data = parseYaml(yaml, { prettyErrors: true }) ?? {};
  } catch (error) {
    const detail = (error instanceof Error ? (error.message.split('\n')[0] ?? '') : String(error)).replace(/:$/, '');
    throw new ImportError('invalid_front_matter', `The front matter is not valid YAML: ${detail}`, { cause: error });
  }
  if (typeof data !== 'object' || data === null || Array.isArray(data)) {
    throw new ImportError('invalid_front_matter', 'The front matter must be a set of "key: value" fields.');
  }
  const result = FrontMatter.safeParse(data);
  if (!result.success) {
    const problem = firstProblem(result.error.issues);
    const field = problem.field || '(front matter)';
    throw new ImportError('invalid_front_matter', `Front matter field "${field}" is invalid: ${problem.message}.`, { field });
  }
  const fm = result.data;
  const fields: FrontMatterFields = {};
  const set = <K extends keyof FrontMatterFields>(key: K, value: FrontMatterFields[K] | undefined) => {
    if (value !== undefined) fields[key] = value;
  };
  set('headline', fm.headline ?? fm.title);
  set('slug', fm.slug);
  set('standfirst', fm.standfirst ?? fm.description ?? fm.summary);
  set('authors', fm.authors ?? fm.author);
  set('section', fm.section ?? fm.category);
  set('tags', fm.tags?.map((t) => (typeof t === 'string' ? { name: t } : t)));
  set('sources', fm.sources);
  set('language', fm.language ?? fm.lang);
  set('status', fm.status ?? (fm.draft ? 'draft' : undefined));
  set('publishedAt', fm.publishedAt ?? fm.date);
  set('dateline', fm.dateline);
  set('leadImage', fm.leadImage ?? fm.image);
  set('canonicalUrl', fm.canonicalUrl ?? fm.canonical);
  set('corrections', fm.corrections);
  set('commentSettings', fm.commentSettings ?? fm.comments);
  return fields;
}
