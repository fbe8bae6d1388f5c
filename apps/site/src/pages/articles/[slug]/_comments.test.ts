/**
 * @module
 * Posting the comment form (`POST /articles/{slug}/comments`) against the real API in-process:
 * redirects on success, the form again with the problems beside the fields otherwise.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { CLOSED, type CommentApi, OPEN, PRE_MODERATED, startCommentApi } from '../../../test/comment-api.ts';
import { dom, renderPage, text } from '../../../test/render.ts';
import CommentsPage from './comments.astro';

let api: CommentApi | undefined;

afterEach(async () => {
  await api?.close();
  api = undefined;
});

function post(slug: string, fields: Record<string, string>, headers: Record<string, string> = {}) {
  const request = new Request(`http://localhost:4321/articles/${slug}/comments`, {
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded', origin: 'http://localhost:4321', ...headers },
    body: new URLSearchParams(fields),
  });
  return renderPage(CommentsPage, { params: { slug }, request });
}

async function threads(slug: string) {
  const res = await fetch(`${api!.url}/v1/articles/${slug}/comments`, { headers: { 'cache-control': 'no-cache' } });
  return (await res.json()) as { items: { id: string; authorName: string; body: string; replies: { id: string }[] }[] };
}

describe('posting a comment', () => {
  it('redirects (303) to the new comment on the article, uncached, once the API shows it', async () => {
    api = await startCommentApi();
    const response = await post(OPEN, { authorName: ' Ana Lima ', body: 'Good news.\r\nAt last.', email: '', website: '' });
    expect(response.status).toBe(303);
    const location = response.headers.get('location') ?? '';
    const id = /#comment-(.+)$/.exec(location)?.[1];
    expect(location).toBe(`/articles/${OPEN}?comment=${id}#comment-${id}`);
    expect((await threads(OPEN)).items).toMatchObject([{ id, authorName: 'Ana Lima', body: 'Good news.\nAt last.' }]);
  });

  it('posts a reply under the comment it answers', async () => {
    api = await startCommentApi();
    const parent = await api.comment(OPEN, { authorName: 'Tom Reed', body: 'A question.' });
    const response = await post(OPEN, { authorName: 'Ana Lima', body: 'An answer.', parentId: parent });
    expect(response.status).toBe(303);
    const [thread] = (await threads(OPEN)).items;
    expect(thread?.replies.map((r) => r.id)).toEqual([/#comment-(.+)$/.exec(response.headers.get('location') ?? '')?.[1]]);
  });

  it('redirects back to the form when the comment awaits moderation', async () => {
    api = await startCommentApi();
    const response = await post(PRE_MODERATED, { authorName: 'Ana Lima', body: 'Held, surely.' });
    expect(response.status).toBe(303);
    expect(response.headers.get('location')).toMatch(new RegExp(`^/articles/${PRE_MODERATED}\\?comment=[\\w-]+#add-comment$`));
    expect((await threads(PRE_MODERATED)).items).toEqual([]);
  });
});

describe('a comment that needs fixing', () => {
  it('shows the form again (422) with each problem beside its field and the text as typed', async () => {
    api = await startCommentApi();
    const response = await post(OPEN, { authorName: '   ', body: 'Line one\nline <two>', email: 'not-an-address' });
    expect(response.status).toBe(422);
    expect(response.headers.get('cache-control')).toBe('no-store');
    const html = await response.text();
    const doc = dom(html);
    const name = doc.getElementById('comment-authorName');
    expect(name?.getAttribute('aria-invalid')).toBe('true');
    expect(text(doc.getElementById(name?.getAttribute('aria-describedby') ?? ''))).toBe('Enter your name.');
    const email = doc.getElementById('comment-email');
    expect(email?.getAttribute('value')).toBe('not-an-address');
    expect(email?.getAttribute('aria-describedby')).toBe('email-hint email-error');
    expect(text(doc.getElementById('email-error'))).toMatch(/Enter an e-mail address/);
    // Kept as typed, and escaped: a textarea shows entities as the characters they stand for.
    expect(html).toContain('>Line one\nline &lt;two&gt;</textarea>');
    expect(doc.getElementById('comment-body')?.hasAttribute('aria-invalid')).toBe(false);
    const summary = [...doc.querySelectorAll('.form-problem a')].map((a) => a.getAttribute('href'));
    expect(summary).toEqual(['#comment-authorName', '#comment-email']);
    expect((await threads(OPEN)).items).toEqual([]);
  });

  it('says when the reader is posting too fast (429), with Retry-After, keeping the text', async () => {
    api = await startCommentApi({ comments: { rateLimit: 1 } });
    expect((await post(OPEN, { authorName: 'Ana', body: 'One.' }, { 'x-forwarded-for': '203.0.113.7' })).status).toBe(303);
    const response = await post(OPEN, { authorName: 'Ana', body: 'Two.' }, { 'x-forwarded-for': '203.0.113.7' });
    expect(response.status).toBe(429);
    const seconds = Number(response.headers.get('retry-after'));
    expect(seconds).toBeGreaterThan(0);
    const doc = dom(await response.text());
    expect(text(doc.querySelector('.form-problem'))).toBe(`You're commenting too fast, try again in ${seconds} seconds.`);
    expect(doc.getElementById('comment-body')?.textContent).toBe('Two.');
  });

  it('gives the reader the comment back in a form to send again when the API is down (503)', async () => {
    api = await startCommentApi();
    const { url } = api;
    await api.close();
    api = undefined;
    // The API's address, now with nothing listening there.
    const previous = process.env.API_URL;
    process.env.API_URL = url;
    let response: Response;
    try {
      response = await post(OPEN, {
        authorName: 'Ana',
        email: 'ana@example.org',
        body: 'A long and\nthoughtful comment.',
        parentId: 'c-1',
      });
    } finally {
      if (previous === undefined) delete process.env.API_URL;
      else process.env.API_URL = previous;
    }
    expect([response.status, response.headers.get('retry-after')]).toEqual([503, '30']);
    const doc = dom(await response.text());
    expect(text(doc.querySelector('h1'))).toBe('Temporarily unavailable');
    const form = doc.querySelector('form[method=post]');
    expect(form?.getAttribute('action')).toBe(`/articles/${OPEN}/comments`);
    expect(doc.getElementById('comment-body')?.textContent).toBe('A long and\nthoughtful comment.');
    expect(doc.querySelector<HTMLInputElement>('input[name=authorName]')?.getAttribute('value')).toBe('Ana');
    expect(doc.querySelector<HTMLInputElement>('input[name=email]')?.getAttribute('value')).toBe('ana@example.org');
    expect(doc.querySelector<HTMLInputElement>('input[name=parentId]')?.getAttribute('value')).toBe('c-1');
  });

  it('passes on the reader’s address, so one reader’s limit is not another’s', async () => {
    api = await startCommentApi({ comments: { rateLimit: 1 } });
    expect((await post(OPEN, { authorName: 'Ana', body: 'One.' }, { 'x-forwarded-for': '203.0.113.7' })).status).toBe(303);
    expect((await post(OPEN, { authorName: 'Tom', body: 'Two.' }, { 'x-forwarded-for': '203.0.113.8' })).status).toBe(303);
  });

  it('drops a reply to a comment that is no longer there, and says so', async () => {
    api = await startCommentApi();
    const response = await post(OPEN, { authorName: 'Ana', body: 'Still here.', parentId: 'gone' });
    expect(response.status).toBe(422);
    const doc = dom(await response.text());
    expect(text(doc.querySelector('.form-problem'))).toMatch(/no longer available/);
    expect(doc.querySelector('input[name=parentId]')).toBeNull();
    expect(doc.getElementById('comment-body')?.textContent).toBe('Still here.');
  });

  it('answers 403 with "Comments are closed" and no form for a closed article', async () => {
    api = await startCommentApi();
    const response = await post(CLOSED, { authorName: 'Ana', body: 'Too late?' });
    expect(response.status).toBe(403);
    const doc = dom(await response.text());
    expect(text(doc.querySelector('#add-comment'))).toBe('Comments are closed.');
    expect(doc.querySelector('form.comment-form')).toBeNull();
  });

  it('answers 404 for an article that does not exist', async () => {
    api = await startCommentApi();
    expect((await post('no-such-story', { authorName: 'Ana', body: 'Hello?' })).status).toBe(404);
  });
});

describe('the form address, visited', () => {
  it('redirects a GET to the comments on the article', async () => {
    const response = await renderPage(CommentsPage, {
      params: { slug: OPEN },
      request: new Request(`http://localhost:4321/articles/${OPEN}/comments`),
    });
    expect(response.status).toBe(302);
    expect(response.headers.get('location')).toBe(`/articles/${OPEN}#comments`);
  });
});
