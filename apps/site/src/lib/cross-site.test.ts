/** @module */
import { describe, expect, it } from 'vitest';
import { isCrossSitePost } from './cross-site.ts';

const post = (origin?: string, url = 'http://127.0.0.1:4321/articles/x/comments') =>
  new Request(url, { method: 'POST', headers: origin ? { origin } : {}, body: 'authorName=A&body=B' });

describe('isCrossSitePost', () => {
  it('lets through reads, and posts from the address the request came to', () => {
    expect(isCrossSitePost(new Request('http://127.0.0.1:4321/'), undefined)).toBe(false);
    expect(isCrossSitePost(post('http://127.0.0.1:4321'), undefined)).toBe(false);
  });

  it('lets through posts from the public origin behind a proxy that terminates TLS', () => {
    expect(isCrossSitePost(post('https://news.example.org'), 'https://news.example.org')).toBe(false);
  });

  it('refuses posts from other sites, from opaque origins and without an origin', () => {
    expect(isCrossSitePost(post('https://attacker.example'), 'https://news.example.org')).toBe(true);
    expect(isCrossSitePost(post('http://127.0.0.1:9999'), undefined)).toBe(true);
    expect(isCrossSitePost(post('null'), undefined)).toBe(true);
    expect(isCrossSitePost(post(), 'https://news.example.org')).toBe(true);
  });
});
