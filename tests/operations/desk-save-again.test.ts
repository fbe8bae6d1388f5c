/**
 * @module
 * The desk editor benchmark's saves (apps/desk/bench/save-again.ts): a save answered 412 because
 * the story changed since the last one reads the story again and saves over it, as the desk's
 * "keep mine" does, and says how many times it had to, instead of ending the benchmark.
 */
import { describe, expect, it } from 'vitest';
import { saveAgainOnStale } from '../../apps/desk/bench/save-again.ts';

/** A story on a fake server: a save must name its current ETag; `changeBehind` bumps it as enrichment would. */
function story() {
  let version = 1;
  const sent: (string | null)[] = [];
  return {
    sent,
    changeBehind: () => void version++,
    save: async (etag: string | null) => {
      sent.push(etag);
      if (etag !== `"v${version}"`) return { status: 412, etag: null };
      version++;
      return { status: 200, etag: `"v${version}"` };
    },
    reread: async () => `"v${version}"`,
  };
}

describe('a save of the editor benchmark', () => {
  it('saves at once with a current ETag, with no retry', async () => {
    const s = story();
    expect(await saveAgainOnStale(s.save, s.reread, '"v1"')).toEqual({ answer: { status: 200, etag: '"v2"' }, etag: '"v2"', retries: 0 });
  });

  it('after a 412 reads the story again and saves over its current version, counting the retry', async () => {
    const s = story();
    s.changeBehind();
    const saved = await saveAgainOnStale(s.save, s.reread, '"v1"');
    expect(saved).toMatchObject({ answer: { status: 200 }, etag: '"v3"', retries: 1 });
    expect(s.sent).toEqual(['"v1"', '"v2"']);
  });

  it('gives up with a clear error when every save is answered 412', async () => {
    const stale = async () => ({ status: 412, etag: null });
    await expect(saveAgainOnStale(stale, async () => '"v9"', '"v1"')).rejects.toThrow('a save answered 412 4 times in a row');
  });

  it('hands back any other answer for the caller to judge', async () => {
    const refused = async () => ({ status: 403, etag: null });
    expect(await saveAgainOnStale(refused, async () => null, '"v1"')).toMatchObject({ answer: { status: 403 }, retries: 0 });
  });
});
