/**
 * @module
 * Tests of what readers may see of an article, the one rule feeds, sitemaps and the stores follow.
 */
import { describe, expect, it } from 'vitest';
import { isPublic } from './article.ts';

const now = new Date('2026-05-08T12:00:00Z');

describe('isPublic', () => {
  it('shows a published article once its publication time has come, and nothing else', () => {
    expect(isPublic({ status: 'published', publishedAt: '2026-05-08T11:59:59Z' }, now)).toBe(true);
    expect(isPublic({ status: 'published', publishedAt: '2026-05-08T12:00:00+00:00' }, now)).toBe(true);
    expect(isPublic({ status: 'published', publishedAt: '2026-05-08T12:00:01Z' }, now)).toBe(false);
    expect(isPublic({ status: 'published', publishedAt: null }, now)).toBe(false);
    for (const status of ['draft', 'review', 'archived'] as const) {
      expect(isPublic({ status, publishedAt: '2026-05-01T00:00:00Z' }, now)).toBe(false);
    }
  });
});
