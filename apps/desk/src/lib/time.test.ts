/** @module */
import { describe, expect, it } from 'vitest';
import { configuredTimeZone, formatTime, utcToZoned, zonedToUtc } from './time.ts';

describe('zonedToUtc and utcToZoned', () => {
  it('read a scheduled time in the newsroom zone and store it in UTC, summer and winter', () => {
    expect(zonedToUtc('2026-07-01T09:30', 'Europe/London')).toBe('2026-07-01T08:30:00.000Z');
    expect(zonedToUtc('2026-01-15T09:30', 'Europe/London')).toBe('2026-01-15T09:30:00.000Z');
    expect(zonedToUtc('2026-01-15T09:30', 'America/New_York')).toBe('2026-01-15T14:30:00.000Z');
    expect(zonedToUtc('2026-01-15T09:30', 'Asia/Kolkata')).toBe('2026-01-15T04:00:00.000Z');
    expect(zonedToUtc('2026-01-15T09:30:45', 'Asia/Kolkata')).toBe('2026-01-15T04:00:45.000Z');
  });

  it('give back the same wall-clock time', () => {
    for (const zone of ['Europe/Berlin', 'Australia/Sydney', 'UTC']) {
      expect(utcToZoned(zonedToUtc('2026-03-29T12:15', zone)!, zone)).toBe('2026-03-29T12:15');
    }
  });

  it('refuse what is not a time', () => {
    expect(zonedToUtc('tomorrow', 'UTC')).toBeNull();
  });
});

describe('configuredTimeZone and formatTime', () => {
  it('accept a real zone only', () => {
    expect(configuredTimeZone({ DESK_TIME_ZONE: 'Europe/Paris' })).toBe('Europe/Paris');
    expect(configuredTimeZone({ DESK_TIME_ZONE: 'Mars/Olympus' })).toBeNull();
    expect(configuredTimeZone({})).toBeNull();
  });

  it('shows the zone beside the time', () => {
    expect(formatTime('2026-05-09T08:00:00Z', 'Europe/London')).toMatch(/09:00.*(BST|GMT\+1)/);
  });
});
