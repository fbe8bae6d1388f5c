/**
 * @module
 * Tests of toJsonFeed: validated with Ajv against a JSON Schema of JSON Feed 1.1 written from the
 * specification (json-feed.schema.json), and read back with a real feed parser (feedsmith).
 */
import { Ajv2020 } from 'ajv/dist/2020.js';
import addFormatsModule from 'ajv-formats';
import { parseJsonFeed } from 'feedsmith';
import { describe, expect, it } from 'vitest';
import { fullArticle, shortArticle, SITE } from '../testing/feed-articles.ts';
import schema from './json-feed.schema.json' with { type: 'json' };
import { toJsonFeed } from './json-feed.ts';
import { renderBlocksHtml, renderBlocksText } from './render-blocks.ts';

// ajv-formats is CommonJS; under Node's ESM loader its default export is the plugin itself.
const addFormats = addFormatsModule as unknown as (ajv: Ajv2020) => Ajv2020;
const validate = addFormats(new Ajv2020({ allErrors: true })).compile(schema);

const NOW = new Date('2026-05-08T12:00:00Z');
const full = fullArticle();
const fullUrl = 'https://news.example.org/articles/harbour-lights-return';
const feed = toJsonFeed(SITE, [shortArticle(1, NOW), full], { selfUrl: 'https://news.example.org/feed.json' });

function errors(document: unknown): string[] {
  return validate(document) ? [] : (validate.errors ?? []).map((e) => `${e.instancePath || '/'} ${e.message ?? ''}`);
}

describe('toJsonFeed', () => {
  it('is valid JSON Feed 1.1, also after a trip through JSON', () => {
    expect(errors(feed)).toEqual([]);
    expect(errors(JSON.parse(JSON.stringify(feed)))).toEqual([]);
    expect(errors(toJsonFeed(SITE, [], { selfUrl: 'https://news.example.org/feed.json' }))).toEqual([]);
  });

  it('describes the feed: version, title, home page, own address, description, language, publisher', () => {
    const { items, ...top } = feed;
    expect(top).toEqual({
      version: 'https://jsonfeed.org/version/1.1',
      title: 'The Harbour Gazette',
      home_page_url: 'https://news.example.org/',
      feed_url: 'https://news.example.org/feed.json',
      description: 'News from the harbour & the islands.',
      authors: [{ name: 'The Harbour Gazette', url: 'https://news.example.org/' }],
      language: 'en',
    });
    expect(items).toHaveLength(2);
  });

  it('gives each item the full article as HTML and as text, with summary, image, dates, authors and tags', () => {
    const item = feed.items[1];
    expect(item).toMatchObject({
      id: fullUrl,
      url: fullUrl,
      title: full.headline,
      summary: full.standfirst,
      image: 'https://news.example.org/media/lamps.jpg',
      date_published: '2026-05-08T09:30:00.000Z',
      date_modified: '2026-05-08T10:30:00.000Z',
      authors: [
        { name: 'Ana Lima', url: 'https://news.example.org/authors/ana-lima' },
        { name: 'Tom Reed', url: 'https://tom.example.net/' },
      ],
      tags: ['Local', 'Harbour', 'Volunteers'],
      language: 'en',
    });
    expect(item?.content_html).toContain(renderBlocksHtml(full.body, { baseUrl: fullUrl }));
    expect(item?.content_text).toBe(renderBlocksText(full.body));
  });

  it('reads back with a feed parser', () => {
    const parsed = parseJsonFeed(JSON.parse(JSON.stringify(feed)));
    expect(parsed.title).toBe('The Harbour Gazette');
    expect(parsed.items?.map((i) => i.id)).toEqual(['https://news.example.org/articles/ferry-timetable-update-1', fullUrl]);
    expect(parsed.items?.[1]?.content_html).toBe(feed.items[1]?.content_html);
  });

  it('points to where an article first appeared, when it did elsewhere', () => {
    const syndicated = shortArticle(2, NOW, { canonicalUrl: 'https://wire.example.com/story/1' });
    const [item] = toJsonFeed(SITE, [syndicated], { selfUrl: 'https://news.example.org/feed.json' }).items;
    expect(item?.external_url).toBe('https://wire.example.com/story/1');
    expect(item?.url).toBe('https://news.example.org/articles/ferry-timetable-update-2');
  });
});

describe('the JSON Feed 1.1 schema', () => {
  it('refuses what the specification forbids', () => {
    const item = feed.items[0];
    expect(errors({ ...feed, version: 'https://jsonfeed.org/version/1' })).toContain('/version must be equal to constant');
    expect(errors({ ...feed, items: [{ ...item, content_html: undefined, content_text: undefined }] })).toContain(
      '/items/0 must match a schema in anyOf',
    );
    expect(errors({ ...feed, items: [{ ...item, url: '/articles/relative' }] })).toContain('/items/0/url must match format "uri"');
    expect(errors({ ...feed, items: [{ ...item, date_published: '8 May 2026' }] })).toContain(
      '/items/0/date_published must match format "date-time"',
    );
    expect(errors({ ...feed, authors: [{}] })).toContain('/authors/0 must match a schema in anyOf');
    expect(errors({ ...feed, colour: 'blue' })).toContain('/ must NOT have additional properties');
    expect(errors({ ...feed, _dateline: { edition: 'late' } })).toEqual([]);
  });
});
