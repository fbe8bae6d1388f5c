/**
 * @module
 * Tests of link counting and the link hold.
 */
import { describe, expect, it } from 'vitest';
import { countLinks, linkHoldReason } from './links.ts';

describe('countLinks', () => {
  it('counts addresses with a scheme or www., wherever they sit in the text', () => {
    expect(countLinks('Read https://example.org/a?b=1, then (http://example.net) and www.example.com.')).toBe(3);
    expect(countLinks('HTTPS://EXAMPLE.ORG and Www.Example.Org')).toBe(2);
  });

  it('does not count bare names, e-mail addresses or the words http and www', () => {
    expect(countLinks('example.com, ana@example.org, the http protocol, www is short for world wide web')).toBe(0);
  });
});

describe('linkHoldReason', () => {
  it('holds more than two links and lets two through', () => {
    expect(linkHoldReason('https://a.example https://b.example')).toBeNull();
    expect(linkHoldReason('https://a.example https://b.example www.c.example')).toBe('3 links (more than 2)');
  });
});
