import type { OutgoingHttpHeaders } from 'node:http';
import { describe, expect, it } from 'vitest';
import { etagOf, mayStore, mayUseCache } from './cache-rules.ts';

describe('mayUseCache', () => {
  it.each([
    ['GET', {}, true],
    ['HEAD', {}, true],
    ['POST', {}, false],
    ['GET', { cookie: 'anything=1' }, false],
    ['GET', { authorization: 'Basic eDp5' }, false],
  ] as const)('%s with %o: %s', (method, headers, expected) => {
    expect(mayUseCache(method, headers, null)).toBe(expected);
  });

  it('with named cookies, looks for those names only', () => {
    const names = new Set(['flash']);
    expect(mayUseCache('GET', { cookie: 'theme=dark; flashy=1' }, names)).toBe(true);
    expect(mayUseCache('GET', { cookie: 'theme=dark; flash=posted' }, names)).toBe(false);
    expect(mayUseCache('GET', { cookie: 'flash' }, names)).toBe(false);
  });
});

describe('mayStore', () => {
  it.each([
    [200, {}, true],
    [200, { 'cache-control': 'public, s-maxage=300' }, true],
    [200, { vary: 'Accept-Encoding' }, true],
    [201, {}, false],
    [301, { location: '/x' }, false],
    [200, { 'set-cookie': ['flash=1'] }, false],
    [200, { 'cache-control': 'no-store' }, false],
    [200, { 'cache-control': 'public, no-cache="set-cookie"' }, false],
    [200, { 'cache-control': 'max-age=0, private' }, false],
    [200, { vary: 'Accept-Encoding, Cookie' }, false],
  ] satisfies [number, OutgoingHttpHeaders, boolean][])('%i with %o: %s', (status, headers, expected) => {
    expect(mayStore(status, headers)).toBe(expected);
  });
});

describe('ETags', () => {
  it('are the same for the same bytes and differ for others', () => {
    expect(etagOf(Buffer.from('<p>a</p>'))).toBe(etagOf(Buffer.from('<p>a</p>')));
    expect(etagOf(Buffer.from('<p>a</p>'))).not.toBe(etagOf(Buffer.from('<p>b</p>')));
  });
});
