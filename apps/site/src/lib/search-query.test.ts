/** @module */
import { describe, expect, it } from 'vitest';
import { appliedFields, parseSearch, searchPath, withoutFilter } from './search-query.ts';

const parse = (query: string) => parseSearch(new URLSearchParams(query));

describe('parseSearch', () => {
  it('reads the words and turns the names readers type into slugs', () => {
    const { fields, request, errors } = parse('q=+night+ferry+&section=Local+News&tag=Ferries&author=Maya%20Okafor');
    expect(fields).toMatchObject({ q: 'night ferry', section: 'Local News', author: 'Maya Okafor' });
    expect(request).toEqual({ q: 'night ferry', section: 'local-news', tag: 'ferries', author: 'maya-okafor' });
    expect(errors).toEqual({});
  });

  it('reads whole days, the end day included', () => {
    const { request } = parse('q=x&from=2026-05-01&to=2026-05-31');
    expect(request.from?.toISOString()).toBe('2026-05-01T00:00:00.000Z');
    expect(request.to?.toISOString()).toBe('2026-06-01T00:00:00.000Z');
  });

  it('reports dates it cannot use and leaves them out of the search', () => {
    const bad = parse('q=x&from=2026-02-30&to=next+week');
    expect(Object.keys(bad.errors).sort()).toEqual(['from', 'to']);
    expect(bad.request).toEqual({ q: 'x' });
    const backwards = parse('q=x&from=2026-05-10&to=2026-05-01');
    expect(backwards.errors.to).toMatch(/on or after the start date/);
    expect(backwards.request).toEqual({ q: 'x' });
  });

  it('reads people, places and organisations as slugs too', () => {
    expect(parse('q=x&person=Vladimir+Putin&place=Moscow&organization=the+Kremlin').request).toEqual({
      q: 'x',
      person: 'vladimir-putin',
      place: 'moscow',
      organization: 'the-kremlin',
    });
  });

  it('reports a filter that leaves nothing to search by and drops it, and keeps the cursor', () => {
    const { request, errors } = parse('q=x&section=%E2%80%94&tag=&cursor=abc');
    expect(request).toEqual({ q: 'x', cursor: 'abc' });
    expect(errors).toEqual({ section: 'Enter a name with at least one letter or digit.' });
  });

  it('gives an empty query for a missing or blank q', () => {
    expect(parse('').request.q).toBe('');
    expect(parse('q=%20%20').request.q).toBe('');
  });
});

describe('searchPath', () => {
  it('keeps the filled-in fields and the cursor, in a stable order', () => {
    expect(searchPath({ q: 'ferry & pier', section: 'Local', tag: '', from: '2026-05-01' }, 'c2')).toBe(
      '/search?q=ferry+%26+pier&section=Local&from=2026-05-01&cursor=c2',
    );
    expect(searchPath({})).toBe('/search');
  });

  it('leaves out one filter, every filter, or the ones the search could not use', () => {
    const { fields, request } = parse('q=x&place=Moscow&from=2026-02-30&to=2026-05-01');
    expect(searchPath(withoutFilter(fields, 'place'))).toBe('/search?q=x&from=2026-02-30&to=2026-05-01');
    expect(searchPath(withoutFilter(fields))).toBe('/search?q=x');
    expect(searchPath(appliedFields(fields, request))).toBe('/search?q=x&place=Moscow&to=2026-05-01');
  });
});

describe('parseSearch on hostile input', () => {
  it('drops control characters from the query and filters, and a cursor that is not base64url', () => {
    const { fields, request } = parseSearch(new URLSearchParams('q=market\u0000s&person=a\u0000b&cursor=a\u0000b'));
    expect(fields.q).toBe('markets');
    expect(request).toEqual({ q: 'markets', person: 'ab' });
  });
});
