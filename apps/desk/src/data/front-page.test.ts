/** @module */
import { describe, expect, it } from 'vitest';
import { frontPagePin, pinToFrontPage, unpinFromFrontPage } from './front-page.ts';
import type { Transport } from './http.ts';

/** A transport answering each request with `answer(method, url)` and recording what was sent. */
function answering(answer: (method: string, url: string) => Response) {
  const sent: { method: string; url: string; body: unknown }[] = [];
  const transport: Transport = {
    base: '',
    headers: () => ({ 'x-csrf-token': 'csrf-1' }),
    fetch: (async (url: string, init: RequestInit) => {
      sent.push({ method: String(init.method), url, body: init.body ? JSON.parse(String(init.body)) : undefined });
      return answer(String(init.method), url);
    }) as typeof fetch,
  };
  return { transport, sent };
}

const json = (status: number, body: unknown) =>
  new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } });
const pin = { slug: 'night-ferry', pinnedAt: '2026-05-08T10:00:00Z', pinnedBy: 'u1', until: null, active: true };

describe('front-page pins in the desk', () => {
  it("finds the story's pin among the pins, and none for a story not pinned", async () => {
    const { transport } = answering(() => json(200, { items: [pin] }));
    await expect(frontPagePin(transport, 'night-ferry')).resolves.toEqual(pin);
    await expect(frontPagePin(transport, 'other-story')).resolves.toBeNull();
  });

  it('says a person who may not pin cannot (undefined), and lets other failures through', async () => {
    await expect(frontPagePin(answering(() => json(403, { detail: 'editors only' })).transport, 'night-ferry')).resolves.toBeUndefined();
    await expect(frontPagePin(answering(() => json(500, { detail: 'down' })).transport, 'night-ferry')).rejects.toMatchObject({
      status: 500,
    });
  });

  it('pins with the expiry chosen, and lifts a pin, a missing one included', async () => {
    const { transport, sent } = answering((method) => (method === 'DELETE' ? json(404, { detail: 'not pinned' }) : json(200, pin)));
    await pinToFrontPage(transport, 'night-ferry', '2026-05-09T10:00:00.000Z');
    await unpinFromFrontPage(transport, 'night-ferry');
    expect(sent).toEqual([
      { method: 'PUT', url: '/v1/front-page/pins/night-ferry', body: { until: '2026-05-09T10:00:00.000Z' } },
      { method: 'DELETE', url: '/v1/front-page/pins/night-ferry', body: undefined },
    ]);
  });
});
