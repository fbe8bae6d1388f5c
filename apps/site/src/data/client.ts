/**
 * @module
 * The typed API client for the configured API_URL, made once per address rather than per request.
 */
import { type Client, createClient } from '@dateline/api/client';
import { readConfig } from './config.ts';

let cached: { apiUrl: string; client: Client } | undefined;

/** The client for the current API_URL, and the deadline for each request. */
export function api(): { client: Client; timeoutMs: number } {
  const { apiUrl, apiTimeoutMs } = readConfig();
  if (cached?.apiUrl !== apiUrl) cached = { apiUrl, client: createClient(apiUrl) };
  return { client: cached.client, timeoutMs: apiTimeoutMs };
}
