/**
 * @module
 * Reading request headers without building the request's Fetch `Headers`. Under
 * `@hono/node-server` that object is made on first use from Node's raw headers, which costs more
 * than everything else a cached read does; Node has already parsed them into a plain object.
 */
import type { Context } from 'hono';

type Incoming = { incoming?: { headers?: Record<string, string | string[] | undefined> } } | undefined;

/**
 * The value of the request header `name` (lower case), as `c.req.header(name)` gives it.
 *
 * @example
 * requestHeader(c, 'if-none-match');
 */
export function requestHeader(c: Context, name: string): string | undefined {
  const headers = (c.env as Incoming)?.incoming?.headers;
  if (!headers) return c.req.header(name);
  const value = headers[name];
  return Array.isArray(value) ? value.join(', ') : value;
}
