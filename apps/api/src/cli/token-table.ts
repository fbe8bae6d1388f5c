/**
 * @module
 * The table `dateline token list` prints.
 */
import type { ApiToken } from '../store/store.ts';
import { alignedTable, minute } from './text-table.ts';

const HEADERS = ['ID', 'NAME', 'ROLE', 'CREATED', 'LAST USED', 'REVOKED', 'EXPIRES'] as const;

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
  return alignedTable(HEADERS, rows);
}
