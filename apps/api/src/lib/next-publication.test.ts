/**
 * @module
 * Tests of the remembered next publication: asked of the store again whenever the answer could
 * differ (another revision, a time before the one asked for, or past the publication it named).
 */
import { describe, expect, it } from 'vitest';
import type { Store } from '../store/store.ts';
import { nextPublicationAt } from './next-publication.ts';

const at = (minutes: number) => new Date(Date.UTC(2026, 5, 1, 12, minutes));

/** A store whose next publication is `next`, counting how often it is asked. */
function storeWith(next: Date | null) {
  const asked: Date[] = [];
  const store = {
    nextPublicationAfter: async (now: Date) => {
      asked.push(now);
      return next !== null && next > now ? next : null;
    },
  } as unknown as Store;
  return { store, asked };
}

describe('nextPublicationAt', () => {
  it('answers later requests of the same revision until the publication it named', async () => {
    const { store, asked } = storeWith(at(30));
    expect(await nextPublicationAt(store, 7, at(0))).toEqual(at(30));
    expect(await nextPublicationAt(store, 7, at(29))).toEqual(at(30));
    expect(asked).toHaveLength(1);
    // At the publication the article is public and the answer changes.
    expect(await nextPublicationAt(store, 7, at(30))).toBeNull();
    expect(asked).toHaveLength(2);
  });

  it('asks the store again for another revision, an earlier time, or no revision', async () => {
    const { store, asked } = storeWith(null);
    await nextPublicationAt(store, 7, at(10));
    await nextPublicationAt(store, 7, at(20));
    expect(asked).toHaveLength(1);
    await nextPublicationAt(store, 8, at(20));
    await nextPublicationAt(store, 8, at(5));
    await nextPublicationAt(store, null, at(25));
    await nextPublicationAt(store, null, at(25));
    expect(asked).toEqual([at(10), at(20), at(5), at(25), at(25)]);
  });
});
