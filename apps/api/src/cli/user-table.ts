/**
 * @module
 * The table `dateline user list` prints.
 */
import type { User } from '../store/store.ts';

const HEADERS = ['ID', 'EMAIL', 'NAME', 'ROLE', 'ACTIVE', 'CREATED', 'LAST SEEN'] as const;

/** A timestamp to the minute, UTC, readable in a terminal. */
function minute(timestamp: string | null): string {
  return timestamp === null ? '-' : `${timestamp.slice(0, 16).replace('T', ' ')}Z`;
}

/**
 * People as a plain-text table with aligned columns, oldest account first.
 *
 * @example
 * console.log(formatUserTable(await store.listUsers()));
 */
export function formatUserTable(users: readonly User[]): string {
  const rows = users.map((u) => [u.id, u.email, u.name, u.role, u.active ? 'yes' : 'no', minute(u.createdAt), minute(u.lastSeenAt)]);
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
