/**
 * @module
 * `npm start`: the API (with the sample articles loaded into an empty database), the site and
 * the desk, side by side, until Ctrl-C stops them all.
 */
import { spawn } from 'node:child_process';
import { createServer } from 'node:net';
import { root } from './toolchain.mjs';

const apiPort = process.env.API_PORT ?? '8787';
const sitePort = process.env.PORT ?? '4321';
const deskPort = process.env.DESK_PORT ?? '4322';
const host = process.env.HOST ?? '127.0.0.1';

/** The ports `npm start` listens on: what each is for, the port, and the variable that sets it. */
export const START_PORTS = [
  ['the API', apiPort, 'API_PORT'],
  ['the site', sitePort, 'PORT'],
  ['the desk', deskPort, 'DESK_PORT'],
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
      resolve(
        {
          EADDRINUSE: 'is taken by another program',
          EACCES: 'may not be used by this user',
          EADDRNOTAVAIL: 'is not an address of this machine',
        }[err.code] ?? err.message,
      ),
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
      // Waiting on 'exit' events cannot reject, so there is no failure to handle here.
      void Promise.all(children.map((c) => (c.exitCode === null ? new Promise((r) => c.once('exit', r)) : null))).then(() => resolve(code));
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

function startDeskProcess(env, apiUrl) {
  return spawn('node', ['apps/desk/server.mjs'], {
    cwd: root,
    env: { ...env, API_URL: apiUrl, HOST: host, DESK_PORT: deskPort },
    stdio: 'inherit',
  });
}

/** Starts the API, the site and the desk, and resolves with an exit code once all have stopped. */
export async function startAll(env) {
  if (!(await checkPorts(START_PORTS))) return 1;
  const apiUrl = `http://${host}:${apiPort}`;
  const api = spawn('node', ['apps/api/src/cli.ts', 'serve', '--samples'], {
    cwd: root,
    // The setup and invitation links the API prints lead to this desk.
    env: { ...env, HOST: host, PORT: apiPort, DESK_URL: env.DESK_URL ?? `http://${host}:${deskPort}` },
    stdio: 'inherit',
  });
  const children = [api];
  const done = supervise(children);
  if (!(await waitFor(`${apiUrl}/healthz`, api, 60))) return done;
  const site = startSiteProcess(env, apiUrl);
  const desk = startDeskProcess(env, apiUrl);
  children.push(site, desk);
  for (const child of [site, desk]) child.once('exit', () => api.exitCode === null && api.kill('SIGTERM'));
  const [siteUp, deskUp] = await Promise.all([
    waitFor(`http://${host}:${sitePort}/`, site, 60),
    waitFor(`http://${host}:${deskPort}/desk/sign-in`, desk, 60),
  ]);
  if (siteUp && deskUp) {
    console.log(
      `\n  Dateline is running\n  API:  ${apiUrl}  (try ${apiUrl}/v1/articles)\n  Site: http://${host}:${sitePort}\n  Desk: http://${host}:${deskPort}/desk/\n  Ctrl-C stops them all.\n`,
    );
  }
  return done;
}

/** Starts the built site alone, honouring API_URL, HOST and PORT. */
export async function startSite(env) {
  if (!(await checkPorts([['the site', sitePort, 'PORT']]))) return 1;
  const site = startSiteProcess(env, process.env.API_URL ?? 'http://127.0.0.1:8787');
  return supervise([site]);
}
