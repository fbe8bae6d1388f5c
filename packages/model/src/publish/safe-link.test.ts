/** @module */
import { describe, expect, it } from 'vitest';
import { safeImageSrc, safeLink } from './safe-link.ts';

describe('safeLink', () => {
  it.each([
    ['https://example.org/report', true],
    ['HTTP://example.org', true],
    ['mailto:desk@example.org', false],
    ['/articles/harbour-history', false],
    ['#sources', false],
  ])('keeps %s (external: %s)', (href, external) => {
    expect(safeLink(href)).toEqual({ href, external });
  });

  it.each([
    'javascript:alert(1)',
    'JavaScript:alert(1)',
    'java\tscript:alert(1)',
    ' javascript:alert(1)',
    'data:text/html,<script>alert(1)</script>',
    'vbscript:msgbox(1)',
    '//evil.example/path',
    '/\\evil.example/path',
    '/\t/evil.example',
    'https://',
    'ftp://example.org/file',
    'relative/path',
  ])('refuses %j', (href) => {
    expect(safeLink(href)).toBeNull();
  });
});

describe('safeImageSrc', () => {
  it('keeps http(s) URLs and site paths', () => {
    expect(safeImageSrc('https://images.example.org/a.jpg')).toBe('https://images.example.org/a.jpg');
    expect(safeImageSrc('/samples/ferry.svg')).toBe('/samples/ferry.svg');
  });

  it('refuses data:, mailto: and fragments as image sources', () => {
    expect(safeImageSrc('data:image/svg+xml,<svg onload="alert(1)"/>')).toBeNull();
    expect(safeImageSrc('mailto:a@example.org')).toBeNull();
    expect(safeImageSrc('#top')).toBeNull();
  });
});
