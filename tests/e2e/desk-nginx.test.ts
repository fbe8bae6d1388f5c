/**
 * @module
 * The production nginx configuration (deploy/nginx/dateline.conf, as tests/support/nginx.ts
 * starts it: ports and cache folder substituted, nothing else) in front of one API, one site and
 * the desk on one origin: the desk's pages, its sign-in and a save go through /desk and /v1, the
 * site through /. Each process stands in both places of its pair of upstreams. Skipped when nginx
 * is not installed.
 */
import { existsSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Browser, openBrowser } from '../support/browser.ts';
import { type RunningNginx, startNginx } from '../support/nginx.ts';
import { freePort } from '../support/processes.ts';
import { completeSetupForm, type DeskStack, setupLink, startDeskStack } from './desk-stack.ts';

const nginxPath = process.env.NGINX_PATH ?? '/usr/sbin/nginx';
const installed = existsSync(nginxPath);

describe.skipIf(!installed)(
  `the desk behind the production nginx configuration on one origin${installed ? '' : ` (skipped: no nginx at ${nginxPath})`}`,
  () => {
    let stack: DeskStack;
    let proxy: RunningNginx;
    let origin: string;
    let browser: Browser;

    beforeAll(async () => {
      const listen = await freePort();
      origin = `http://127.0.0.1:${listen}`;
      // The API's links and allowed origin are the proxy's, as in production.
      stack = await startDeskStack({ DESK_URL: origin, SITE_URL: origin });
      const port = (running: { url: string }) => Number(new URL(running.url).port);
      const [api, site] = [port(stack.api), port(stack.site)];
      proxy = await startNginx({ api: [api, api], site: [site, site], desk: port(stack.desk) }, { listen });
      browser = await openBrowser({ javaScript: true });
    });

    afterAll(async () => {
      if (process.env.DEBUG_NGINX) console.log(proxy?.config, proxy?.errorLog());
      await browser?.close();
      await proxy?.stop();
      await stack?.stop();
    });

    it('serves the site at /, the desk at /desk and the API at /v1 on the one origin', async () => {
      expect((await fetch(`${origin}/`)).status).toBe(200);
      expect((await fetch(`${origin}/v1/articles`)).status).toBe(200);
      // The desk itself sends /desk on to /desk/.
      const desk = await fetch(`${origin}/desk`, { redirect: 'manual' });
      expect(desk.status).toBe(302);
      expect(desk.headers.get('location')).toMatch(/\/desk\/$/);
      expect((await fetch(`${origin}/desk/sign-in`)).status).toBe(200);
    });

    it('sets up an admin, signs in and saves a story through the proxy', async () => {
      const link = (await setupLink(stack)).replace(/^https?:\/\/[^/]+/, origin);
      const page = await browser.context.newPage();
      await completeSetupForm(page, link, { name: 'Nia Nginx', email: 'nia@example.org' });
      const cookies = await browser.context.cookies(origin);
      expect(cookies.find((c) => c.httpOnly)?.path).toBe('/');
      await page.goto(`${origin}/desk/stories/harbour-ferry-returns-after-winter-repairs`);
      await page.waitForSelector('html[data-editor-ready]');
      await page.getByLabel('Headline').fill('Harbour ferry returns, saved through nginx');
      await page.waitForFunction(() => document.getElementById('save-status')?.textContent === 'Saved', null, { timeout: 15_000 });
      const stored = (await (await fetch(`${origin}/v1/articles/harbour-ferry-returns-after-winter-repairs`)).json()) as {
        headline: string;
      };
      expect(stored.headline).toBe('Harbour ferry returns, saved through nginx');
      await page.close();
    });
  },
);
