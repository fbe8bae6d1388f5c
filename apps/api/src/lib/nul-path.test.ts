import { describe, expect, it } from 'vitest';
import { nulPath } from './nul-path.ts';

describe('nulPath', () => {
  it('names the field holding a NUL character, in keys and values alike', () => {
    expect(nulPath({ headline: 'ok', tags: ['a', 'b\u0000'] })).toBe('tags[1]');
    expect(nulPath({ meta: { 'x\u0000': 1 } })).toBe('meta.x\u0000');
    expect(nulPath('a\u0000')).toBe('(root)');
    expect(nulPath({ headline: 'ok', body: [{ text: 'fine' }] })).toBeUndefined();
  });

  it('searches a body nested 50,000 deep without spelling out a path at each step', () => {
    // Copying the path at every level made this hundreds of millions of copies: the request
    // held the event loop for seconds and the test ran out of time.
    let deep: unknown = ['\u0000'];
    for (let i = 0; i < 50_000; i++) deep = [deep];
    expect(nulPath(deep)).toBe(`${'[0]'.repeat(50_001)}`);
    const wide = { items: Array.from({ length: 200_000 }, (_, i) => ({ name: `n${i}` })) };
    expect(nulPath(wide)).toBeUndefined();
  });
});
