/// <reference types="vitest/config" />
/**
 * @module
 * Vitest with Astro's Vite setup, so tests import the desk's modules as the build does.
 */
import { getViteConfig } from 'astro/config';

export default getViteConfig({
  test: {
    include: ['src/**/*.test.ts'],
  },
});
