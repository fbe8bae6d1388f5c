/**
 * @module
 * The table `dateline token list` prints.
 */
import type { ApiToken } from '../store/store.ts';

const HEADERS = ['ID', 'NAME', 'ROLE', 'CREATED', 'LAST USED', 'REVOKED', 'EXPIRES'] as const;

/** A timestamp to the minute, UTC, readable in a terminal. */
function minute(timestamp: string | null): string {
  return timestamp === null ? '-' : `${timestamp.slice(0, 16).replace('T', ' ')}Z`;
}

/**
 * Tokens as a plain-text table with aligned columns, oldest first.
 *
 * @example
 * console.log(formatTokenTable(await store.listTokens()));
 */
export function formatTokenTable(tokens: readonly ApiToken[]): string {
  const rows = tokens.map((t) => [
    t.id,
    t.name,
    t.role,
    minute(t.createdAt),
    minute(t.lastUsedAt),
    minute(t.revokedAt),
    minute(t.expiresAt),
  ]);
  const widths = HEADERS.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]!.length)));
  return [HEADERS as readonly string[], ...rows]
    .map((r) =>
      r
        .map((cell, i) => cell.padEnd(widths[i]!))
        .join('  ')
        .trimEnd(),
    )
    .join('\n');
}
