// @ts-check
/**
 * @module
 * The desk: server-rendered by the Node adapter under the base path /desk, with the editor and
 * the forms as client scripts. The adapter runs in middleware mode: `server.mjs` is the server
 * (DESK_PORT, static files, /v1 forwarded to the API) and calls the `handler` that
 * dist/server/entry.mjs exports. API_URL is read at run time, so one build serves any deployment.
 */
import node from '@astrojs/node';
import { defineConfig, passthroughImageService } from 'astro/config';

process.env.ASTRO_TELEMETRY_DISABLED ??= '1';

export default defineConfig({
  base: '/desk',
  output: 'server',
  adapter: node({ mode: 'middleware' }),
  server: { port: 4322 },
  session: false,
  image: { service: passthroughImageService() },
  devToolbar: { enabled: false },
  trailingSlash: 'ignore',
  // State-changing requests go to the API, which checks the session's CSRF token; the desk's own
  // paste endpoint changes nothing.
  security: { checkOrigin: false },
  vite: {
    build: { assetsInlineLimit: 0 },
  },
});
