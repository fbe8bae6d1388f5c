/**
 * @module
 * A user's program reading and writing through @dateline/client; the API's address and an
 * editor's token come from the environment.
 */
import { createClient } from '@dateline/client';

const api = createClient(process.env.API_URL);
// Each run writes its own article, so that one API can serve several runs.
const run = process.argv[2] ?? 'first';
const fail = (what, error) => {
  throw new Error(`${what}: ${JSON.stringify(error)}`);
};

const first = await api.GET('/v1/articles', { params: { query: { limit: 2 } } });
if (!first.data) fail('list', first.error);
const second = await api.GET('/v1/articles', { params: { query: { limit: 2, cursor: first.data.nextCursor } } });
if (!second.data) fail('page 2', second.error);
const slug = first.data.items[0].slug;
const one = await api.GET('/v1/articles/{slug}', { params: { path: { slug } } });
if (!one.data) fail('fetch', one.error);
const missing = await api.GET('/v1/articles/{slug}', { params: { path: { slug: 'no-such-story' } } });
const found = await api.GET('/v1/search', { params: { query: { q: 'ferry' } } });
if (!found.data) fail('search', found.error);

const anonymous = await api.POST('/v1/articles', { body: article('Written without a token') });
const editor = createClient(process.env.API_URL, { token: process.env.TOKEN });
const written = await editor.POST('/v1/articles', { body: article(`Night market opens on the quay (${run} run)`) });
if (!written.data) fail('write', written.error);
const markdown = `---\nheadline: Ferry timetable changes for summer (${run} run)\ntags: [transport]\n---\n\nThe first crossing moves to 6:15 a.m. from June.\n`;
const fromMarkdown = await editor.POST('/v1/articles', {
  body: markdown,
  headers: { 'Content-Type': 'text/markdown' },
  bodySerializer: (text) => text,
});
if (!fromMarkdown.data) fail('write Markdown', fromMarkdown.error);
const comment = await api.POST('/v1/articles/{slug}/comments', {
  params: { path: { slug: written.data.slug } },
  body: { authorName: 'Ana Ribeiro', body: 'Will it run through the winter?' },
});

console.log(
  JSON.stringify({
    list: first.data.items.map((a) => a.slug),
    page2: second.data.items.map((a) => a.slug),
    fetched: { slug: one.data.slug, headline: one.data.headline, blocks: one.data.body.length },
    missing: { status: missing.response.status, problem: missing.error?.status },
    search: { total: found.data.total, hits: found.data.items.map((h) => ({ headline: h.article.headline, snippet: h.snippet })) },
    anonymous: anonymous.response.status,
    written: { status: written.response.status, slug: written.data.slug, headline: written.data.headline },
    markdown: {
      status: fromMarkdown.response.status,
      headline: fromMarkdown.data.headline,
      tags: fromMarkdown.data.tags.map((t) => t.slug),
    },
    comment: { status: comment.response.status, body: comment.data?.body },
  }),
);

function article(headline) {
  return {
    headline,
    body: [
      {
        type: 'paragraph',
        content: [{ type: 'text', text: 'Stalls selling food from twelve countries open on Friday evenings from June.' }],
      },
    ],
    authors: [{ name: 'Maya Okafor' }],
  };
}
