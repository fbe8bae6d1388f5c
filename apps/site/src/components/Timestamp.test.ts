/** @module */
import { describe, expect, it } from 'vitest';
import { dom, render, text } from '../test/render.ts';
import Timestamp from './Timestamp.astro';

describe('Timestamp', () => {
  it('gives machines the ISO time and readers a formatted one', async () => {
    const time = dom(await render(Timestamp, { props: { iso: '2026-05-08T09:30:00Z' } })).querySelector('time');
    expect(time?.getAttribute('datetime')).toBe('2026-05-08T09:30:00Z');
    expect(text(time)).toBe('8 May 2026 at 09:30 UTC');
  });
});
