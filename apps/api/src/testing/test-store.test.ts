/**
 * @module
 * Tests of `testStore()` itself, on the database of the project running them: a test starts with
 * nothing of what the test before it wrote, and only stores opened on one path share a database.
 * The first two tests run in order on purpose.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createApp } from '../app.ts';
import { createToken } from '../services/tokens.ts';
import type { Store } from '../store/store.ts';
import { addComment } from './comments.ts';
import { NOW, save, story, TEST_STORE_KIND, testStore } from './fixtures.ts';

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'dateline-test-store-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

const listing = async (store: Store) => {
  const res = await createApp({ store, now: () => NOW }).request('/v1/articles');
  return (await res.json()) as { total: number; items: { slug: string }[] };
};

describe(`testStore() on ${TEST_STORE_KIND}`, () => {
  it('writes an article, a comment and a token, and leaves them behind', async () => {
    const store = await testStore();
    const article = await save(store, story(1, { slug: 'left-behind' }));
    await addComment(store, article);
    await createToken(store, { name: 'left-behind', role: 'editor' });
    expect(await listing(store)).toMatchObject({ total: 1, items: [{ slug: 'left-behind' }] });
  });

  it('starts the next test with none of it', async () => {
    const store = await testStore();
    expect(await listing(store)).toMatchObject({ total: 0, items: [] });
    expect(await store.listTokens()).toEqual([]);
    expect(await store.listSections({ includeHidden: true, now: NOW })).toEqual([]);
    await save(store, story(1, { slug: 'left-behind' }));
    await createToken(store, { name: 'left-behind', role: 'editor' });
    expect(await listing(store)).toMatchObject({ total: 1 });
  });

  it('shares a database between the stores opened on one path, and only those', async () => {
    const path = join(dir, 'shared.db');
    const [api, importer, elsewhere] = [await testStore(path), await testStore(path), await testStore()];
    await save(importer, story(1, { slug: 'shared' }));
    expect((await listing(api)).items.map((a) => a.slug)).toEqual(['shared']);
    expect(await listing(elsewhere)).toMatchObject({ total: 0 });
    for (const store of [api, importer, elsewhere]) await store.close();
  });
});
