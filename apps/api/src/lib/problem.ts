/**
 * @module
 * RFC 9457 problem details: every error the API returns has this shape and the
 * `application/problem+json` media type, so clients handle errors one way.
 */
import { STATUS_CODES } from 'node:http';
import { z } from '@hono/zod-openapi';
import type { Context } from 'hono';
import type { ContentfulStatusCode } from 'hono/utils/http-status';
import { formatPath } from './format-path.ts';

/** One invalid field of a request. */
export const FieldError = z
  .object({
    path: z.string().meta({ description: 'The field, e.g. `limit` or `authors[0].name`.' }),
    message: z.string(),
  })
  .meta({ id: 'FieldError' });
export type FieldError = z.infer<typeof FieldError>;

/** The body of every error response. */
export const Problem = z
  .object({
    type: z.string().meta({ description: 'A URI reference identifying the problem type; `about:blank` means the status says it all.' }),
    title: z.string().meta({ description: 'A short summary of the problem type.' }),
    status: z.int().meta({ description: 'The HTTP status code.' }),
    detail: z.string().optional().meta({ description: 'What went wrong with this request, for people.' }),
    instance: z.string().optional().meta({ description: 'The path of the request that failed.' }),
    errors: z.array(FieldError).optional().meta({ description: 'Each invalid field, for validation errors.' }),
  })
  .meta({ id: 'Problem', description: 'RFC 9457 problem details.' });
export type Problem = z.infer<typeof Problem>;

export const PROBLEM_MEDIA_TYPE = 'application/problem+json';

/**
 * The `responses` entry of a route contract for an error status.
 *
 * @example
 * responses: { 404: problemContent('No public article has this slug') }
 */
export function problemContent(description: string) {
  return { content: { [PROBLEM_MEDIA_TYPE]: { schema: Problem } }, description } as const;
}

/** Details of a problem; the title defaults to the status's reason phrase. */
export interface ProblemInit {
  title?: string;
  detail?: string;
  type?: string;
  errors?: FieldError[];
}

/**
 * The problem document for `status`, without a request (for logs and tests).
 *
 * @example
 * problemBody(404, { detail: 'No article here.' }); // { type: 'about:blank', title: 'Not Found', status: 404, detail: 'No article here.' }
 */
export function problemBody(status: number, init: ProblemInit = {}, instance?: string): Problem {
  return {
    type: init.type ?? 'about:blank',
    title: init.title ?? STATUS_CODES[status] ?? 'Error',
    status,
    ...(init.detail !== undefined && { detail: init.detail }),
    ...(instance !== undefined && { instance }),
    ...(init.errors !== undefined && { errors: init.errors }),
  };
}

/**
 * Responds with a problem document for the current request.
 *
 * @example
 * return problem(c, 404, { detail: `No public article has the slug "${slug}".` });
 */
export function problem<S extends ContentfulStatusCode>(
  c: Context,
  status: S,
  init: ProblemInit = {},
  headers: Record<string, string> = {},
) {
  return c.json(problemBody(status, init, c.req.path), status, { 'Content-Type': PROBLEM_MEDIA_TYPE, ...headers });
}

/**
 * The field errors of a Zod error, one per issue.
 *
 * @example
 * fieldErrors(result.error); // [{ path: 'limit', message: 'must be an integer from 1 to 100' }]
 */
export function fieldErrors(error: z.ZodError): FieldError[] {
  return error.issues.map((issue) => ({ path: formatPath(issue.path), message: issue.message }));
}
