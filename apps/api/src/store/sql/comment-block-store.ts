/**
 * @module
 * `CommentBlockStore` on both databases.
 */
import type { BlockKind, CommentBlock, CommentBlockStore } from '../comment-block-store.ts';
import { type Db, isoTime } from './db.ts';

interface BlockRow {
  id: string;
  kind: string;
  value: string;
  reason: string | null;
  created_by: string | null;
  created_at: string | Date;
}

const toBlock = (r: BlockRow): CommentBlock => ({
  id: r.id,
  kind: r.kind as BlockKind,
  value: r.value,
  reason: r.reason,
  createdBy: r.created_by,
  createdAt: isoTime(r.created_at),
});

const COLUMNS = 'id, kind, value, reason, created_by, created_at';

/**
 * The block methods of a store over `db` (migrated to version 18 or later).
 *
 * @example
 * const store = { ...commentBlockStore(sqliteDb(db)), ...otherParts };
 */
export function commentBlockStore(db: Db): CommentBlockStore {
  return {
    addCommentBlock: async (b) => {
      const created = await db.run(
        'INSERT INTO comment_blocks (id, kind, value, reason, created_by, created_at) VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT (kind, value) DO NOTHING',
        [b.id, b.kind, b.value, b.reason, b.createdBy, b.createdAt],
      );
      const row = await db.get<BlockRow>(`SELECT ${COLUMNS} FROM comment_blocks WHERE kind = ? AND value = ?`, [b.kind, b.value]);
      return { block: toBlock(row!), created: created === 1 };
    },
    listCommentBlocks: async () =>
      (await db.all<BlockRow>(`SELECT ${COLUMNS} FROM comment_blocks ORDER BY created_at DESC, id DESC`)).map(toBlock),
    removeCommentBlock: async (id) => (await db.run('DELETE FROM comment_blocks WHERE id = ?', [id])) === 1,
    findCommentBlock: async ({ email, address }) => {
      const row = await db.get<BlockRow>(
        `SELECT ${COLUMNS} FROM comment_blocks WHERE (kind = 'email' AND value = ?) OR (kind = 'address' AND value = ?) ORDER BY kind DESC LIMIT 1`,
        [email, address],
      );
      return row ? toBlock(row) : null;
    },
    countHeldComments: async () =>
      (
        await db.all<{ held_reason: string | null; n: number | string }>(
          "SELECT held_reason, count(*) AS n FROM comments WHERE status = 'pending' GROUP BY held_reason",
        )
      ).map((r) => ({
        heldReason: r.held_reason,
        count: Number(r.n),
      })),
  };
}
