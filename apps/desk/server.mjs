#!/usr/bin/env node
/**
 * @module
 * The desk in production: `node apps/desk/server.mjs` after `astro build`. Listens on HOST and
 * DESK_PORT (default 127.0.0.1:4322), serves the desk under /desk and forwards /v1 to API_URL.
 * SIGTERM or SIGINT stops it once requests in flight have been answered.
 */
import { fileURLToPath } from 'node:url';
import { startDeskServer } from './src/server/desk-server.ts';
import { readDeskSettings } from './src/server/settings.ts';

const { handler } = await import('./dist/server/entry.mjs').catch((error) => {
  console.error('The desk is not built: run `npm run build` first.');
  throw error;
});

const settings = readDeskSettings();
const desk = await startDeskServer({
  render: handler,
  clientDir: fileURLToPath(new URL('./dist/client/', import.meta.url)),
  settings,
});
console.log(`Desk listening on ${desk.url}/desk/ (API ${settings.apiUrl})`);

const stop = () => {
  process.off('SIGTERM', stop);
  process.off('SIGINT', stop);
  void desk.close();
};
process.on('SIGTERM', stop);
process.on('SIGINT', stop);
