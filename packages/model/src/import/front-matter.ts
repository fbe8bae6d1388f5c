/**
 * @module
 * YAML front matter of a Markdown article: split off, parsed, validated field by field, and
 * mapped onto `ArticleInput` fields. The fields are `ArticleInput`'s own, so a field added to the
 * model can be written in front matter at once. Common aliases from static-site generators are
 * accepted (`title`, `description`, `date`, `draft`…) so existing Markdown archives import as
 * they are; any other key is reported as a warning and left out.
 */
import { parse as parseYaml } from 'yaml';
import * as z from 'zod';
import { ArticleInput, ModerationMode } from '../article.ts';
import { Slug, WebUrl } from '../common.ts';
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
const commaList = z.string().transform((s) =>
  s
    .split(',')
    .map((t) => t.trim())
    .filter(Boolean),
);

const AuthorField = named(z.object({ name: Name, slug: Slug.optional(), bio: z.string().optional(), url: WebUrl.optional() }).strict());
const TermField = named(z.object({ name: Name, slug: Slug.optional() }).strict());
const SourceField = named(z.object({ name: Name, url: WebUrl.optional() }).strict());
const CommentsField = z.union([
  z.boolean().transform((open) => ({ open })),
  z.object({ open: z.boolean(), moderation: ModerationMode.optional() }).strict(),
]);

/** The article fields front matter may set: every field of `ArticleInput` but the body, which is the Markdown. */
type FieldName = Exclude<keyof typeof ArticleInput.shape, 'body'>;
const FIELD_NAMES = (Object.keys(ArticleInput.shape) as (keyof typeof ArticleInput.shape)[]).filter(
  (key): key is FieldName => key !== 'body',
);

/**
 * Front-matter forms more forgiving than `ArticleInput`'s, for the fields archives write loosely:
 * a name for an author or section, tags as a comma-separated string, a date without a time.
 * Every other field is read with the model's own schema.
 */
const LENIENT: Partial<Record<FieldName, z.ZodType>> = {
  headline: Name,
  standfirst: Name,
  authors: oneOrMany(AuthorField),
  section: TermField,
  tags: z
    .union([commaList, z.array(z.union([Name, TermField]))])
    .transform((tags) => tags.map((t) => (typeof t === 'string' ? { name: t } : t))),
  sources: oneOrMany(SourceField),
  publishedAt: Time,
  dateline: Name,
  corrections: z.array(z.object({ date: Time, text: Name }).strict()),
  commentSettings: CommentsField,
};

/**
 * Other names static-site generators give the fields, each read as its field is unless it has a
 * form of its own; the field's own name wins, then the aliases in this order.
 */
const ALIASES: Record<string, { field: FieldName; schema?: z.ZodType }> = {
  title: { field: 'headline' },
  description: { field: 'standfirst' },
  summary: { field: 'standfirst' },
  author: { field: 'authors' },
  category: { field: 'section' },
  lang: { field: 'language' },
  draft: { field: 'status', schema: z.boolean().transform((draft) => (draft ? 'draft' : undefined)) },
  date: { field: 'publishedAt' },
  image: { field: 'leadImage' },
  canonical: { field: 'canonicalUrl' },
  comments: { field: 'commentSettings' },
};

/** Each field with the names it is read from, its own first. */
const NAMES_OF = new Map(
  FIELD_NAMES.map((field) => [field, [field, ...Object.keys(ALIASES).filter((alias) => ALIASES[alias]!.field === field)]]),
);

/** A field's schema without its default: a key the front matter leaves out must stay out. */
function withoutDefault(schema: z.ZodType): z.ZodType {
  let inner = schema;
  while (inner instanceof z.ZodOptional || inner instanceof z.ZodDefault) inner = inner.unwrap() as z.ZodType;
  return inner;
}

const fieldSchema = (field: FieldName): z.ZodType => LENIENT[field] ?? withoutDefault(ArticleInput.shape[field]);

/**
 * The front matter a Markdown article may carry, derived from `ArticleInput`: every field but the
 * body, under its own name or an alias, each checked strictly. Keys that are neither are not
 * article fields; `readFrontMatter` reports them (`onWarning`) and leaves them out.
 */
export const FrontMatter = z
  .object({
    ...Object.fromEntries(FIELD_NAMES.map((field) => [field, fieldSchema(field).optional()])),
    ...Object.fromEntries(Object.entries(ALIASES).map(([alias, { field, schema }]) => [alias, (schema ?? fieldSchema(field)).optional()])),
  })
  .meta({ id: 'FrontMatter', description: 'YAML front matter of a Markdown article.' });
export type FrontMatter = z.input<typeof FrontMatter>;

/** The article fields the front matter supplies (everything but the body). */
export type FrontMatterFields = Omit<ArticleInput, 'body' | 'headline'> & { headline?: string };

/**
 * Something an importer passed over that the writer should hear about, though the article was
 * imported: a front-matter key that is no article field (a typo, or a setting of another tool).
 */
export interface ImportWarning {
  code: 'unknown_field';
  field: string;
  message: string;
}

/** Where an importer reports what it passed over. */
export interface ImportWarningOptions {
  onWarning?: ((warning: ImportWarning) => void) | undefined;
}

/**
 * Parses and validates the YAML of a front-matter block into article fields. A key that is no
 * article field nor an alias of one is left out and reported to `options.onWarning`.
 *
 * @throws {ImportError} `invalid_front_matter`, naming the field, for bad YAML or a bad value.
 * @example
 * readFrontMatter('title: Night Ferry Returns\ntags: ferries, islands\nlayout: post', { onWarning: (w) => console.warn(w.message) });
 * // { headline: 'Night Ferry Returns', tags: [{ name: 'ferries' }, { name: 'islands' }] }, and a warning about "layout"
 */
export function readFrontMatter(yaml: string, options: ImportWarningOptions = {}): FrontMatterFields {
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
  for (const key of Object.keys(data)) {
    if (Object.hasOwn(FrontMatter.shape, key)) continue;
    options.onWarning?.({ code: 'unknown_field', field: key, message: `Front matter field "${key}" is not an article field: ignored.` });
  }
  const fm = result.data as Record<string, unknown>;
  const fields: Record<string, unknown> = {};
  for (const [field, names] of NAMES_OF) {
    const value = names.map((name) => fm[name]).find((v) => v !== undefined);
    if (value !== undefined) fields[field] = value;
  }
  return fields as FrontMatterFields;
}
