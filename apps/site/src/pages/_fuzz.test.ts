/**
 * @module
 * Fuzzing the site against the real API (in-process, SQLite): its pages, feeds, sitemaps and the
 * comment form get seeded random slugs, query strings and form bodies of the kinds that once broke
 * something (NUL, forged cursors, unknown slugs, malformed forms). None may fail with a 5xx or
 * throw, which on a live site would be the error page.
 */
import type { APIContext, APIRoute } from 'astro';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { NEWSROOM, PUBLIC_SLUGS } from '../test/newsroom.ts';
import { startRealApi, type RealApi } from '../test/real-api.ts';
import { renderPage } from '../test/render.ts';
import ArticlePage from './articles/[slug].astro';
import CommentsPage from './articles/[slug]/comments.astro';
import * as atom from './atom.xml.ts';
import * as authorAtom from './authors/[slug]/atom.xml.ts';
import AuthorPage from './authors/[slug].astro';
import * as feedJson from './feed.json.ts';
import FrontPage from './index.astro';
import * as newsSitemap from './news-sitemap.xml.ts';
import OrganizationPage from './organizations/[slug].astro';
import PersonPage from './people/[slug].astro';
import PlacePage from './places/[slug].astro';
import * as robots from './robots.txt.ts';
import * as rss from './rss.xml.ts';
import SearchPage from './search.astro';
import * as sectionRss from './sections/[slug]/rss.xml.ts';
import SectionPage from './sections/[slug].astro';
import * as sitemap from './sitemap.xml.ts';
import * as sitemapPart from './sitemaps/[name].xml.ts';
import * as tagJson from './tags/[slug]/feed.json.ts';
import TagPage from './tags/[slug].astro';

/** Requests per run; SITE_FUZZ_REQUESTS raises it. */
const REQUESTS = Number(process.env.SITE_FUZZ_REQUESTS ?? 3_000);
const SEED = Number(process.env.FUZZ_SEED ?? 20_261_206);
const ORIGIN = 'http://localhost:4321';

const HOSTILE = [
  '',
  ' ',
  'a',
  'UPPER',
  '-',
  "'",
  '"',
  '\\',
  '%',
  '\u0000',
  'a\u0000b',
  '\ud800',
  'Путин',
  '北京',
  '😀',
  '<script>alert(1)</script>',
  '../../etc/passwd',
  '-1',
  '0',
  '1e308',
  'NaN',
  '2026-13-45',
  '+275760-09-13T00:00:00.000Z',
  '0000-01-01',
  'a'.repeat(300),
  'x'.repeat(3000),
  Buffer.from(JSON.stringify({ o: 'newest', t: '+275760-09-13T00:00:00.000Z', i: 'a' })).toString('base64url'),
  Buffer.from(JSON.stringify({ k: 'entities', c: 1e308, s: 'a', t: 'person' })).toString('base64url'),
  'not a cursor',
  'market',
  'ferry',
  'articles-2026-05',
  'articles-2026-13',
  'pages',
  'travel',
  'harbour',
  'vladimir-putin',
  'london',
  ...PUBLIC_SLUGS,
];
const PARAMS = [
  'q',
  'cursor',
  'person',
  'place',
  'organization',
  'section',
  'tag',
  'author',
  'from',
  'to',
  'order',
  'comment',
  'page',
  'sort',
  'exactTotal',
  'type',
];

function random(seed: number) {
  let state = seed >>> 0;
  const next = () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = Math.imul(state ^ (state >>> 15), state | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  return { chance: (p: number) => next() < p, pick: <T>(items: readonly T[]): T => items[Math.floor(next() * items.length)]! };
}

const encode = (text: string): string => {
  try {
    return encodeURIComponent(text);
  } catch {
    return '%ED%A0%80';
  }
};

type Page = Parameters<typeof renderPage>[0];
type Target =
  | { kind: 'page'; path: string; page: Page; param?: string }
  | { kind: 'endpoint'; path: string; endpoint: { GET: APIRoute }; param?: string }
  | { kind: 'form' };

const TARGETS: Target[] = [
  { kind: 'page', path: '/', page: FrontPage },
  { kind: 'page', path: '/search', page: SearchPage },
  { kind: 'page', path: '/articles/{slug}', page: ArticlePage, param: 'slug' },
  { kind: 'page', path: '/sections/{slug}', page: SectionPage, param: 'slug' },
  { kind: 'page', path: '/tags/{slug}', page: TagPage, param: 'slug' },
  { kind: 'page', path: '/authors/{slug}', page: AuthorPage, param: 'slug' },
  { kind: 'page', path: '/people/{slug}', page: PersonPage, param: 'slug' },
  { kind: 'page', path: '/places/{slug}', page: PlacePage, param: 'slug' },
  { kind: 'page', path: '/organizations/{slug}', page: OrganizationPage, param: 'slug' },
  { kind: 'endpoint', path: '/rss.xml', endpoint: rss },
  { kind: 'endpoint', path: '/atom.xml', endpoint: atom },
  { kind: 'endpoint', path: '/feed.json', endpoint: feedJson },
  { kind: 'endpoint', path: '/sections/{slug}/rss.xml', endpoint: sectionRss, param: 'slug' },
  { kind: 'endpoint', path: '/tags/{slug}/feed.json', endpoint: tagJson, param: 'slug' },
  { kind: 'endpoint', path: '/authors/{slug}/atom.xml', endpoint: authorAtom, param: 'slug' },
  { kind: 'endpoint', path: '/sitemap.xml', endpoint: sitemap },
  { kind: 'endpoint', path: '/sitemaps/{name}.xml', endpoint: sitemapPart, param: 'name' },
  { kind: 'endpoint', path: '/news-sitemap.xml', endpoint: newsSitemap },
  { kind: 'endpoint', path: '/robots.txt', endpoint: robots },
  { kind: 'form' },
  { kind: 'form' },
];

let api: RealApi;
beforeAll(async () => {
  api = await startRealApi(NEWSROOM);
});
afterAll(async () => {
  await api.close();
});

describe('fuzzing the site', () => {
  it(`answers ${REQUESTS.toLocaleString('en-GB')} random page, feed and form requests without a 5xx`, { timeout: 240_000 }, async () => {
    const pick = random(SEED);
    const failures: string[] = [];
    const statuses = new Map<number, number>();
    for (let n = 0; n < REQUESTS; n++) {
      const target = pick.pick(TARGETS);
      const value = pick.pick(HOSTILE);
      const query = PARAMS.filter(() => pick.chance(0.15)).map((name) => `${name}=${encode(pick.pick(HOSTILE))}`);
      let described = '';
      try {
        let response: Response;
        if (target.kind === 'form') {
          const slug = pick.chance(0.7) ? pick.pick(PUBLIC_SLUGS) : value;
          const type = pick.pick([
            'application/x-www-form-urlencoded',
            'multipart/form-data; boundary=XYZ',
            'multipart/form-data',
            'text/plain',
            'application/json',
          ]);
          const body = pick.pick([
            `authorName=${encode(pick.pick(HOSTILE))}&body=${encode(pick.pick(HOSTILE))}&parentId=${encode(pick.pick(HOSTILE))}`,
            `authorName=Ann&body=${encode(pick.pick(['A fine story, thank you.', ...HOSTILE]))}`,
            '--XYZ\r\nContent-Disposition: form-data; name="body"\r\n\r\nunterminated',
            '%%%',
            '{"authorName":"Ann","body":"Hi"}',
          ]);
          described = `POST /articles/${slug}/comments ${type} ${body.slice(0, 80)}`;
          const request = new Request(`${ORIGIN}/articles/${encode(slug)}/comments`, {
            method: 'POST',
            headers: { 'content-type': type, origin: ORIGIN },
            body,
          });
          response = await renderPage(CommentsPage, { params: { slug }, request });
        } else {
          const path = target.path.replace(/\{\w+\}/, encode(value));
          const url = new URL(`${path}${query.length ? `?${query.join('&')}` : ''}`, ORIGIN);
          described = `GET ${url.pathname}${url.search}`;
          const params = target.param ? { [target.param]: value } : {};
          response =
            target.kind === 'page'
              ? await renderPage(target.page, { params, request: new Request(url) })
              : await target.endpoint.GET({ url, params, request: new Request(url) } as unknown as APIContext);
        }
        await response.arrayBuffer();
        statuses.set(response.status, (statuses.get(response.status) ?? 0) + 1);
        if (response.status >= 500 && failures.length < 20) failures.push(`${response.status} ${described}`);
      } catch (err) {
        if (failures.length < 20)
          failures.push(`threw ${err instanceof Error ? `${err.name}: ${err.message}` : String(err)}: ${described}`);
      }
    }
    if (process.env.FUZZ_DEBUG) console.log([...statuses]);
    expect(failures, `seed ${SEED}`).toEqual([]);
    expect([...statuses.values()].reduce((a, b) => a + b, 0)).toBe(REQUESTS);
  });
});
