/**
 * @module
 * The desk server's settings from the environment, refused with the variable's name when invalid.
 */

export interface DeskSettings {
  host: string;
  port: number;
  /** Where `/v1/*` is forwarded. */
  apiUrl: string;
}

/**
 * Reads HOST, DESK_PORT (default 4322) and API_URL (default http://127.0.0.1:8787).
 *
 * @example
 * readDeskSettings({ DESK_PORT: '20001' }).port; // 20001
 */
export function readDeskSettings(env: NodeJS.ProcessEnv = process.env): DeskSettings {
  const port = Number(env.DESK_PORT ?? '4322');
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new Error(`DESK_PORT must be a port number, not "${env.DESK_PORT}".`);
  const apiUrl = env.API_URL ?? 'http://127.0.0.1:8787';
  if (!URL.canParse(apiUrl) || !/^https?:$/.test(new URL(apiUrl).protocol))
    throw new Error(`API_URL must be an http(s) URL, not "${apiUrl}".`);
  return { host: env.HOST ?? '127.0.0.1', port, apiUrl: apiUrl.replace(/\/+$/, '') };
}
