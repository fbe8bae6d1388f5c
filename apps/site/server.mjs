#!/usr/bin/env node
/**
 * @module
 * The site in production: `node apps/site/server.mjs` after `astro build`. Listens on HOST and
 * PORT (default 127.0.0.1:4321) and renders pages from the API at API_URL, with a page cache in
 * front (PAGE_CACHE=off, PAGE_CACHE_TTL_MS, PAGE_CACHE_STALE_MS, PAGE_CACHE_MAX_BYTES,
 * PAGE_CACHE_BYPASS_COOKIES).
 * SIGTERM or SIGINT stops it once requests in flight have been answered.
 */
import { fileURLToPath } from 'node:url';
import { readServerSettings } from './src/server/settings.ts';
import { startSiteServer } from './src/server/site-server.ts';

const { handler } = await import('./dist/server/entry.mjs').catch((error) => {
  console.error('The site is not built: run `npm run build` first.');
  throw error;
});

const settings = readServerSettings();
const site = await startSiteServer({
  render: handler,
  clientDir: fileURLToPath(new URL('./dist/client/', import.meta.url)),
  settings,
}).catch((error) => {
  // A port another program holds is the operator's to sort out: one line, not a stack trace.
  const reasons = {
    EADDRINUSE: 'the address is in use (another program, or the site already running)',
    EACCES: 'permission denied',
    EADDRNOTAVAIL: 'no such address on this machine',
  };
  const reason = reasons[error?.code];
  if (!reason) throw error;
  console.error(`Cannot listen on ${settings.host}:${settings.port}: ${reason}; stop it, or set HOST and PORT.`);
  process.exit(1);
});
const cache = settings.pageCache ? `page cache ${settings.pageCache.ttlMs} ms` : 'page cache off';
console.log(`Site listening on ${site.url} (${cache})`);

const stop = () => {
  process.off('SIGTERM', stop);
  process.off('SIGINT', stop);
  void site.close();
};
process.on('SIGTERM', stop);
process.on('SIGINT', stop);
