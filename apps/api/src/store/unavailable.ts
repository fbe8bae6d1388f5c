/**
 * @module
 * Telling a database that is there but cannot serve right now (locked by another writer, not
 * answering, unreachable) from a real fault, on either database: the first is worth a 503 and a
 * retry, or one line on a terminal; the second is a bug, worth a stack in the log.
 */
import { isBusy } from './sqlite/connection.ts';
import { StoreUnavailableError } from './store.ts';

/** Why the database cannot serve: it is locked, it did not answer in time, or it cannot be reached. */
export type UnavailableKind = 'locked' | 'timeout' | 'unreachable';

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
  const code = (err as { code?: unknown }).code;
  if (typeof code === 'string' && CONNECTION_CODES.has(code)) return { kind: 'unreachable', retryAfterSeconds: 5 };
  const state = sqlState(err);
  if (state === undefined) return null;
  if (TIMEOUT_STATES.has(state)) return { kind: 'timeout', retryAfterSeconds: 5 };
  // 08: connection exception; 57: shut down or restarting; 53: out of connections or memory.
  if (/^(08|57|53)/.test(state)) return { kind: 'unreachable', retryAfterSeconds: 5 };
  // "database … is not currently accepting connections"; 55000 covers other states too.
  if (state === '55000' && /accepting connections/.test(String((err as { message?: unknown }).message))) {
    return { kind: 'unreachable', retryAfterSeconds: 5 };
  }
  return null;
}

/** A query to which the database gave no answer, not even an error, within its deadline. */
export class StoreTimeoutError extends StoreUnavailableError {
  override name = 'StoreTimeoutError';
}
