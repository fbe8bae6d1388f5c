/**
 * @module
 * The PostgreSQL implementation of `CommentBlockStore`.
 */
import type { BlockKind, CommentBlock, CommentBlockStore } from '../comment-block-store.ts';
import type { Sql } from './connection.ts';

interface BlockRow {
  id: string;
  kind: string;
  value: string;
  reason: string | null;
  created_by: string | null;
  created_at: Date;
}

const toBlock = (r: BlockRow): CommentBlock => ({ id: r.id, kind: r.kind as BlockKind, value: r.value, reason: r.reason, createdBy: r.created_by, createdAt: r.created_at.toISOString() });

/**
 * The block methods of the PostgreSQL store, over `sql`.
 *
 * @example
 * const store = { ...postgresCommentBlockStore(sql), ...otherParts };
 */
export function postgresCommentBlockStore(sql: Sql): CommentBlockStore {
  return {
    addCommentBlock: async (b) => {
      const inserted = await sql`
        INSERT INTO comment_blocks (id, kind, value, reason, created_by, created_at)
        VALUES (${b.id}, ${b.kind}, ${b.value}, ${b.reason}, ${b.createdBy}, ${b.createdAt}) ON CONFLICT (kind, value) DO NOTHING`;
      const [row] = await sql<BlockRow[]>`SELECT * FROM comment_blocks WHERE kind = ${b.kind} AND value = ${b.value}`;
      return { block: toBlock(row!), created: inserted.count === 1 };
    },
    listCommentBlocks: async () => (await sql<BlockRow[]>`SELECT * FROM comment_blocks ORDER BY created_at DESC, id DESC`).map(toBlock),
    removeCommentBlock: async (id) => (await sql`DELETE FROM comment_blocks WHERE id = ${id}`).count === 1,
    findCommentBlock: async ({ email, address }) => {
      const [row] = await sql<BlockRow[]>`
        SELECT * FROM comment_blocks WHERE (kind = 'email' AND value = ${email}) OR (kind = 'address' AND value = ${address}) ORDER BY kind DESC LIMIT 1`;
      return row ? toBlock(row) : null;
    },
    countHeldComments: async () =>
      (await sql<{ held_reason: string | null; n: number }[]>`SELECT held_reason, count(*)::int AS n FROM comments WHERE status = 'pending' GROUP BY held_reason`).map((r) => ({
        heldReason: r.held_reason,
        count: r.n,
      })),
  };
}
