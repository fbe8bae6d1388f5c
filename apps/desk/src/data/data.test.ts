/** @module */
import type { Article } from '@dateline/model/core';
import { describe, expect, it } from 'vitest';
import { ApiError, browserTransport, call, NetworkError, serverTransport, type Transport } from './http.ts';
import { getSession } from './session.ts';
import { saveStory, storyQuery } from './stories.ts';

interface Seen {
  url: string;
  method: string;
  headers: Record<string, string>;
  body: string | undefined;
}

/** A transport whose fetch answers with `answer` and records each request. */
function recording(answer: (seen: Seen) => Response, base = ''): { transport: Transport; seen: Seen[] } {
  const seen: Seen[] = [];
  const transport: Transport = {
    ...browserTransport(() => 'csrf-1'),
    base,
    fetch: (async (url: string, init: RequestInit) => {
      const request = {
        url,
        method: String(init.method),
        headers: init.headers as Record<string, string>,
        body: init.body as string | undefined,
      };
      seen.push(request);
      return answer(request);
    }) as typeof fetch,
  };
  return { transport, seen };
}

const problem = (status: number, body: object) =>
  new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/problem+json' } });

describe('call', () => {
  it('sends the CSRF token with a write and never with a read', async () => {
    const { transport, seen } = recording(() => new Response('{}', { status: 200 }));
    await call(transport, 'GET', '/v1/articles');
    await call(transport, 'POST', '/v1/articles', { body: { a: 1 } });
    expect(seen[0]!.headers['x-csrf-token']).toBeUndefined();
    expect(seen[1]!.headers['x-csrf-token']).toBe('csrf-1');
    expect(seen[1]!.headers['content-type']).toBe('application/json');
    expect(seen[1]!.body).toBe('{"a":1}');
  });

  it('throws the problem of a refusal, and a NetworkError when nothing answers', async () => {
    const refused = recording(() => problem(400, { title: 'Bad', detail: 'headline is required', errors: [{ path: 'headline' }] }));
    await expect(call(refused.transport, 'GET', '/v1/x')).rejects.toMatchObject({
      status: 400,
      problem: { errors: [{ path: 'headline' }] },
    });
    const down: Transport = {
      base: '',
      headers: () => ({}),
      fetch: (async () => Promise.reject(new TypeError('fetch failed'))) as typeof fetch,
    };
    await expect(call(down, 'GET', '/v1/x')).rejects.toBeInstanceOf(NetworkError);
  });

  it('returns the ETag of the article for a compressed answer’s tag, which is what If-Match takes', async () => {
    const { transport } = recording(() => new Response('{}', { status: 200, headers: { etag: '"v2-br"' } }));
    expect((await call(transport, 'GET', '/v1/articles/a')).etag).toBe('"v2"');
  });

  it('returns the ETag of the answer', async () => {
    const { transport } = recording(() => new Response('{"slug":"a"}', { status: 200, headers: { etag: '"v2"' } }));
    expect(await call(transport, 'GET', '/v1/articles/a')).toEqual({ body: { slug: 'a' }, etag: '"v2"', status: 200 });
  });
});

describe('saveStory', () => {
  const input = { headline: 'H', body: [{ type: 'paragraph' as const, content: [{ type: 'text' as const, text: 'x' }] }] };

  it('creates a story with POST and replaces one with PUT and If-Match', async () => {
    const { transport, seen } = recording(() => new Response('{"slug":"h"}', { status: 200, headers: { etag: '"e2"' } }));
    expect(await saveStory(transport, null, input, null)).toMatchObject({ ok: true, etag: '"e2"' });
    await saveStory(transport, 'h', input, '"e1"');
    expect(seen.map((s) => `${s.method} ${s.url} ${s.headers['if-match'] ?? '-'}`)).toEqual([
      'POST /v1/articles -',
      'PUT /v1/articles/h "e1"',
    ]);
  });

  it('moves a story to a new address with a merge patch before saving the rest there', async () => {
    let etag = 1;
    const { transport, seen } = recording((request) => {
      etag += 1;
      const slug = request.method === 'PATCH' ? 'new-address' : request.url.split('/').at(-1);
      return new Response(JSON.stringify({ slug }), { status: 200, headers: { etag: `"e${etag}"` } });
    });
    const result = await saveStory(transport, 'old-address', { ...input, slug: 'new-address' }, '"e1"');
    expect(seen.map((s) => `${s.method} ${s.url} ${s.headers['if-match']} ${s.body}`)).toEqual([
      'PATCH /v1/articles/old-address "e1" {"slug":"new-address"}',
      `PUT /v1/articles/new-address "e2" ${JSON.stringify({ ...input, slug: 'new-address' })}`,
    ]);
    expect(result).toMatchObject({ ok: true, etag: '"e3"', article: { slug: 'new-address' } });
  });

  it('turns a 412 into the other person’s version, not an error', async () => {
    const current = { slug: 'h', headline: 'Theirs' } as Article;
    const { transport } = recording(() => problem(412, { title: 'Precondition failed', current }));
    expect(await saveStory(transport, 'h', input, '"old"')).toEqual({ ok: false, conflict: true, current });
  });

  it('lets any other refusal through', async () => {
    const { transport } = recording(() => problem(403, { title: 'Forbidden', detail: 'contributors cannot publish' }));
    await expect(saveStory(transport, 'h', input, '"e"')).rejects.toBeInstanceOf(ApiError);
  });
});

describe('storyQuery', () => {
  it('asks for every status unless one is chosen, newest change first, without empty filters', () => {
    expect(storyQuery({})).toBe('status=any&sort=updated');
    expect(storyQuery({ status: 'review', q: ' ferry ', section: '', author: 'ann-lee' })).toBe(
      'status=review&author=ann-lee&q=ferry&sort=updated',
    );
  });
});

describe('getSession and serverTransport', () => {
  it('forwards the reader’s cookie and address to API_URL, and reads a 401 as nobody signed in', async () => {
    const request = new Request('http://desk.example/desk/', {
      headers: { cookie: 'dateline_session=abc', 'x-forwarded-for': '203.0.113.9' },
    });
    const transport = serverTransport(request, '10.0.0.2', 'http://api.internal:8787/');
    expect(transport.base).toBe('http://api.internal:8787');
    expect(transport.headers()).toEqual({
      cookie: 'dateline_session=abc',
      'x-forwarded-for': '203.0.113.9, 10.0.0.2',
      'x-forwarded-host': 'desk.example',
      'x-forwarded-proto': 'http',
    });
    const { transport: nobody } = recording(() => problem(401, { title: 'Unauthorized' }));
    expect(await getSession(nobody)).toBeNull();
  });
});
