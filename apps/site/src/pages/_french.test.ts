/**
 * @module
 * A French site (SITE_LOCALE=fr-FR): the article page with its comment form, the search page with
 * a filter, a person's page and the 404 page all speak French, and none of them still shows one
 * of the English labels that used to be written into the components.
 */
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { type CommentApi, OPEN, startCommentApi } from '../test/comment-api.ts';
import { NAMED_STORIES } from '../test/entity-stories.ts';
import { type RealApi, startRealApi } from '../test/real-api.ts';
import { dom, renderPage, text } from '../test/render.ts';
import { ApiUnavailableError } from '../data/errors.ts';
import NotFound from './404.astro';
import ErrorPage from './500.astro';
import ArticlePage from './articles/[slug].astro';
import CommentsPost from './articles/[slug]/comments.astro';
import PersonPage from './people/[slug].astro';
import SearchPage from './search.astro';

/**
 * English labels these pages used to show whatever the locale. Matched as whole words in the
 * page's text and in the attributes readers and their tools read, with the stories' own text
 * (headlines, paragraphs, comments, quotations) left out: that stays in the language it was written in.
 */
const ENGLISH_LABELS = [
  'Comments',
  'There are no comments',
  'Add yours',
  'Post comment',
  'Post reply',
  'Name',
  'E-mail',
  '(optional)',
  'For the moderators only',
  'Leave this empty',
  'Please fix',
  'Write your comment',
  'Enter your name',
  'Search for',
  'Filters',
  'Only show articles',
  'Apply filters',
  'Narrowed to',
  'Remove',
  'Such as',
  'Published on or after this day',
  'results for',
  'Search results',
  'No articles match',
  'Did you mean',
  'No story names',
  'Person',
  'What they said',
  'Also named',
  'Stories naming',
  'Search the stories naming',
  'In this story',
  'Related',
  'Topics',
  'Page not found',
  'Go to the latest stories',
  'Skip to content',
  'Search',
];

const STORY_TEXT = '.article-body, .comment-body, .comment-author, .snippet, blockquote, .card h2, .card h3, .result h3, .quotes .meta a';

/** Every English label `doc` shows outside the stories' own text (which it removes from `doc`). */
function englishLeft(doc: Document): string[] {
  for (const story of doc.querySelectorAll(STORY_TEXT)) story.remove();
  const attributes = [...doc.querySelectorAll('[aria-label], [title], [placeholder], [alt], meta[name=description]')].flatMap((el) =>
    ['aria-label', 'title', 'placeholder', 'alt', 'content'].map((name) => el.getAttribute(name) ?? ''),
  );
  // Each text node on its own line: an element's textContent runs neighbouring labels together.
  const texts = [doc.body, ...doc.body.querySelectorAll('*')].flatMap((el) =>
    [...el.childNodes].filter((n) => n.nodeType === 3).map((n) => n.textContent ?? ''),
  );
  const shown = [doc.title, ...texts, ...attributes].join('\n');
  return ENGLISH_LABELS.filter((label) => new RegExp(`(^|[^\\p{L}])${label.replace(/[()]/g, '\\$&')}($|[^\\p{L}])`, 'u').test(shown));
}

beforeEach(() => {
  process.env.SITE_LOCALE = 'fr-FR';
});
afterEach(() => {
  delete process.env.SITE_LOCALE;
});

describe('a French article page with its comment form', () => {
  let api: CommentApi;
  beforeAll(async () => {
    api = await startCommentApi({ comments: { rateLimit: 0 } });
    await api.comment(OPEN, { authorName: 'Ana Lima', body: 'Well said.' });
  });
  afterAll(async () => {
    await api.close();
  });

  it('labels the comments and every field of the form in French', async () => {
    const response = await renderPage(ArticlePage, {
      params: { slug: OPEN },
      request: new Request(`http://localhost:4321/articles/${OPEN}`),
    });
    const doc = dom(await response.text());
    expect(text(doc.querySelector('#comments h2'))).toBe('1 commentaire');
    expect(text(doc.querySelector('#add-comment h3'))).toBe('Réagir');
    expect(text(doc.querySelector('label[for=comment-authorName]'))).toBe('Nom');
    expect(text(doc.querySelector('label[for=comment-email]'))).toBe('Adresse e-mail (facultatif)');
    expect(text(doc.querySelector('.comment-actions a'))).toBe('Répondre à Ana Lima');
    expect(text(doc.querySelector('form.comment-form button'))).toBe('Publier le commentaire');
    expect(englishLeft(doc)).toEqual([]);
  });

  it('says what to fix in French when a comment is sent empty', async () => {
    const body = new URLSearchParams({ authorName: '', body: '', email: '' });
    const request = new Request(`http://localhost:4321/articles/${OPEN}/comments`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
      body,
    });
    const response = await renderPage(CommentsPost, { params: { slug: OPEN }, request });
    const doc = dom(await response.text());
    expect(response.status).toBe(422);
    expect(text(doc.querySelector('.form-problem p'))).toBe('Veuillez corriger ces points avant de publier :');
    expect([...doc.querySelectorAll('.form-problem li')].map(text)).toEqual(['Indiquez votre nom.', 'Écrivez votre commentaire.']);
    expect(englishLeft(doc)).toEqual([]);
  });
});

describe('French search and entity pages', () => {
  let api: RealApi;
  beforeAll(async () => {
    api = await startRealApi(NAMED_STORIES);
  });
  afterAll(async () => {
    await api.close();
  });

  it('shows the search page, its filters and a filter in use in French', async () => {
    const response = await renderPage(SearchPage, {
      request: new Request('http://localhost:4321/search?q=harbour&person=Magnus+Flett&from=2020-05-08'),
    });
    const doc = dom(await response.text());
    expect(text(doc.querySelector('main h1'))).toBe('Recherche');
    expect(text(doc.querySelector('label[for=search-q]'))).toBe('Rechercher');
    expect(text(doc.querySelector('.filters summary'))).toBe('Filtres');
    expect(text(doc.querySelector('label[for=search-person]'))).toBe('Personne');
    expect([...doc.querySelectorAll('.active-filters li > span')].map(text)).toEqual(['Personne : Magnus Flett', 'Du : 8 mai 2020']);
    expect(text(doc.querySelector('#results-heading'))).toBe('1 résultat pour « harbour »');
    expect(englishLeft(doc)).toEqual([]);
  });

  it('names an unknown person in French beside its field', async () => {
    const response = await renderPage(SearchPage, { request: new Request('http://localhost:4321/search?q=harbour&person=Nobody+Here') });
    const doc = dom(await response.text());
    expect(text(doc.querySelector('#search-person-error'))).toMatch(/^Aucun article ne cite une personne nommée « Nobody Here »/);
    expect(englishLeft(doc)).toEqual([]);
  });

  it('shows a person’s page in French', async () => {
    const response = await renderPage(PersonPage, {
      params: { slug: 'ines-calder' },
      request: new Request('http://localhost:4321/people/ines-calder'),
    });
    const doc = dom(await response.text());
    expect(text(doc.querySelector('main .kicker'))).toBe('Personne');
    expect(text(doc.querySelector('main .topic .meta'))).toBe('2 articles');
    expect(text(doc.querySelector('#said'))).toBe('Ses déclarations');
    expect(doc.querySelector('meta[name=description]')?.getAttribute('content')).toBe(
      'Ines Calder dans 2 articles de Dateline, et ses déclarations.',
    );
    expect(englishLeft(doc)).toEqual([]);
  });
});

describe('the French 404 and error pages', () => {
  it('says the page is not found in French', async () => {
    const response = await renderPage(NotFound, { request: new Request('http://localhost:4321/nowhere') });
    const doc = dom(await response.text());
    expect(text(doc.querySelector('h1'))).toBe('Page introuvable');
    expect(englishLeft(doc)).toEqual([]);
  });

  it('would catch an English label left behind', async () => {
    delete process.env.SITE_LOCALE;
    const response = await renderPage(NotFound, { request: new Request('http://localhost:4321/nowhere') });
    expect(englishLeft(dom(await response.text()))).toEqual(
      expect.arrayContaining(['Go to the latest stories', 'Skip to content', 'Search']),
    );
  });

  it('says the news is temporarily unavailable in French', async () => {
    const response = await renderPage(ErrorPage, {
      request: new Request('http://localhost:4321/'),
      props: { error: new ApiUnavailableError('down') },
    });
    const doc = dom(await response.text());
    expect(response.status).toBe(503);
    expect(text(doc.querySelector('h1'))).toBe('Momentanément indisponible');
    expect(englishLeft(doc)).toEqual([]);
  });
});
