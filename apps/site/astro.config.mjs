// @ts-check
/**
 * @module
 * The reader site: server-rendered by the Node adapter, no client-side JavaScript. The adapter
 * runs in middleware mode: `server.mjs` is the server (HOST, PORT, static files and a page cache
 * in front of Astro) and calls the `handler` that dist/server/entry.mjs exports. The API address
 * is read from API_URL at run time in src/data/config.ts, so one build serves any deployment.
 */
import node from '@astrojs/node';
import { defineConfig, passthroughImageService } from 'astro/config';

// `astro build` and `astro check` send usage reports unless told not to; this project opts out
// wherever Astro runs, not only through the root scripts.
process.env.ASTRO_TELEMETRY_DISABLED ??= '1';

export default defineConfig({
  output: 'server',
  // Pages are rendered whole and sent in one write with a Content-Length: every page fetches its
  // data before it writes anything, so streaming would send nothing sooner, only in more pieces.
  adapter: node({ mode: 'middleware', experimentalDisableStreaming: true }),
  server: { port: 4321 },
  // Nothing here needs sessions; without them the adapter adds no session store.
  session: false,
  // sharp is not installed; images are served as the API gives them.
  image: { service: passthroughImageService() },
  devToolbar: { enabled: false },
  // The stylesheets go into each page: a <link> to one would block the first paint for another
  // round trip (Lighthouse's render-blocking and request-chain audits, about 70 ms on a phone's
  // network), and the whole of them is a few kilobytes once compressed. The policy in
  // src/server/answer-headers.ts allows each inline stylesheet by its hash.
  build: { inlineStylesheets: 'always' },
  // One address per page (a later page cache keys on it): /articles/x/ redirects to /articles/x.
  trailingSlash: 'never',
  // Cross-site form posts are refused by src/middleware.ts instead, which also accepts the public
  // origin in SITE_URL: behind a proxy that terminates TLS, Astro sees only http://… requests.
  security: { checkOrigin: false },
});
