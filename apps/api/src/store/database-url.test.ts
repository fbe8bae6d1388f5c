/**
 * @module
 * Tests of how databases are described to people.
 */
import { describe, expect, it } from 'vitest';
import { describeDatabase } from './database-url.ts';

describe('describeDatabase', () => {
  it('never shows a password', () => {
    expect(describeDatabase({ kind: 'postgres', url: 'postgres://news:s3cr3t@db:5432/news' })).toBe('postgres://news:***@db:5432/news');
    expect(describeDatabase({ kind: 'sqlite', path: ':memory:' })).toBe('SQLite in memory');
    expect(describeDatabase({ kind: 'sqlite', path: '/srv/data/dateline.db' })).toBe('SQLite /srv/data/dateline.db');
  });
});
