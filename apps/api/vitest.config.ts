/**
 * @module
 * Two test projects. `sqlite` runs every test. `postgres` runs the route and app tests again,
 * with `testStore()` handing out PostgreSQL stores (DATELINE_TEST_STORE), so the API is checked
 * over both databases with the same assertions; reports label each test with its project.
 */
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    // Creating and dropping a PostgreSQL database takes seconds when the server is busy; the
    // default 10 s for a hook turned a passing suite red on a loaded machine.
    hookTimeout: 60_000,
    // A test file's first story loads the entity lists and the enrichment code (about a second
    // alone); with a full run on two busy cores that took over 5 s, the default, three times.
    testTimeout: 20_000,
    projects: [
      { extends: true, test: { name: 'sqlite', include: ['src/**/*.test.ts'] } },
      {
        extends: true,
        test: {
          name: 'postgres',
          include: ['src/app.test.ts', 'src/lib/*.test.ts', 'src/routes/**/*.test.ts', 'src/testing/test-store.test.ts'],
          exclude: [
            // Runs on both databases by itself (describe.each over STORE_KINDS).
            'src/routes/search/search.test.ts',
            // Tests the cache alone, without an app or a store.
            'src/lib/response-cache.test.ts',
            // Runs on both databases by itself, with real server processes.
            'src/lib/response-cache-processes.test.ts',
          ],
          env: { DATELINE_TEST_STORE: 'postgres' },
          // The files a worker runs share its modules: the app is imported once rather than once
          // a file, and the schemas one file emptied serve the next. None of them mocks a module
          // or changes the environment, which would leak into the files after it.
          isolate: false,
          globalSetup: ['src/testing/postgres-global-setup.ts'],
          setupFiles: ['src/testing/postgres-setup.ts'],
        },
      },
    ],
  },
});
