/**
 * @module
 * `POST /desk/api/paste` (src/pages/api/paste.ts), called as Astro calls it: pasted HTML becomes
 * blocks, and a paste it cannot take is refused in the API's problem form, naming the field in
 * `path` as the API does, so the editor shows every refusal the same way.
 */
import type { APIContext } from 'astro';
import { describe, expect, it } from 'vitest';
import { POST, PASTE_LIMIT } from '../pages/api/paste.ts';

const paste = async (body: string) => {
  const response = await POST({ request: new Request('http://desk.test/desk/api/paste', { method: 'POST', body }) } as APIContext);
  return { status: response.status, type: response.headers.get('content-type'), json: await response.json() };
};

describe('the paste route', () => {
  it('turns pasted HTML into blocks', async () => {
    const { status, json } = await paste(JSON.stringify({ kind: 'html', text: '<p>The <b>ferry</b> left at dawn.</p>' }));
    expect(status).toBe(200);
    expect(json.blocks).toHaveLength(1);
    expect(json.blocks[0].type).toBe('paragraph');
  });

  it('refuses what it cannot take as problem+json naming the field in `path`', async () => {
    const notJson = await paste('{"kind":');
    expect(notJson).toMatchObject({
      status: 400,
      type: 'application/problem+json',
      json: { type: 'about:blank', errors: [{ path: 'body' }] },
    });
    const badKind = await paste(JSON.stringify({ kind: 'rtf', text: 'x' }));
    expect(badKind.json.errors).toEqual([{ path: 'kind', message: 'must be "html" or "markdown"' }]);
    const badText = await paste(JSON.stringify({ kind: 'markdown', text: 42 }));
    expect(badText.json.errors).toEqual([{ path: 'text', message: 'must be a string' }]);
    const tooLarge = await paste(JSON.stringify({ kind: 'markdown', text: 'x'.repeat(PASTE_LIMIT) }));
    expect(tooLarge).toMatchObject({ status: 413, json: { title: 'Too large', status: 413 } });
  });
});
