/**
 * @module
 * Comments on the article page, rendered against the real API in-process: the count, threads
 * with replies nested under their parent, the "Add yours" form, replying, and closed articles.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CLOSED, type CommentApi, OPEN, PRE_MODERATED, startCommentApi } from '../../test/comment-api.ts';
import { THREADS_PER_PAGE } from '../../data/comments.ts';
import { dom, renderPage, text } from '../../test/render.ts';
import ArticlePage from './[slug].astro';

let api: CommentApi;

beforeAll(async () => {
  api = await startCommentApi({ comments: { rateLimit: 0 } });
});

afterAll(async () => {
  await api.close();
});

async function view(slug: string, query = '', headers: Record<string, string> = {}) {
  const response = await renderPage(ArticlePage, {
    params: { slug },
    request: new Request(`http://localhost:4321/articles/${slug}${query}`, { headers }),
  });
  return { response, doc: dom(await response.text()) };
}

describe('an article without comments', () => {
  it('says there are none and offers the form, every field labelled', async () => {
    const { doc } = await view(PRE_MODERATED);
    const section = doc.querySelector('section#comments');
    expect(text(section?.querySelector('h2'))).toBe('Comments');
    expect(text(section)).toContain('There are no comments.');
    expect(text(doc.querySelector('#add-comment h3'))).toBe('Add yours');
    const form = doc.querySelector('form.comment-form');
    expect(form?.getAttribute('method')).toBe('post');
    expect(form?.getAttribute('action')).toBe(`/articles/${PRE_MODERATED}/comments#add-comment`);
    for (const field of form?.querySelectorAll('input:not([type=hidden]), textarea') ?? []) {
      expect(doc.querySelector(`label[for="${field.id}"]`), field.getAttribute('name') ?? '').not.toBeNull();
    }
    expect(text(doc.querySelector(`label[for=comment-email]`))).toBe('E-mail (optional)');
    expect(text(doc.getElementById(doc.getElementById('comment-email')?.getAttribute('aria-describedby') ?? ''))).toMatch(/never shown/);
  });

  it('hides the spam trap from sighted readers, keyboards and screen readers', async () => {
    const { doc } = await view(PRE_MODERATED);
    const trap = doc.querySelector('input[name=website]');
    expect(trap?.getAttribute('tabindex')).toBe('-1');
    expect(trap?.getAttribute('autocomplete')).toBe('off');
    expect(trap?.closest('[aria-hidden=true]')?.classList.contains('hp')).toBe(true);
  });
});

describe('an article with comments', () => {
  let ids: { first: string; reply: string; second: string };

  beforeAll(async () => {
    const first = await api.comment(OPEN, { authorName: 'Ana Lima', body: 'First line\nsecond line\n\n<b>Not bold</b>' });
    const second = await api.comment(OPEN, { authorName: 'Tom Reed', body: 'A separate thought.' });
    const reply = await api.comment(OPEN, { authorName: 'Maya Okafor', body: 'Replying to Ana.', parentId: first });
    ids = { first, reply, second };
  });

  it('counts them all and nests each reply under the comment it answers', async () => {
    const { doc } = await view(OPEN);
    expect(text(doc.querySelector('#comments-heading'))).toBe('3 comments');
    const top = [...doc.querySelectorAll('ol.comment-list > li > article')];
    expect(top.map((a) => a.id)).toEqual([`comment-${ids.first}`, `comment-${ids.second}`]);
    const nested = doc.querySelector(`ol.comment-list > li:first-child > ol.comment-replies > li > article`);
    expect(nested?.id).toBe(`comment-${ids.reply}`);
    expect(text(nested?.querySelector('.comment-author'))).toBe('Maya Okafor');
  });

  it('shows each body as plain text with its line breaks, never as HTML', async () => {
    const { doc } = await view(OPEN);
    const body = doc.querySelector(`#comment-${ids.first} .comment-body`);
    expect(body?.querySelectorAll('p')).toHaveLength(2);
    expect(body?.querySelectorAll('br')).toHaveLength(1);
    expect(body?.querySelector('b')).toBeNull();
    expect(text(body?.querySelectorAll('p')[1])).toBe('<b>Not bold</b>');
    expect(doc.querySelector(`#comment-${ids.first} time`)?.getAttribute('datetime')).toMatch(/^\d{4}-\d{2}-\d{2}T/);
  });

  it('links "Reply" to the form, which then says whom it answers and how to cancel', async () => {
    const reply = (await view(OPEN)).doc.querySelector(`#comment-${ids.second} .comment-actions a`);
    expect(reply?.getAttribute('href')).toBe(`/articles/${OPEN}?replyTo=${ids.second}#add-comment`);
    expect(text(reply)).toBe('Reply to Tom Reed');

    const { doc: replying } = await view(OPEN, `?replyTo=${ids.second}`);
    const form = replying.querySelector('form.comment-form');
    expect(text(form?.querySelector('.replying-to'))).toContain('Replying to Tom Reed');
    expect(form?.querySelector('input[name=parentId]')?.getAttribute('value')).toBe(ids.second);
    expect(form?.querySelector('.cancel-reply')?.getAttribute('href')).toBe(`/articles/${OPEN}#add-comment`);
  });

  it('ignores a reply to a comment that is not there', async () => {
    const { doc } = await view(OPEN, '?replyTo=no-such-comment');
    expect(doc.querySelector('.replying-to')).toBeNull();
    expect(doc.querySelector('input[name=parentId]')).toBeNull();
  });

  it('is not stored by caches when it shows a comment just posted', async () => {
    expect((await view(OPEN)).response.headers.get('cache-control')).toBeNull();
    expect((await view(OPEN, `?comment=${ids.second}`)).response.headers.get('cache-control')).toBe('no-store');
  });
});

describe('an article closed to comments', () => {
  it('says so and offers no form and no reply links', async () => {
    const { doc } = await view(CLOSED);
    expect(text(doc.querySelector('#add-comment'))).toBe('Comments are closed.');
    expect(doc.querySelector('form.comment-form')).toBeNull();
    expect(doc.querySelector('.comment-actions')).toBeNull();
  });
});

describe('after posting a comment that is held for moderation', () => {
  it('tells the reader who posted it, and nobody else', async () => {
    const mine = await view(PRE_MODERATED, '?comment=c-42', { cookie: 'dateline-held=c-42' });
    expect(text(mine.doc.querySelector('#add-comment [role=status]'))).toMatch(/Your comment is awaiting moderation/);

    const shared = await view(PRE_MODERATED, '?comment=c-42');
    expect(text(shared.doc.querySelector('#add-comment'))).not.toMatch(/awaiting moderation/);
    const other = await view(PRE_MODERATED, '?comment=c-42', { cookie: 'dateline-held=c-41' });
    expect(text(other.doc.querySelector('#add-comment'))).not.toMatch(/awaiting moderation/);
  });
});

describe('an article with more comments than a page holds', () => {
  beforeAll(async () => {
    for (let n = 1; n <= THREADS_PER_PAGE; n += 1) await api.comment(OPEN, { authorName: 'Reader', body: `Comment ${n}.` });
  });

  it('shows a page of them with the article, links to the later ones and back, and starts again at an unknown page', async () => {
    const first = (await view(OPEN)).doc;
    expect(first.querySelectorAll('ol.comment-list > li')).toHaveLength(THREADS_PER_PAGE);
    const later = first.querySelector('nav.pager a[rel=next]')?.getAttribute('href') ?? '';
    expect(later).toMatch(new RegExp(`^/articles/${OPEN}\\?comments=`));

    const second = (await view(OPEN, new URL(later, 'http://localhost').search)).doc;
    expect(text(second.querySelector('h1'))).toBe(`Story ${OPEN}`);
    const bodies = [...second.querySelectorAll('ol.comment-list > li > article .comment-body')].map((body) => text(body));
    expect(bodies.at(-1)).toBe(`Comment ${THREADS_PER_PAGE}.`);
    expect(second.querySelectorAll('ol.comment-list > li').length).toBeLessThan(THREADS_PER_PAGE);
    expect(second.querySelector('nav.pager a:not([rel])')?.getAttribute('href')).toBe(`/articles/${OPEN}#comments`);

    const unknown = (await view(OPEN, '?comments=no-such-page')).doc;
    expect(unknown.querySelectorAll('ol.comment-list > li')).toHaveLength(THREADS_PER_PAGE);
  });
});
