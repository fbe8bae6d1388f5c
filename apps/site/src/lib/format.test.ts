/** @module */
import { describe, expect, it } from 'vitest';
import { formatDateTime, formatReadingTime, isMeaningfulUpdate } from './format.ts';

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
  it('ignores an update stamped with the publication itself', () => {
    expect(isMeaningfulUpdate('2026-05-08T09:30:00Z', '2026-05-08T09:30:00.000Z')).toBe(false);
    expect(isMeaningfulUpdate('2026-05-08T09:30:00Z', '2026-05-08T09:30:59Z')).toBe(false);
  });

  it('reports an update a minute or more after publication', () => {
    expect(isMeaningfulUpdate('2026-05-08T09:30:00Z', '2026-05-08T09:31:00Z')).toBe(true);
  });

  it('reports nothing for an article never published', () => {
    expect(isMeaningfulUpdate(null, '2026-05-08T09:31:00Z')).toBe(false);
  });
});

describe('formatReadingTime', () => {
  it('says how many minutes, never fewer than one', () => {
    expect(formatReadingTime(4)).toBe('4 min read');
    expect(formatReadingTime(0)).toBe('1 min read');
  });
});
