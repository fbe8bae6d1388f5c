/** @module */
import { describe, expect, it } from 'vitest';
import { formatDateTime, formatReadingTime, isMeaningfulUpdate, nameListParts } from './format.ts';

describe('formatDateTime', () => {
  it('shows the day, month, year and time in UTC, naming the zone', () => {
    expect(formatDateTime('2026-05-08T09:30:00Z')).toBe('8 May 2026 at 09:30 UTC');
  });

  it('converts offsets to UTC so every reader sees the same time', () => {
    expect(formatDateTime('2026-05-08T23:30:00-02:00')).toBe('9 May 2026 at 01:30 UTC');
  });

  it('returns an unreadable timestamp as it came rather than "Invalid Date"', () => {
    expect(formatDateTime('soon')).toBe('soon');
  });
});

describe('isMeaningfulUpdate', () => {
  const published = '2026-05-08T09:30:00Z';

  it('ignores saves within ten minutes of publication', () => {
    expect(isMeaningfulUpdate({ publishedAt: published, createdAt: published, updatedAt: '2026-05-08T09:30:00.000Z' })).toBe(false);
    expect(isMeaningfulUpdate({ publishedAt: published, createdAt: published, updatedAt: '2026-05-08T09:40:00Z' })).toBe(false);
  });

  it('reports a save more than ten minutes after publication', () => {
    expect(isMeaningfulUpdate({ publishedAt: published, createdAt: published, updatedAt: '2026-05-08T09:40:01Z' })).toBe(true);
  });

  it('does not call an old story imported today updated', () => {
    const imported = '2026-06-01T12:00:00Z';
    expect(isMeaningfulUpdate({ publishedAt: published, createdAt: imported, updatedAt: imported })).toBe(false);
    expect(isMeaningfulUpdate({ publishedAt: published, createdAt: imported, updatedAt: '2026-06-02T08:00:00Z' })).toBe(true);
  });

  it('reports nothing for an article never published', () => {
    expect(isMeaningfulUpdate({ publishedAt: null, createdAt: published, updatedAt: '2026-05-09T09:31:00Z' })).toBe(false);
  });
});

describe('formatReadingTime', () => {
  it('says how many minutes, never fewer than one', () => {
    expect(formatReadingTime(4)).toBe('4 min read');
    expect(formatReadingTime(0)).toBe('1 min read');
  });
});

describe('nameListParts', () => {
  it('joins names as they are said, each name marked with its place in the list', () => {
    expect(nameListParts(['Ana Lima', 'Tom Reed', 'Jo Park'])).toEqual([
      { text: 'Ana Lima', index: 0 },
      { text: ', ' },
      { text: 'Tom Reed', index: 1 },
      { text: ' and ' },
      { text: 'Jo Park', index: 2 },
    ]);
  });

  it('gives a single name alone and no names as nothing', () => {
    expect(nameListParts(['Ana Lima'])).toEqual([{ text: 'Ana Lima', index: 0 }]);
    expect(nameListParts([])).toEqual([]);
  });
});
