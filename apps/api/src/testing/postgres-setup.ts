/**
 * @module
 * Setup file of the `postgres` test project: tells `testStore()` where each test begins and
 * ends, so that what a test wrote never reaches the next one, and marks each test's result with
 * its database (`meta.store` in the JSON report, where both projects share file and test names).
 */
import { afterAll, afterEach, beforeAll, beforeEach } from 'vitest';
import { beginTest, endFile, endTest, prepareSchema } from './postgres-test-stores.ts';

declare module 'vitest' {
  interface TaskMeta {
    store?: 'sqlite' | 'postgres';
  }
}

beforeAll(() => prepareSchema(), 60_000);
// Registered before the test file's own hooks, so this runs first before a test and, since
// after-hooks run in reverse, last after it: once the file has closed what it opened.
beforeEach(({ task }) => {
  task.meta.store = 'postgres';
  beginTest();
});
afterEach(() => endTest());
afterAll(() => endFile());
