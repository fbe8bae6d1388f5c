/**
 * @module
 * Telling a database that is there but cannot serve right now (locked by another writer, not
 * answering, unreachable) from a real fault, on either database: the first is worth a 503 and a
 * retry, or one line on a terminal; the second is a bug, worth a stack in the log.
 */
import { isBusy, isFull } from './sqlite/error-codes.ts';
import { StoreUnavailableError } from './store.ts';

/** Why the database cannot serve: it is locked, it did not answer in time, it cannot be reached, or its disk is full. */
export type UnavailableKind = 'locked' | 'timeout' | 'unreachable' | 'full';

/** A database that cannot serve now, and how long a client might wait before trying again. */
export interface Unavailable {
  kind: UnavailableKind;
  retryAfterSeconds: number;
}

/** The driver's codes for a connection that failed, closed or never opened (`postgres` and Node's own). */
const CONNECTION_CODES = new Set([
  'CONNECTION_CLOSED',
  'CONNECTION_DESTROYED',
  'CONNECTION_ENDED',
  'CONNECT_TIMEOUT',
  'ECONNREFUSED',
  'ECONNRESET',
  'ETIMEDOUT',
  'EHOSTUNREACH',
  'ENETUNREACH',
  'EPIPE',
  'ENOTFOUND',
  'EAI_AGAIN',
]);

/** A query that ran out of time on the server (`statement_timeout`) or could not get a lock soon enough. */
const TIMEOUT_STATES = new Set(['57014', '55P03']);

function sqlState(err: object): string | undefined {
  const code = (err as { code?: unknown }).code;
  return typeof code === 'string' && /^[0-9A-Z]{5}$/.test(code) ? code : undefined;
}

/**
 * What keeps the database from serving, when `err` says it is unavailable rather than wrong; null
 * for any other error.
 *
 * @example
 * const unavailable = unavailableCause(err);
 * if (unavailable) return problem(c, 503, { detail: '…' }, { 'Retry-After': String(unavailable.retryAfterSeconds) });
 */
export function unavailableCause(err: unknown): Unavailable | null {
  if (typeof err !== 'object' || err === null) return null;
  if (err instanceof StoreTimeoutError) return { kind: 'timeout', retryAfterSeconds: 5 };
  if (err instanceof StoreUnavailableError) return { kind: 'unreachable', retryAfterSeconds: 5 };
  if (isBusy(err)) return { kind: 'locked', retryAfterSeconds: 1 };
  if (isFull(err)) return { kind: 'full', retryAfterSeconds: 60 };
  const code = (err as { code?: unknown }).code;
  if (typeof code === 'string' && CONNECTION_CODES.has(code)) return { kind: 'unreachable', retryAfterSeconds: 5 };
  const state = sqlState(err);
  if (state === undefined) return null;
  if (TIMEOUT_STATES.has(state)) return { kind: 'timeout', retryAfterSeconds: 5 };
  // 53100: disk_full.
  if (state === '53100') return { kind: 'full', retryAfterSeconds: 60 };
  // 08: connection exception; 57: shut down or restarting; 53: out of connections or memory.
  if (/^(08|57|53)/.test(state)) return { kind: 'unreachable', retryAfterSeconds: 5 };
  // "database … is not currently accepting connections"; 55000 covers other states too.
  if (state === '55000' && /accepting connections/.test(String((err as { message?: unknown }).message))) {
    return { kind: 'unreachable', retryAfterSeconds: 5 };
  }
  return null;
}

const fullAt = new WeakMap<object, number>();

/** How long after a write failed for a full disk `/readyz` reports the database not ready. */
const FULL_DISK_REPORT_MS = 60_000;

/**
 * Records that a write to `store` failed because its disk is full, for `/readyz` to report.
 *
 * @example
 * if (unavailableCause(err)?.kind === 'full') noteFull(store, Date.now());
 */
export function noteFull(store: object, now: number): void {
  fullAt.set(store, now);
}

/**
 * Whether a write to `store` failed for a full disk within `FULL_DISK_REPORT_MS` of `now`.
 *
 * @example
 * if (recentlyFull(store, Date.now())) return problem(c, 503, { detail: 'The disk is full.' });
 */
export function recentlyFull(store: object, now: number): boolean {
  const at = fullAt.get(store);
  return at !== undefined && now - at < FULL_DISK_REPORT_MS;
}

/** A query to which the database gave no answer, not even an error, within its deadline. */
export class StoreTimeoutError extends StoreUnavailableError {
  override name = 'StoreTimeoutError';
}
