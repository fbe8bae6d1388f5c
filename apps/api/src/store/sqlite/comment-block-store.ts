/**
 * @module
 * The SQLite implementation of `CommentBlockStore`.
 */
import type { DatabaseSync } from 'node:sqlite';
import type { BlockKind, CommentBlock, CommentBlockStore, HeldCount } from '../comment-block-store.ts';

interface BlockRow {
  id: string;
  kind: string;
  value: string;
  reason: string | null;
  created_by: string | null;
  created_at: string;
}

const toBlock = (r: BlockRow): CommentBlock => ({ id: r.id, kind: r.kind as BlockKind, value: r.value, reason: r.reason, createdBy: r.created_by, createdAt: r.created_at });

/**
 * The block methods of a store over `db` (migrated to version 18 or later).
 *
 * @example
 * const store = { ...sqliteCommentBlockStore(db), ...otherParts };
 */
export function sqliteCommentBlockStore(db: DatabaseSync): CommentBlockStore {
  return {
    addCommentBlock: async (b) => {
      const result = db
        .prepare('INSERT INTO comment_blocks (id, kind, value, reason, created_by, created_at) VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT (kind, value) DO NOTHING')
        .run(b.id, b.kind, b.value, b.reason, b.createdBy, b.createdAt);
      const row = db.prepare('SELECT * FROM comment_blocks WHERE kind = ? AND value = ?').get(b.kind, b.value) as unknown as BlockRow;
      return { block: toBlock(row), created: Number(result.changes) === 1 };
    },
    listCommentBlocks: async () => (db.prepare('SELECT * FROM comment_blocks ORDER BY created_at DESC, id DESC').all() as unknown as BlockRow[]).map(toBlock),
    removeCommentBlock: async (id) => Number(db.prepare('DELETE FROM comment_blocks WHERE id = ?').run(id).changes) === 1,
    findCommentBlock: async ({ email, address }) => {
      const row = db
        .prepare("SELECT * FROM comment_blocks WHERE (kind = 'email' AND value = ?) OR (kind = 'address' AND value = ?) ORDER BY kind DESC LIMIT 1")
        .get(email, address) as BlockRow | undefined;
      return row ? toBlock(row) : null;
    },
    countHeldComments: async () =>
      (db.prepare("SELECT held_reason, count(*) AS n FROM comments WHERE status = 'pending' GROUP BY held_reason").all() as { held_reason: string | null; n: number }[]).map((r) => ({
        heldReason: r.held_reason,
        count: Number(r.n),
      })) satisfies HeldCount[],
  };
}
