/**
 * @module
 * Real nginx on loopback, from the reference configuration in `deploy/nginx/dateline.conf` with
 * only its ports and cache path changed, run as a child process (not a daemon) with its own
 * prefix, temporary folders, pid file and logs under a temporary folder, so it needs no root path.
 * Debian's package is installed first when nginx is missing and the tests run as root.
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { chmodSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { freePort } from './processes.ts';
import { repoRoot } from './paths.ts';

/** The reference configuration the tests run. */
const NGINX_CONFIG = join(repoRoot, 'deploy/nginx/dateline.conf');

/** The ports the reference configuration names, by role, in the order it lists them. */
const REFERENCE_PORTS = { api: [8787, 8788], site: [4321, 4323], desk: 4322, internalApi: 8780 } as const;

/**
 * The nginx binary: `NGINX_PATH`, else Debian's, installed with apt-get when missing and allowed
 * (root); throws saying how to get it otherwise.
 *
 * @example
 * const bin = ensureNginx(); // '/usr/sbin/nginx'
 */
function ensureNginx(): string {
  const bin = process.env.NGINX_PATH ?? '/usr/sbin/nginx';
  if (existsSync(bin)) return bin;
  if (process.getuid?.() === 0 && existsSync('/usr/bin/apt-get')) {
    const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
    spawnSync('apt-get', ['update', '-qq'], { env, stdio: 'ignore', timeout: 300_000 });
    spawnSync('apt-get', ['install', '-y', '-qq', 'nginx'], { env, stdio: 'ignore', timeout: 300_000 });
    if (existsSync(bin)) return bin;
  }
  throw new Error(`These tests need nginx at ${bin} (apt-get install nginx, or set NGINX_PATH)`);
}

/** Where nginx sends each role; `desk` may be a port nothing listens on. */
export interface NginxUpstreams {
  api: [number, number];
  site: [number, number];
  desk: number;
}

export interface RunningNginx {
  /** The public origin: the site, the API and the desk. */
  url: string;
  /** The internal listener the sites read the API through. */
  internalApiUrl: string;
  /** The configuration nginx was started with (the reference file, substituted). */
  config: string;
  /** The upstream address (`127.0.0.1:port`) of each request so far, from the access log. */
  upstreamLog(): string[];
  errorLog(): string;
  /** `nginx -s reload`: new workers on the same configuration, old ones finish their requests. */
  reload(): Promise<void>;
  stop(): Promise<void>;
}

/**
 * The reference configuration with the test's ports and cache folder: every port and path it
 * replaces must be there, so a change to the file that this would silently miss fails instead.
 *
 * @example
 * const conf = substituteConfig(readFileSync(NGINX_CONFIG, 'utf8'), { listen: 20001, internalApi: 20002, upstreams, cacheDir });
 */
function substituteConfig(
  source: string,
  options: { listen: number; internalApi: number; upstreams: NginxUpstreams; cacheDir: string },
): string {
  const { upstreams } = options;
  const replacements: [RegExp, string][] = [
    [/^(\s*)listen 80;$/m, `$1listen 127.0.0.1:${options.listen};`],
    [/^\s*listen \[::\]:80;\n/m, ''],
    [new RegExp(`listen 127\\.0\\.0\\.1:${REFERENCE_PORTS.internalApi};`), `listen 127.0.0.1:${options.internalApi};`],
    [/\/var\/cache\/nginx\/dateline/g, options.cacheDir],
    [new RegExp(`server 127\\.0\\.0\\.1:${REFERENCE_PORTS.api[0]}\\b`), `server 127.0.0.1:${upstreams.api[0]}`],
    [new RegExp(`server 127\\.0\\.0\\.1:${REFERENCE_PORTS.api[1]}\\b`), `server 127.0.0.1:${upstreams.api[1]}`],
    [new RegExp(`server 127\\.0\\.0\\.1:${REFERENCE_PORTS.site[0]}\\b`), `server 127.0.0.1:${upstreams.site[0]}`],
    [new RegExp(`server 127\\.0\\.0\\.1:${REFERENCE_PORTS.site[1]}\\b`), `server 127.0.0.1:${upstreams.site[1]}`],
    [new RegExp(`server 127\\.0\\.0\\.1:${REFERENCE_PORTS.desk}\\b`), `server 127.0.0.1:${upstreams.desk}`],
  ];
  let config = source;
  for (const [pattern, value] of replacements) {
    if (!pattern.test(config)) throw new Error(`${NGINX_CONFIG} no longer has ${pattern}: update tests/support/nginx.ts`);
    config = config.replace(pattern, value);
  }
  return config;
}

/**
 * Starts nginx in front of the given processes and waits until it answers. `listen` is the
 * public port, for processes that must know their origin before nginx starts (any free port
 * otherwise); one process may stand in both places of a pair.
 *
 * @example
 * const nginx = await startNginx({ api: [api1Port, api2Port], site: [site1Port, site2Port], desk: deskPort });
 * await fetch(`${nginx.url}/v1/articles`);
 */
export async function startNginx(upstreams: NginxUpstreams, options: { listen?: number } = {}): Promise<RunningNginx> {
  const bin = ensureNginx();
  const dir = mkdtempSync(join(tmpdir(), 'dateline-nginx-'));
  try {
    return await startIn(bin, dir, upstreams, options.listen ?? (await freePort()));
  } catch (err) {
    rmSync(dir, { recursive: true, force: true });
    throw err;
  }
}

async function startIn(bin: string, dir: string, upstreams: NginxUpstreams, listen: number): Promise<RunningNginx> {
  // Run as root, nginx's workers run as nobody: they must reach the folder to write their cache.
  chmodSync(dir, 0o755);
  const internalApi = await freePort();
  const config = substituteConfig(readFileSync(NGINX_CONFIG, 'utf8'), { listen, internalApi, upstreams, cacheDir: join(dir, 'cache') });
  writeFileSync(join(dir, 'dateline.conf'), config);
  const mime = existsSync('/etc/nginx/mime.types') ? 'include /etc/nginx/mime.types;' : '';
  writeFileSync(
    join(dir, 'nginx.conf'),
    `# The http block Debian's nginx.conf gives, reduced to what a test needs.
daemon off;
worker_processes 2;
pid ${dir}/nginx.pid;
error_log ${dir}/error.log warn;
events { worker_connections 1024; }
http {
  ${mime}
  log_format upstreams '$upstream_addr $status $request_method $uri';
  access_log ${dir}/access.log upstreams;
  client_body_temp_path ${dir}/client_body;
  proxy_temp_path ${dir}/proxy;
  fastcgi_temp_path ${dir}/fastcgi;
  uwsgi_temp_path ${dir}/uwsgi;
  scgi_temp_path ${dir}/scgi;
  include ${dir}/dateline.conf;
}
`,
  );
  const args = ['-p', dir, '-c', join(dir, 'nginx.conf'), '-e', join(dir, 'error.log')];
  const check = spawnSync(bin, ['-t', ...args], { encoding: 'utf8' });
  if (check.status !== 0) throw new Error(`nginx -t failed:\n${check.stderr}`);
  const child: ChildProcess = spawn(bin, args, { stdio: ['ignore', 'ignore', 'pipe'] });
  let stderr = '';
  child.stderr?.on('data', (d) => (stderr += d));
  const url = `http://127.0.0.1:${listen}`;
  const read = (name: string) => (existsSync(join(dir, name)) ? readFileSync(join(dir, name), 'utf8') : '');
  const deadline = Date.now() + 10_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`nginx exited with ${child.exitCode}: ${stderr}${read('error.log')}`);
    try {
      await fetch(`${url}/healthz`);
      break;
    } catch {
      if (Date.now() > deadline) {
        child.kill('SIGQUIT');
        throw new Error(`nginx did not listen on ${url}: ${read('error.log')}`);
      }
      await new Promise((r) => setTimeout(r, 100));
    }
  }
  return {
    url,
    internalApiUrl: `http://127.0.0.1:${internalApi}`,
    config,
    upstreamLog: () =>
      read('access.log')
        .split('\n')
        .filter(Boolean)
        .map((line) => line.split(' ')[0]!),
    errorLog: () => read('error.log'),
    async reload() {
      const result = spawnSync(bin, [...args, '-s', 'reload'], { encoding: 'utf8' });
      if (result.status !== 0) throw new Error(`nginx -s reload failed: ${result.stderr}`);
    },
    stop: () =>
      new Promise<void>((done) => {
        const finish = () => {
          rmSync(dir, { recursive: true, force: true });
          done();
        };
        if (child.exitCode !== null) return finish();
        child.once('exit', finish);
        // SIGQUIT: nginx's graceful stop.
        child.kill('SIGQUIT');
      }),
  };
}
