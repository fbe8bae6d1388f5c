/**
 * @module
 * Handlers of the editorial article routes: read the body in whichever format it came, call one
 * editing service, map the outcome to a status. Invalid input of any kind is a 400 problem
 * naming each field; nothing is written in that case.
 */
import { type Article, type ArticleInput, decodeText, ImportError, type ImportWarning } from '@dateline/model';
import type { Context } from 'hono';
import { z } from 'zod';
import { actorOf } from '../../lib/actor.ts';
import { mediaType } from '../../lib/content-type.ts';
import { formatPath } from '../../lib/format-path.ts';
import { articleEtag, ifMatchOf, preconditionFailed } from '../../lib/preconditions.ts';
import { type FieldError, fieldErrors, problem } from '../../lib/problem.ts';
import type { AppBindings, AppRouteHandler } from '../../lib/types.ts';
import { IGNORED_FIELDS_HEADER, parseArticleText } from '../../services/article-input.ts';
import { TEXT_FORMATS, type TextFormat } from '../../services/import-formats.ts';
import { UntrustedWorkTimeout } from '../../services/untrusted/untrusted-pool.ts';
import { createArticle, deleteArticle, patchArticle, replaceArticle } from '../../services/article-editing.ts';
import { ForbiddenEditError } from '../../services/workflow/permissions.ts';
import type * as routes from './articles-write.routes.ts';

const articlePath = (slug: string) => `/v1/articles/${encodeURIComponent(slug)}`;

/** A 400 naming each invalid field of the body. */
export function invalidBody(c: Context<AppBindings>, errors: FieldError[]) {
  const detail = `Invalid request body: ${errors.map((e) => `${e.path}: ${e.message}`).join('; ')}.`;
  return problem(c, 400, { title: 'Invalid request', detail, errors });
}

/** Text in the charset the request names, else UTF-8 with the Windows-1252 fallback the importers use. */
async function bodyText(c: Context<AppBindings>): Promise<string> {
  const bytes = new Uint8Array(await c.req.arrayBuffer());
  const charset = /;\s*charset="?([\w-]+)"?/i.exec(c.req.header('content-type') ?? '')?.[1];
  if (charset !== undefined) {
    try {
      return new TextDecoder(charset).decode(bytes);
    } catch {
      // An unknown charset label: fall through to detection rather than refuse the article.
    }
  }
  return decodeText(bytes);
}

/** A text body the importers refused for its size (413) or structure (422), rather than its content. */
interface Refused {
  status: 413 | 422;
  detail: string;
}

/** An article read from a body, with what its importer passed over (none for JSON). */
interface ReadBody {
  input: ArticleInput;
  warnings: ImportWarning[];
}

/** The article read from a body, or the answer refusing it. */
function isRefused(body: ReadBody | FieldError[] | Refused): body is Refused {
  return !Array.isArray(body) && 'detail' in body;
}

/** The header naming the front-matter keys that were left out, when there were any. */
const ignoredFields = (warnings: readonly ImportWarning[]): Record<string, string> =>
  warnings.length === 0 ? {} : { [IGNORED_FIELDS_HEADER]: warnings.map((w) => w.field).join(', ') };

/**
 * The `ArticleInput` of a POST or PUT body in any accepted format, the field errors it has, or
 * why it was refused. Text is parsed in a worker thread with a time limit, so a pathological
 * body fails alone with a 422 while the API goes on answering.
 */
async function readArticleBody(c: Context<AppBindings>, json: unknown): Promise<ReadBody | FieldError[] | Refused> {
  const type = mediaType(c.req.header('content-type'));
  if (type === undefined) return [{ path: '(root)', message: 'an article is required as the request body' }];
  // The body as sent, not as validated: validation fills defaults (status published), and a
  // contributor's story without a status is a draft. The services validate it again as a whole.
  if (!(TEXT_FORMATS as readonly string[]).includes(type)) {
    return { input: json === undefined ? (json as unknown as ArticleInput) : ((await c.req.json()) as ArticleInput), warnings: [] };
  }
  try {
    return await parseArticleText(type as TextFormat, await bodyText(c), c.req.query('url'));
  } catch (err) {
    if (err instanceof UntrustedWorkTimeout)
      return { status: 422, detail: `${err.message} Split it into smaller articles or simplify its markup.` };
    if (!(err instanceof ImportError)) throw err;
    if (err.code === 'too_large') return { status: 413, detail: err.message };
    if (err.code === 'too_complex' || err.code === 'binary') return { status: 422, detail: err.message };
    const path = err.field === undefined ? '(root)' : formatPath(err.field.split('.').map((k) => (/^\d+$/.test(k) ? Number(k) : k)));
    return [{ path, message: err.message }];
  }
}

/** A write the role does not allow: 403 naming the field that decided it. */
export function forbiddenEdit(c: Context<AppBindings>, err: ForbiddenEditError) {
  const errors = [{ path: err.field, message: err.message }];
  return problem(c, 403, { detail: `Not allowed: ${err.field}: ${err.message}.`, errors });
}

/** Runs an editing service, turning its validation error into field errors and a refusal into a 403. */
export async function attempt<T>(c: Context<AppBindings>, work: () => Promise<T>): Promise<T | FieldError[] | Response> {
  try {
    return await work();
  } catch (err) {
    if (err instanceof z.ZodError) return fieldErrors(err);
    if (err instanceof ForbiddenEditError) return forbiddenEdit(c, err);
    throw err;
  }
}

/** The options of an editing service for this request: its clock, who writes, and its If-Match. */
export const editOptions = (c: Context<AppBindings>) => ({ now: c.get('now')(), editor: actorOf(c), precondition: ifMatchOf(c) });

const duplicateDetail = (slug: string) => `The same article is already stored at ${articlePath(slug)}.`;

/** An article answer with the ETag a later If-Match sends back. */
const withEtag = (article: Article, extra: Record<string, string> = {}) => ({ ETag: articleEtag(article), ...extra });

/** `POST /v1/articles`. */
export const create: AppRouteHandler<typeof routes.create> = async (c) => {
  const body = await readArticleBody(c, c.req.valid('json'));
  if (Array.isArray(body)) return invalidBody(c, body);
  if (isRefused(body)) return problem(c, body.status, { detail: body.detail });
  const { input, warnings } = body;
  const result = await attempt(c, () => createArticle(c.get('store'), input, { ...editOptions(c), precondition: undefined }));
  if (result instanceof Response) return result as never;
  if (Array.isArray(result)) return invalidBody(c, result);
  if (result.kind === 'exists')
    return problem(c, 409, {
      detail: `An article already has the slug "${result.slug}"; replace it with PUT ${articlePath(result.slug)}, or choose another slug.`,
    });
  if (result.kind === 'duplicate') return problem(c, 409, { detail: duplicateDetail(result.slug) });
  if (result.kind !== 'created') throw new Error(`unexpected outcome ${result.kind}`);
  return c.json(result.article, 201, withEtag(result.article, { Location: articlePath(result.article.slug), ...ignoredFields(warnings) }));
};

/** `PUT /v1/articles/{slug}`. */
export const replace: AppRouteHandler<typeof routes.replace> = async (c) => {
  const { slug } = c.req.valid('param');
  const body = await readArticleBody(c, c.req.valid('json'));
  if (Array.isArray(body)) return invalidBody(c, body);
  if (isRefused(body)) return problem(c, body.status, { detail: body.detail });
  const { input, warnings } = body;
  const result = await attempt(c, () => replaceArticle(c.get('store'), slug, input, editOptions(c)));
  if (result instanceof Response) return result as never;
  if (Array.isArray(result)) return invalidBody(c, result);
  if (result.kind === 'stale') return preconditionFailed(c, result.current);
  if (result.kind === 'duplicate') return problem(c, 409, { detail: duplicateDetail(result.slug) });
  if (result.kind === 'exists' || result.kind === 'not-found') throw new Error(`unexpected outcome ${result.kind}`);
  if (result.kind === 'created')
    return c.json(result.article, 201, withEtag(result.article, { Location: articlePath(slug), ...ignoredFields(warnings) }));
  return c.json(result.article, 200, withEtag(result.article, ignoredFields(warnings)));
};

/** `PATCH /v1/articles/{slug}`. */
export const patch: AppRouteHandler<typeof routes.patch> = async (c) => {
  const { slug } = c.req.valid('param');
  if (mediaType(c.req.header('content-type')) === undefined) {
    return invalidBody(c, [{ path: '(root)', message: 'a JSON merge patch is required as the request body' }]);
  }
  const result = await attempt(c, () => patchArticle(c.get('store'), slug, c.req.valid('json'), editOptions(c)));
  if (result instanceof Response) return result as never;
  if (Array.isArray(result)) return invalidBody(c, result);
  if (result.kind === 'stale') return preconditionFailed(c, result.current);
  if (result.kind === 'not-found') return problem(c, 404, { detail: `No article has the slug "${slug}".` });
  if (result.kind === 'duplicate') return problem(c, 409, { detail: duplicateDetail(result.slug) });
  if (result.kind === 'exists') {
    const errors = [{ path: 'slug', message: `is taken: another article has the slug "${result.slug}"` }];
    return problem(c, 409, { detail: `Another article has the slug "${result.slug}".`, errors });
  }
  if (result.kind === 'created') throw new Error(`unexpected outcome ${result.kind}`);
  return c.json(result.article, 200, withEtag(result.article));
};

/** `DELETE /v1/articles/{slug}`. */
export const remove: AppRouteHandler<typeof routes.remove> = async (c) => {
  const { slug } = c.req.valid('param');
  const result = await attempt(c, () => deleteArticle(c.get('store'), slug, editOptions(c)));
  if (result instanceof Response) return result as never;
  if (Array.isArray(result)) return invalidBody(c, result);
  if (result.kind === 'stale') return preconditionFailed(c, result.current);
  if (result.kind === 'not-found') return problem(c, 404, { detail: `No article has the slug "${slug}".` });
  return c.body(null, 204);
};
