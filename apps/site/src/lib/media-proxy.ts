/**
 * @module
 * Forwarding a picture's rendition from the API (see `pages/media/[id]/[name].ts`).
 */
import { readConfig } from '../data/config.ts';

const ID = /^[0-9a-f]{64}$/;
const NAME = /^(?:\d{1,5}\.(?:avif|webp|jpg)|share\.jpg)$/;
const PASSED = ['cache-control', 'content-type', 'content-length', 'etag'];

/**
 * The API's answer for `/media/<id>/<name>`, with only the headers a picture needs; 404 for a
 * name no rendition has, without asking the API; 502 when the API cannot be reached.
 *
 * @example
 * const res = await forwardMedia(id, '640.webp', request);
 */
export async function forwardMedia(id: string, name: string, request: Request): Promise<Response> {
  if (!ID.test(id) || !NAME.test(name))
    return new Response('Not found\n', {
      status: 404,
      headers: { 'content-type': 'text/plain; charset=utf-8', 'cache-control': 'public, max-age=60' },
    });
  const { apiUrl, apiTimeoutMs } = readConfig();
  const ifNoneMatch = request.headers.get('if-none-match');
  let upstream: Response;
  try {
    upstream = await fetch(`${apiUrl}/media/${id}/${name}`, {
      headers: ifNoneMatch ? { 'if-none-match': ifNoneMatch } : {},
      signal: AbortSignal.timeout(apiTimeoutMs),
    });
  } catch {
    return new Response('The picture could not be fetched.\n', {
      status: 502,
      headers: { 'content-type': 'text/plain; charset=utf-8', 'cache-control': 'no-store' },
    });
  }
  const headers = new Headers();
  for (const header of PASSED) {
    const value = upstream.headers.get(header);
    if (value !== null) headers.set(header, value);
  }
  if (upstream.status === 200 || upstream.status === 304)
    return new Response(upstream.status === 304 ? null : upstream.body, { status: upstream.status, headers });
  await upstream.body?.cancel();
  return new Response('Not found\n', {
    status: 404,
    headers: { 'content-type': 'text/plain; charset=utf-8', 'cache-control': 'public, max-age=60' },
  });
}
