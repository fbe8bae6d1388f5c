/**
 * @module
 * The typed API client for the configured API_URL, made once per address rather than per request,
 * sending its requests with `apiFetch` (see transport.ts).
 */
import { type Client, createClient } from '@dateline/api/client';
import { readConfig } from './config.ts';
import { apiFetch } from './transport.ts';

let cached: { apiUrl: string; client: Client } | undefined;

/** The client for the current API_URL, and the deadline for each request. */
export function api(): { client: Client; timeoutMs: number } {
  const { apiUrl, apiTimeoutMs } = readConfig();
  if (cached?.apiUrl !== apiUrl) cached = { apiUrl, client: createClient(apiUrl, { fetch: apiFetch }) };
  return { client: cached.client, timeoutMs: apiTimeoutMs };
}
