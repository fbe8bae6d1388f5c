/**
 * @module
 * The editorial routes on pathological bodies, each of which used to hold the API's event loop
 * for seconds to hours or end in a 500: every one is answered at once with a 4xx (or stored, when
 * it is merely odd), while `/healthz` goes on answering.
 */
import { MAX_LINES } from '@dateline/model';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createApp } from '../../app.ts';
import type { Store } from '../../store/store.ts';
import { NOW, testStore } from '../../testing/fixtures.ts';
import { bearer } from '../../testing/tokens.ts';

let store: Store;
let app: ReturnType<typeof createApp>;
let editor: Record<string, string>;
beforeEach(async () => {
  store = await testStore();
  app = createApp({ store, now: () => NOW });
  editor = await bearer(store, 'editor');
});
afterEach(async () => {
  await store.close();
});

const repeat = (unit: string, chars: number): string => unit.repeat(Math.ceil(chars / unit.length)).slice(0, chars);

/** Sends `init` to `path` and probes /healthz every 20 ms until it is answered; the slowest probe with the answer. */
async function whileProbing(
  path: string,
  init: RequestInit,
): Promise<{ status: number; body: { detail?: string }; slowestProbeMs: number }> {
  let done = false;
  let slowest = 0;
  const probes = (async () => {
    while (!done) {
      const start = performance.now();
      const res = await app.request('/healthz');
      expect(res.status).toBe(200);
      slowest = Math.max(slowest, performance.now() - start);
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
  })();
  const res = await app.request(path, init);
  done = true;
  await probes;
  return { status: res.status, body: (await res.json()) as { detail?: string }, slowestProbeMs: slowest };
}

const post = (type: string, body: string) =>
  whileProbing('/v1/articles', { method: 'POST', headers: { ...editor, 'Content-Type': type }, body });

// Worker threads start (and a busy machine runs them) slower than the default 5 s allows.
describe('hostile article bodies', { timeout: 60_000 }, () => {
  it('refuses Markdown whose emphasis or brackets would take minutes to match, with a 422', async () => {
    const stars = await post('text/markdown', `# T\n\n${repeat('*a', 40_000)}`);
    expect(stars.status).toBe(422);
    expect(stars.body.detail).toMatch(/emphasis markers/);
    const brackets = await post('text/markdown', `# T\n\n${'['.repeat(100_000)}${']'.repeat(100_000)}`);
    expect(brackets.status).toBe(422);
    expect(brackets.slowestProbeMs).toBeLessThan(100);
  });

  it('refuses deep nesting with a 422 rather than a stack overflow: 5,000 quote markers, 12,000 nested divs', async () => {
    const quotes = await post('text/markdown', `# T\n\n${'>'.repeat(5_000)} deep`);
    expect([quotes.status, quotes.body.detail]).toEqual([422, expect.stringMatching(/levels deep/)]);
    const html = `<html><head><title>Deep</title></head><body><article><h1>Deep</h1><p>First paragraph of the story here.</p>${'<div>'.repeat(12_000)}x${'</div>'.repeat(12_000)}</article></body></html>`;
    const divs = await post('text/html', html);
    expect([divs.status, divs.body.detail]).toEqual([422, expect.stringMatching(/levels deep/)]);
  });

  it('refuses a merge patch nested 20,000 deep with a 400 naming the body', async () => {
    expect((await post('text/plain', 'Patched story\n\nIt will be patched.')).status).toBe(201);
    const deep = `${'{"a":'.repeat(20_000)}1${'}'.repeat(20_000)}`;
    const res = await whileProbing('/v1/articles/patched-story', {
      method: 'PATCH',
      headers: { ...editor, 'Content-Type': 'application/merge-patch+json' },
      body: `{"standfirst":"x","extra":${deep}}`,
    });
    expect([res.status, res.body.detail]).toEqual([400, expect.stringMatching(/levels deep/)]);
  });

  it('stores text of thousands of quotation marks and lines quickly, and refuses more lines than the limit with a 413', async () => {
    const json = await post('text/plain', `JSON pasted as prose\n\n${repeat('{"a":', 60_000)}`);
    expect(json.status).toBe(201);
    expect(json.slowestProbeMs).toBeLessThan(100);
    const lines = await post('text/plain', `Many lines\n\n${Array.from({ length: 20_000 }, (_, i) => `Line ${i} of the text`).join('\n')}`);
    expect(lines.status).toBe(201);
    const tooMany = await post('text/plain', `Too many lines\n\n${'x\n'.repeat(MAX_LINES + 1)}`);
    expect([tooMany.status, tooMany.body.detail]).toEqual([413, expect.stringMatching(/lines/)]);
  });
});
