/// <reference types="vitest/config" />
/**
 * @module
 * Vitest with Astro's Vite setup, so tests can import `.astro` components and render them with
 * the container API.
 */
import { getViteConfig } from 'astro/config';

export default getViteConfig({
  test: {
    include: ['src/**/*.test.ts'],
  },
});
