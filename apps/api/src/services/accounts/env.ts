/**
 * @module
 * The environment variables of accounts and sessions, validated with the rest of the
 * configuration (`env.ts` spreads `ACCOUNTS_ENV` into its schema):
 *
 * - `SESSION_IDLE_TIMEOUT`: a session unused for this long ends (default `7d`).
 * - `SESSION_MAX_AGE`: a session ends this long after sign-in, however it is used (default `30d`).
 * - `DESK_URL`: where the desk is, for setup, invitation and reset links and as an origin trusted
 *   to sign in (default `http://127.0.0.1:4322`).
 *
 * Durations are a whole number and a unit: `s`, `m`, `h` or `d` (`90m`, `12h`, `7d`).
 */
import { z } from 'zod';
import type { AccountsConfig } from './config.ts';
import { DEFAULT_DESK_URL } from './links.ts';
import { DEFAULT_SESSION_POLICY } from './sessions.ts';

const UNIT_MS = { s: 1000, m: 60_000, h: 3_600_000, d: 86_400_000 } as const;
const DURATION_MESSAGE = 'must be a duration such as 90m, 12h or 7d (s, m, h or d), from 1 minute to 365 days';

/**
 * Milliseconds of a duration such as `12h`, or null when it is not one.
 *
 * @example
 * parseDuration('7d'); // 604800000
 */
function parseDuration(value: string): number | null {
  const match = /^(\d+)\s*([smhd])$/i.exec(value.trim());
  if (!match) return null;
  const ms = Number(match[1]) * UNIT_MS[match[2]!.toLowerCase() as keyof typeof UNIT_MS];
  return ms >= 60_000 && ms <= 365 * UNIT_MS.d ? ms : null;
}

const duration = z
  .string()
  .refine((v) => parseDuration(v) !== null, DURATION_MESSAGE)
  .transform((v) => parseDuration(v)!);

/** The variables, for `EnvSchema`. */
export const ACCOUNTS_ENV = {
  SESSION_IDLE_TIMEOUT: duration.optional(),
  SESSION_MAX_AGE: duration.optional(),
  DESK_URL: z
    .string()
    .trim()
    .refine((v) => {
      try {
        const url = new URL(v);
        return (url.protocol === 'http:' || url.protocol === 'https:') && !url.search && !url.hash;
      } catch {
        return false;
      }
    }, 'must be an http(s) URL such as https://news.example.org')
    .transform((v) => v.replace(/\/+$/, ''))
    .optional(),
};

/**
 * The accounts settings of validated variables; an idle timeout longer than the maximum age is
 * cut to it.
 *
 * @example
 * accountsFromEnv({ SESSION_IDLE_TIMEOUT: 3_600_000 }).sessions.idleTimeoutMs; // 3600000
 */
export function accountsFromEnv(data: {
  SESSION_IDLE_TIMEOUT?: number | undefined;
  SESSION_MAX_AGE?: number | undefined;
  DESK_URL?: string | undefined;
}): Omit<AccountsConfig, 'trustedOrigins' | 'throttle'> {
  const maxAgeMs = data.SESSION_MAX_AGE ?? DEFAULT_SESSION_POLICY.maxAgeMs;
  const idleTimeoutMs = Math.min(data.SESSION_IDLE_TIMEOUT ?? DEFAULT_SESSION_POLICY.idleTimeoutMs, maxAgeMs);
  return { sessions: { idleTimeoutMs, maxAgeMs }, deskUrl: data.DESK_URL ?? DEFAULT_DESK_URL };
}
