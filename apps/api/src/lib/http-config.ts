/**
 * @module
 * The environment variables of the HTTP layer, validated with the rest of the configuration
 * (`env.ts` spreads `HTTP_ENV` into its schema):
 *
 * - `CORS_ORIGINS`: origins allowed to write from a browser, comma-separated
 *   (`https://newsroom.example.org,http://localhost:4321`); reads are open to every origin.
 * - `TRUST_PROXY`: proxies whose `X-Forwarded-For` is believed, as IP addresses or CIDR ranges,
 *   comma-separated, or `none`. Default: loopback (`127.0.0.0/8,::1`), which fits a reverse proxy
 *   or the site on the same host and cannot be spoofed from outside it.
 * - `LOG_FORMAT`: `json` (one object per line, for log collectors) or `text`. Default: `json` when
 *   `NODE_ENV=production`, `text` otherwise.
 * - `NODE_ENV=production` also logs one line per request at `info` (at `debug` otherwise, so a
 *   developer's terminal is not flooded by page views).
 * - `PUBLIC_API_URL`: the API's public address (`https://news.example.org`), named as the server
 *   in the OpenAPI document; unset, each request's own origin is named.
 * - `RESPONSE_CACHE_MAX_BYTES`: memory the cache of public answers may take, their compressed
 *   forms included (see `response-cache.ts`). Default: 64 MiB.
 */
import { z } from 'zod';
import { clientIpConfig, DEFAULT_TRUSTED_PROXIES, TrustedProxyError } from './client-ip.ts';
import { normaliseOrigin } from './cors.ts';
import { LOG_FORMATS, type LogFormat } from './logger.ts';
import { DEFAULT_CACHE_BYTES } from './response-cache.ts';

/** The HTTP layer's configuration. */
export interface HttpConfig {
  corsOrigins: string[];
  trustProxy: string[];
  logFormat: LogFormat;
  requestLogLevel: 'debug' | 'info';
  publicUrl: string | undefined;
  responseCacheBytes: number;
}

const list = (value: string) =>
  value
    .split(',')
    .map((v) => v.trim())
    .filter((v) => v !== '');

const CACHE_BYTES_MESSAGE = 'must be a number of bytes (0 keeps no answers)';

const ORIGINS_MESSAGE = 'must be origins such as https://newsroom.example.org, separated by commas';

function validProxies(value: string): boolean {
  if (value.trim().toLowerCase() === 'none') return true;
  try {
    clientIpConfig(list(value));
    return true;
  } catch (err) {
    if (err instanceof TrustedProxyError) return false;
    throw err;
  }
}

/** The variables, for `EnvSchema`; each is a string as the environment gives it. */
export const HTTP_ENV = {
  CORS_ORIGINS: z
    .string()
    .refine((v) => list(v).every((o) => normaliseOrigin(o) !== null), ORIGINS_MESSAGE)
    .transform((v) => list(v).map((o) => normaliseOrigin(o)!))
    .default([]),
  TRUST_PROXY: z
    .string()
    .refine(validProxies, 'must be IP addresses or CIDR ranges (e.g. 10.0.0.0/8), separated by commas, or none')
    .transform((v) => (v.trim().toLowerCase() === 'none' ? [] : list(v)))
    .default([...DEFAULT_TRUSTED_PROXIES]),
  LOG_FORMAT: z
    .string()
    .trim()
    .toLowerCase()
    .pipe(z.enum(LOG_FORMATS, { error: `must be one of ${LOG_FORMATS.join(', ')}` }))
    .optional(),
  NODE_ENV: z.string().trim().optional(),
  PUBLIC_API_URL: z
    .string()
    .trim()
    .refine((v) => URL.canParse(v) && /^https?:$/.test(new URL(v).protocol), 'must be an http(s) address such as https://news.example.org')
    .transform((v) => v.replace(/\/+$/, ''))
    .optional(),
  RESPONSE_CACHE_MAX_BYTES: z
    .string()
    .trim()
    .regex(/^\d+$/, CACHE_BYTES_MESSAGE)
    .transform(Number)
    .pipe(
      z
        .int()
        .min(0, CACHE_BYTES_MESSAGE)
        .max(2 ** 40, CACHE_BYTES_MESSAGE),
    )
    .optional(),
};

/**
 * The `HttpConfig` of validated variables.
 *
 * @example
 * httpConfig({ CORS_ORIGINS: [], TRUST_PROXY: ['127.0.0.1'], NODE_ENV: 'production' }).logFormat; // 'json'
 */
export function httpConfig(data: {
  CORS_ORIGINS: string[];
  TRUST_PROXY: string[];
  LOG_FORMAT?: LogFormat | undefined;
  NODE_ENV?: string | undefined;
  PUBLIC_API_URL?: string | undefined;
  RESPONSE_CACHE_MAX_BYTES?: number | undefined;
}): HttpConfig {
  const production = data.NODE_ENV === 'production';
  return {
    corsOrigins: data.CORS_ORIGINS,
    trustProxy: data.TRUST_PROXY,
    logFormat: data.LOG_FORMAT ?? (production ? 'json' : 'text'),
    requestLogLevel: production ? 'info' : 'debug',
    publicUrl: data.PUBLIC_API_URL,
    responseCacheBytes: data.RESPONSE_CACHE_MAX_BYTES ?? DEFAULT_CACHE_BYTES,
  };
}
