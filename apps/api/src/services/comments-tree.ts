/**
 * @module
 * Public comments, and threads built from a flat list. Nesting stops at `MAX_THREAD_DEPTH`, as
 * WordPress's threaded comments do: a reply to a comment at that depth is listed beside it, under
 * the same parent, so narrow screens never get an ever-deeper staircase. Its `parentId` still
 * names the comment it answers.
 */
import type { CommentStatus } from '@dateline/model';
import type { StoredComment } from '../store/store.ts';

/** The deepest nesting of a reply; a top-level comment is at depth 0. */
export const MAX_THREAD_DEPTH = 5;

/** A comment as anyone may see it: no e-mail address, nothing about moderation. */
export interface PublicComment {
  id: string;
  articleSlug: string;
  parentId: string | null;
  authorName: string;
  body: string;
  status: CommentStatus;
  createdAt: string;
}

/** A comment in a thread: the public fields without the status (every one shown is approved). */
type ThreadNode = Omit<PublicComment, 'status'>;

// One type per level rather than one recursive type: the depth limit is part of the contract, and
// the typed client's JSON types expand each level instead of giving up on recursion.
interface Level5 extends ThreadNode {
  replies: [];
}
interface Level4 extends ThreadNode {
  replies: Level5[];
}
interface Level3 extends ThreadNode {
  replies: Level4[];
}
interface Level2 extends ThreadNode {
  replies: Level3[];
}
interface Level1 extends ThreadNode {
  replies: Level2[];
}

/** An approved top-level comment with the approved replies beneath it, `MAX_THREAD_DEPTH` levels at most. */
export interface ThreadedComment extends ThreadNode {
  replies: Level1[];
}

/** A node while the tree is built, before its depth is known. */
interface Node extends ThreadNode {
  replies: Node[];
}

/**
 * The public fields of a stored comment, picked one by one so that nothing private slips out.
 *
 * @example
 * toPublicComment(stored); // { id, articleSlug, parentId, authorName, body, status, createdAt }
 */
export function toPublicComment(c: StoredComment): PublicComment {
  return {
    id: c.id,
    articleSlug: c.articleSlug,
    parentId: c.parentId,
    authorName: c.authorName,
    body: c.body,
    status: c.status,
    createdAt: c.createdAt,
  };
}

function toNode(c: StoredComment): Node {
  const { status: _status, ...rest } = toPublicComment(c);
  return { ...rest, replies: [] };
}

/**
 * `roots` in their order, each with its replies nested beneath it (oldest first at every level).
 * Replies whose parent is in neither list are dropped.
 *
 * @example
 * buildThreads([top], [reply, replyToReply]); // [{ ...top, replies: [{ ...reply, replies: [{ ...replyToReply, replies: [] }] }] }]
 */
export function buildThreads(roots: readonly StoredComment[], replies: readonly StoredComment[]): ThreadedComment[] {
  const maxDepth = MAX_THREAD_DEPTH;
  const nodes = new Map<string, Node>();
  const parentOf = new Map<string, string>();
  const depth = new Map<string, number>();
  for (const root of roots) {
    nodes.set(root.id, toNode(root));
    depth.set(root.id, 0);
  }
  for (const reply of replies) {
    nodes.set(reply.id, toNode(reply));
    if (reply.parentId !== null) parentOf.set(reply.id, reply.parentId);
  }
  // Walks up iteratively: a long chain of replies must not exhaust the stack.
  const depthOf = (id: string): number | undefined => {
    const chain: string[] = [];
    let at: string | undefined = id;
    while (at !== undefined && !depth.has(at)) {
      chain.push(at);
      at = parentOf.get(at);
    }
    if (at === undefined) return undefined;
    let d = depth.get(at)!;
    for (const link of chain.reverse()) depth.set(link, ++d);
    return depth.get(id);
  };
  // Where each reply is listed: its parent, or for one nested too deep, its ancestor at maxDepth - 1.
  const anchor = new Map<string, string>();
  const placed = replies.filter((r) => depthOf(r.id) !== undefined).sort((a, b) => depth.get(a.id)! - depth.get(b.id)!);
  for (const reply of placed) {
    const parent = reply.parentId!;
    anchor.set(reply.id, depth.get(parent)! < maxDepth ? parent : (anchor.get(parent) ?? parent));
  }
  for (const reply of replies) {
    const at = anchor.get(reply.id);
    if (at !== undefined) nodes.get(at)!.replies.push(nodes.get(reply.id)!);
  }
  // Sound by construction: no node is placed deeper than maxDepth.
  return roots.map((root) => nodes.get(root.id)!) as ThreadedComment[];
}
