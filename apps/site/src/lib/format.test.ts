/** @module */
import { describe, expect, it } from 'vitest';
import { fr } from '../messages/index.ts';
import { formatDateTime, formatReadingTime, isMeaningfulUpdate, nameListParts, utcTimestamp } from './format.ts';

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

  it("writes the time in the newsroom's zone and language, naming the zone", () => {
    const newYork = { locale: 'en-US', timeZone: 'America/New_York' };
    expect(formatDateTime('2026-05-08T09:30:00Z', newYork)).toBe('May 8, 2026 at 05:30 AM EDT');
    // Winter time, and the day before in New York.
    expect(formatDateTime('2026-12-08T03:30:00Z', newYork)).toBe('December 7, 2026 at 10:30 PM EST');
    expect(formatDateTime('2026-05-08T09:30:00Z', { locale: 'fr-FR', timeZone: 'Europe/Paris' })).toBe('8 mai 2026 à 11:30 UTC+2');
  });

  it('keeps the formats of different settings apart', () => {
    const iso = '2026-05-08T09:30:00Z';
    expect(formatDateTime(iso, { locale: 'de-DE', timeZone: 'UTC' })).toBe('8. Mai 2026 um 09:30 UTC');
    expect(formatDateTime(iso)).toBe('8 May 2026 at 09:30 UTC');
  });
});

describe('utcTimestamp', () => {
  it('gives the moment in UTC for machines, whatever offset it came with', () => {
    expect(utcTimestamp('2026-05-08T11:30:00+02:00')).toBe('2026-05-08T09:30:00.000Z');
    expect(utcTimestamp('2026-05-08T09:30:00Z')).toBe('2026-05-08T09:30:00Z');
    expect(utcTimestamp('soon')).toBe('soon');
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

  it("words it with the language's message", () => {
    expect(formatReadingTime(4.4, fr.readingTime)).toBe('4 min de lecture');
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

  it("joins them in the newsroom's language", () => {
    expect(nameListParts(['Ana Lima', 'Tom Reed'], 'fr-FR').map((p) => p.text)).toEqual(['Ana Lima', ' et ', 'Tom Reed']);
  });

  it('gives a single name alone and no names as nothing', () => {
    expect(nameListParts(['Ana Lima'])).toEqual([{ text: 'Ana Lima', index: 0 }]);
    expect(nameListParts([])).toEqual([]);
  });
});
