/**
 * @module
 * The README's nginx configuration (docs/deploy/nginx.conf) in front of the API, the site and the
 * desk on one origin: the desk's pages, its sign-in and a save go through /desk and /v1, the site
 * through /. Skipped when nginx is not installed. TLS is left out (no certificate here): the
 * ports and the listen lines are rewritten, nothing else.
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Browser, openBrowser } from '../support/browser.ts';
import { repoRoot } from '../support/paths.ts';
import { freePort } from '../support/processes.ts';
import { completeSetupForm, type DeskStack, setupLink, startDeskStack } from './desk-stack.ts';

const nginx = ['/usr/sbin/nginx', '/usr/local/sbin/nginx', '/usr/bin/nginx'].find((path) => spawnSync(path, ['-v']).status === 0);

describe.skipIf(!nginx)(`the desk behind nginx on one origin${nginx ? '' : ' (skipped: nginx is not installed)'}`, () => {
  let stack: DeskStack;
  let proxy: ChildProcess;
  let origin: string;
  let dir: string;
  let browser: Browser;

  beforeAll(async () => {
    const port = await freePort();
    origin = `http://127.0.0.1:${port}`;
    // The API's links and allowed origin are the proxy's, as in production.
    stack = await startDeskStack({ DESK_URL: origin, SITE_URL: origin });
    dir = mkdtempSync(join(tmpdir(), 'dateline-nginx-'));
    const server = readFileSync(join(repoRoot, 'docs/deploy/nginx.conf'), 'utf8')
      .replace('server 127.0.0.1:8787;', `server ${new URL(stack.api.url).host};`)
      .replace('server 127.0.0.1:4321;', `server ${new URL(stack.site.url).host};`)
      .replace('server 127.0.0.1:4322;', `server ${new URL(stack.desk.url).host};`)
      .replace(/listen 443 ssl;\n\s*http2 on;/, `listen 127.0.0.1:${port};`)
      .replace(/\s*ssl_certificate[^\n]*\n/g, '\n')
      .replace(/server \{\n\s*listen 80;[\s\S]*?\n\}\n/, '');
    const conf = join(dir, 'nginx.conf');
    writeFileSync(
      conf,
      `daemon off;\nworker_processes 1;\npid ${dir}/nginx.pid;\nerror_log ${dir}/error.log;\nevents { worker_connections 64; }\n` +
        `http {\n  access_log off;\n  client_body_temp_path ${dir}/body;\n  proxy_temp_path ${dir}/proxy;\n  fastcgi_temp_path ${dir}/fastcgi;\n  uwsgi_temp_path ${dir}/uwsgi;\n  scgi_temp_path ${dir}/scgi;\n${server}\n}\n`,
    );
    proxy = spawn(nginx!, ['-c', conf, '-p', dir], { stdio: 'ignore' });
    for (let i = 0; i < 40; i++) {
      try {
        if ((await fetch(`${origin}/desk/sign-in`)).ok) break;
      } catch {
        await new Promise((r) => setTimeout(r, 250));
      }
    }
    browser = await openBrowser({ javaScript: true });
  });

  afterAll(async () => {
    if (process.env.DEBUG_NGINX) console.log(readFileSync(join(dir, 'nginx.conf'), 'utf8'), readFileSync(join(dir, 'error.log'), 'utf8'));
    await browser?.close();
    if (proxy && proxy.exitCode === null) {
      proxy.kill('SIGTERM');
      await new Promise((r) => proxy.once('exit', r));
    }
    await stack?.stop();
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  it('serves the site at /, the desk at /desk and the API at /v1 on the one origin', async () => {
    expect((await fetch(`${origin}/`)).status).toBe(200);
    expect((await fetch(`${origin}/v1/articles`)).status).toBe(200);
    const desk = await fetch(`${origin}/desk`, { redirect: 'manual' });
    expect(desk.status).toBe(301);
    expect(desk.headers.get('location')).toMatch(/\/desk\/$/);
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
    const stored = (await (await fetch(`${origin}/v1/articles/harbour-ferry-returns-after-winter-repairs`)).json()) as { headline: string };
    expect(stored.headline).toBe('Harbour ferry returns, saved through nginx');
    await page.close();
  });
});
