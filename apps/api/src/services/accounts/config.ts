/**
 * @module
 * The settings of accounts and sessions an app runs with.
 */
import { DEFAULT_DESK_URL } from './links.ts';
import { DEFAULT_SESSION_POLICY, type SessionPolicy } from './sessions.ts';
import { DEFAULT_THROTTLE, type ThrottleLimits } from './throttle.ts';

/** Session lifetimes, the sign-in throttle, and the desk's address for links and origin checks. */
export interface AccountsConfig {
  sessions: SessionPolicy;
  throttle: ThrottleLimits;
  /** `DESK_URL`: where links point, and an origin sign-in is accepted from. */
  deskUrl: string;
  /** Origins besides the API's own that may sign in and set up accounts: the desk's and `CORS_ORIGINS`. */
  trustedOrigins: readonly string[];
}

/**
 * The settings with the defaults filled in.
 *
 * @example
 * accountsConfig({ deskUrl: 'https://news.example.org' }).sessions.idleTimeoutMs; // 7 days
 */
export function accountsConfig(partial: Partial<AccountsConfig> = {}): AccountsConfig {
  return {
    sessions: partial.sessions ?? DEFAULT_SESSION_POLICY,
    throttle: partial.throttle ?? DEFAULT_THROTTLE,
    deskUrl: partial.deskUrl ?? DEFAULT_DESK_URL,
    trustedOrigins: partial.trustedOrigins ?? [],
  };
}
