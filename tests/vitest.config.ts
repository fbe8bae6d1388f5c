import { defineConfig } from 'vitest/config';

// These tests start real processes; one file at a time keeps ports and CPU predictable.
export default defineConfig({
  test: {
    fileParallelism: false,
    testTimeout: 60_000,
    hookTimeout: 90_000,
  },
});
