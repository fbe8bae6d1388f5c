/**
 * @module
 * `POST /desk/api/paste` `{ kind: 'html' | 'markdown', text }` → `{ blocks }`: pasted text
 * converted by the model's importers, which are too large for the editor's bundle. Changes
 * nothing and stores nothing.
 */
import { pastedHtmlBlocks, pastedMarkdownBlocks } from '@dateline/model';
import type { APIRoute } from 'astro';

/** The largest paste converted (a long article as HTML is well under it). */
export const PASTE_LIMIT = 2_000_000;

const json = (body: unknown, status = 200) =>
  new Response(JSON.stringify(body), {
    status,
    headers: { 'content-type': status === 200 ? 'application/json' : 'application/problem+json', 'cache-control': 'no-store' },
  });

export const POST: APIRoute = async ({ request }) => {
  const text = await request.text();
  if (text.length > PASTE_LIMIT) return json({ title: 'Too large', status: 413, detail: 'The paste is larger than 2 MB.' }, 413);
  let body: unknown;
  try {
    body = JSON.parse(text);
  } catch {
    return json(
      { title: 'Bad request', status: 400, detail: 'The body is not JSON.', errors: [{ field: 'body', message: 'not JSON' }] },
      400,
    );
  }
  const { kind, text: pasted } = (body ?? {}) as { kind?: unknown; text?: unknown };
  if (kind !== 'html' && kind !== 'markdown')
    return json(
      {
        title: 'Bad request',
        status: 400,
        detail: 'kind must be "html" or "markdown".',
        errors: [{ field: 'kind', message: 'must be "html" or "markdown"' }],
      },
      400,
    );
  if (typeof pasted !== 'string')
    return json(
      { title: 'Bad request', status: 400, detail: 'text must be a string.', errors: [{ field: 'text', message: 'must be a string' }] },
      400,
    );
  const blocks = kind === 'html' ? pastedHtmlBlocks(pasted) : pastedMarkdownBlocks(pasted);
  return json({ blocks });
};
