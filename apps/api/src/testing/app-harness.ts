/**
 * @module
 * The app over a real, empty, migrated store of either kind, so route tests run against SQLite
 * and PostgreSQL alike.
 */
import { afterAll, afterEach, beforeAll } from 'vitest';
import { type AppDeps, createApp } from '../app.ts';
import type { Store } from '../store/store.ts';
import { NOW } from './fixtures.ts';
import { type StoreKind, storeHarness } from './store-harness.ts';

/** An app and the store behind it. */
export interface TestApp {
  app: ReturnType<typeof createApp>;
  store: Store;
}

/**
 * Registers the set-up and clean-up hooks of `kind`'s databases in the current `describe`, and
 * returns a function making a fresh app (clock at `NOW`) over a fresh store for each test.
 *
 * @example
 * describe.each(STORE_KINDS)('%s', (kind) => {
 *   const freshApp = useTestApp(kind);
 *   it('answers', async () => { const { app } = await freshApp(); await app.request('/healthz'); });
 * });
 */
export function useTestApp(kind: StoreKind, deps: Partial<AppDeps> = {}): () => Promise<TestApp> {
  const harness = storeHarness(kind);
  beforeAll(() => harness.setup(), 30_000);
  afterEach(() => harness.cleanup());
  afterAll(() => harness.teardown());
  return async () => {
    const store = await (await harness.fresh()).openMigrated();
    return { store, app: createApp({ now: () => NOW, ...deps, store }) };
  };
}
