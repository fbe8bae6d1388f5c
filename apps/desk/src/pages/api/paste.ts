/**
 * @module
 * `POST /desk/api/paste` `{ kind: 'html' | 'markdown', text }` → `{ blocks }`: pasted text
 * converted by the model's importers, which are too large for the editor's bundle. Changes
 * nothing and stores nothing.
 */
import { pastedHtmlBlocks, pastedMarkdownBlocks } from '@dateline/model';
import type { APIRoute } from 'astro';
import type { Schemas } from '@dateline/client';

/** The largest paste converted (a long article as HTML is well under it). */
export const PASTE_LIMIT = 2_000_000;

const json = (body: unknown) =>
  new Response(JSON.stringify(body), { headers: { 'content-type': 'application/json', 'cache-control': 'no-store' } });

/** A refusal in the API's problem form (RFC 9457), naming the field as the API does, in `path`. */
function problem(status: number, title: string, detail: string, field?: Schemas['FieldError']): Response {
  const body: Schemas['Problem'] = { type: 'about:blank', title, status, detail, ...(field ? { errors: [field] } : {}) };
  return new Response(JSON.stringify(body), {
    status,
    headers: { 'content-type': 'application/problem+json', 'cache-control': 'no-store' },
  });
}

export const POST: APIRoute = async ({ request }) => {
  const text = await request.text();
  if (text.length > PASTE_LIMIT) return problem(413, 'Too large', 'The paste is larger than 2 MB.');
  let body: unknown;
  try {
    body = JSON.parse(text);
  } catch {
    return problem(400, 'Bad request', 'The body is not JSON.', { path: 'body', message: 'not JSON' });
  }
  const { kind, text: pasted } = (body ?? {}) as { kind?: unknown; text?: unknown };
  if (kind !== 'html' && kind !== 'markdown')
    return problem(400, 'Bad request', 'kind must be "html" or "markdown".', { path: 'kind', message: 'must be "html" or "markdown"' });
  if (typeof pasted !== 'string')
    return problem(400, 'Bad request', 'text must be a string.', { path: 'text', message: 'must be a string' });
  const blocks = kind === 'html' ? pastedHtmlBlocks(pasted) : pastedMarkdownBlocks(pasted);
  return json({ blocks });
};
