/**
 * @module
 * Tests of listing cursors.
 */
import { describe, expect, it } from 'vitest';
import { decodeCursor, encodeCursor } from './cursor.ts';

const position = { order: 'newest', at: '2026-05-08T09:30:00.000Z', id: 'a1' } as const;

describe('cursors', () => {
  it('round-trips a position as URL-safe text', () => {
    const cursor = encodeCursor(position);
    expect(cursor).toMatch(/^[A-Za-z0-9_-]+$/);
    expect(decodeCursor(cursor, 'newest')).toEqual(position);
  });

  it('rejects text it did not issue', () => {
    expect(() => decodeCursor('not a cursor', 'newest')).toThrowErrorMatchingInlineSnapshot(
      `[InvalidCursorError: is not a cursor this API issued]`,
    );
    const forged = Buffer.from(JSON.stringify({ o: 'newest', t: 'yesterday', i: 'a1' })).toString('base64url');
    expect(() => decodeCursor(forged, 'newest')).toThrow('is not a cursor this API issued');
  });

  it('rejects a cursor of the other order', () => {
    expect(() => decodeCursor(encodeCursor(position), 'oldest')).toThrowErrorMatchingInlineSnapshot(
      `[InvalidCursorError: was issued for order=newest, not order=oldest]`,
    );
  });
});
