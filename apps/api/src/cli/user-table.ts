/**
 * @module
 * The table `dateline user list` prints.
 */
import type { User } from '../store/store.ts';
import { alignedTable, minute } from './text-table.ts';

const HEADERS = ['ID', 'EMAIL', 'NAME', 'ROLE', 'ACTIVE', 'CREATED', 'LAST SEEN'] as const;

/**
 * People as a plain-text table with aligned columns, oldest account first.
 *
 * @example
 * console.log(formatUserTable(await store.listUsers()));
 */
export function formatUserTable(users: readonly User[]): string {
  const rows = users.map((u) => [u.id, u.email, u.name, u.role, u.active ? 'yes' : 'no', minute(u.createdAt), minute(u.lastSeenAt)]);
  return alignedTable(HEADERS, rows);
}
