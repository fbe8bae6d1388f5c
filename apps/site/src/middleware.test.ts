/** @module */
import type { APIContext } from 'astro';
import { describe, expect, it } from 'vitest';
import { onRequest } from './middleware.ts';

async function run(locals: App.Locals, response: Response, request = new Request('http://127.0.0.1:4321/')): Promise<Response> {
  const context = { locals, request } as APIContext;
  return (await onRequest(context, async () => response)) as Response;
}

describe('middleware', () => {
  it('turns the error page answer into a 503 when the error page reports an API outage', async () => {
    const page = new Response('<h1>Temporarily unavailable</h1>', { status: 500, headers: { 'retry-after': '30' } });
    const response = await run({ apiUnavailable: true }, page);
    expect(response.status).toBe(503);
    expect(response.headers.get('retry-after')).toBe('30');
    expect(await response.text()).toBe('<h1>Temporarily unavailable</h1>');
  });

  it('refuses a form posted from another site before any page runs', async () => {
    const post = (origin: string) =>
      new Request('http://127.0.0.1:4321/articles/x/comments', {
        method: 'POST',
        headers: { origin, 'content-type': 'application/x-www-form-urlencoded' },
        body: 'a=1',
      });
    const page = new Response('rendered', { status: 303 });
    expect((await run({}, page, post('https://attacker.example'))).status).toBe(403);
    expect(await run({}, page, post('http://127.0.0.1:4321'))).toBe(page);
  });

  it('leaves every other answer alone', async () => {
    const page = new Response('fine', { status: 200 });
    expect(await run({}, page)).toBe(page);
    const failure = new Response('broken', { status: 500 });
    expect(await run({ apiUnavailable: false }, failure)).toBe(failure);
  });
});
