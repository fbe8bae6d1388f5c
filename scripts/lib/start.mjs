/**
 * @module
 * `npm start`: the API (with the sample articles loaded into an empty database) and the site,
 * side by side, until Ctrl-C stops both.
 */
import { spawn } from 'node:child_process';
import { createServer } from 'node:net';
import { root } from './toolchain.mjs';

const apiPort = process.env.API_PORT ?? '8787';
const sitePort = process.env.PORT ?? '4321';
const host = process.env.HOST ?? '127.0.0.1';

/** The ports `npm start` listens on: what each is for, the port, and the variable that sets it. */
export const START_PORTS = [
  ['the API', apiPort, 'API_PORT'],
  ['the site', sitePort, 'PORT'],
];

async function waitFor(url, child, seconds) {
  for (let i = 0; i < seconds * 4; i += 1) {
    if (child.exitCode !== null) return false;
    try {
      const res = await fetch(url);
      if (res.ok) return true;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  return false;
}

/** Why `port` on `host` cannot be listened on (`in use`, `not allowed`…), or null when it is free. */
function portProblem(port, host) {
  return new Promise((resolve) => {
    const probe = createServer();
    probe.once('error', (err) =>
      resolve({ EADDRINUSE: 'is taken by another program', EACCES: 'may not be used by this user', EADDRNOTAVAIL: 'is not an address of this machine' }[err.code] ?? err.message),
    );
    probe.listen(Number(port), host, () => probe.close(() => resolve(null)));
  });
}

/**
 * Checks every port before anything starts; prints one line for the first that cannot be used
 * and returns false. `ports` pairs a description with the port and the variable that sets it.
 *
 * @example
 * if (!(await checkPorts(START_PORTS))) process.exitCode = 1;
 */
export async function checkPorts(ports) {
  for (const [what, port, variable] of ports) {
    const problem = await portProblem(port, host);
    if (problem) {
      console.error(`Cannot start: port ${port} on ${host} (${what}) ${problem}; stop what uses it, or set ${variable} to another port.`);
      return false;
    }
  }
  return true;
}

function supervise(children) {
  return new Promise((resolve) => {
    let stopping = false;
    const stop = (code) => {
      if (stopping) return;
      stopping = true;
      for (const child of children) if (child.exitCode === null) child.kill('SIGTERM');
      Promise.all(children.map((c) => (c.exitCode === null ? new Promise((r) => c.once('exit', r)) : null))).then(() =>
        resolve(code),
      );
    };
    process.on('SIGINT', () => stop(0));
    process.on('SIGTERM', () => stop(0));
    for (const child of children) child.once('exit', (code) => stop(stopping ? 0 : (code ?? 1)));
  });
}

function startSiteProcess(env, apiUrl) {
  return spawn('node', ['apps/site/server.mjs'], {
    cwd: root,
    env: { ...env, API_URL: apiUrl, HOST: host, PORT: sitePort },
    stdio: 'inherit',
  });
}

/** Starts the API and the site and resolves with an exit code once both have stopped. */
export async function startAll(env) {
  if (!(await checkPorts(START_PORTS))) return 1;
  const apiUrl = `http://${host}:${apiPort}`;
  const api = spawn('node', ['apps/api/src/cli.ts', 'serve', '--samples'], {
    cwd: root,
    env: { ...env, HOST: host, PORT: apiPort },
    stdio: 'inherit',
  });
  const children = [api];
  const done = supervise(children);
  if (!(await waitFor(`${apiUrl}/healthz`, api, 60))) return done;
  const site = startSiteProcess(env, apiUrl);
  children.push(site);
  site.once('exit', () => api.exitCode === null && api.kill('SIGTERM'));
  if (await waitFor(`http://${host}:${sitePort}/`, site, 60)) {
    console.log(`\n  Dateline is running\n  API:  ${apiUrl}  (try ${apiUrl}/v1/articles)\n  Site: http://${host}:${sitePort}\n  Ctrl-C stops both.\n`);
  }
  return done;
}

/** Starts the built site alone, honouring API_URL, HOST and PORT. */
export async function startSite(env) {
  if (!(await checkPorts([['the site', sitePort, 'PORT']]))) return 1;
  const site = startSiteProcess(env, process.env.API_URL ?? 'http://127.0.0.1:8787');
  return supervise([site]);
}
