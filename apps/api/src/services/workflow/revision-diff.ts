/**
 * @module
 * The difference between two saved versions of an article, as the desk shows it: the body block
 * by block (added, removed, changed, the same), with the words added and removed inside a changed
 * block, and the other fields that differ. Blocks are matched by a longest common subsequence of
 * their content, so a paragraph inserted in the middle shows as one addition, not as every later
 * paragraph changed.
 */
import { type Article, type Block, blockText } from '@dateline/model';
import { canonicalJson } from '../content-hash.ts';
import { inputOf } from '../article-input.ts';

/** A run of words in a changed block. */
interface WordRun {
  op: 'add' | 'del' | 'same';
  text: string;
}

/** One block of the difference. */
interface BlockChange {
  /** The block's position in the newer version (in the older one for a removed block). */
  index: number;
  change: 'added' | 'removed' | 'changed' | 'same';
  /** The block's type (in the newer version, except for a removed block). */
  type: Block['type'];
  words: WordRun[];
}

/** A field other than the body whose value differs. */
interface FieldChange {
  field: string;
  before: unknown;
  after: unknown;
}

/** The difference from one version to another. */
export interface ArticleDiff {
  blocks: BlockChange[];
  fields: FieldChange[];
}

/** Pairs of equal items of `a` and `b` in order (a longest common subsequence), as index pairs. */
function commonPairs<T>(a: readonly T[], b: readonly T[], equal: (x: T, y: T) => boolean): [number, number][] {
  // Common ends first: most edits touch a few items of a long list.
  let start = 0;
  while (start < a.length && start < b.length && equal(a[start]!, b[start]!)) start += 1;
  let endA = a.length;
  let endB = b.length;
  while (endA > start && endB > start && equal(a[endA - 1]!, b[endB - 1]!)) {
    endA -= 1;
    endB -= 1;
  }
  const n = endA - start;
  const m = endB - start;
  const lengths = Array.from({ length: n + 1 }, () => new Uint32Array(m + 1));
  for (let i = n - 1; i >= 0; i -= 1) {
    for (let j = m - 1; j >= 0; j -= 1) {
      lengths[i]![j] = equal(a[start + i]!, b[start + j]!)
        ? lengths[i + 1]![j + 1]! + 1
        : Math.max(lengths[i + 1]![j]!, lengths[i]![j + 1]!);
    }
  }
  const pairs: [number, number][] = [];
  for (let k = 0; k < start; k += 1) pairs.push([k, k]);
  let i = 0;
  let j = 0;
  while (i < n && j < m) {
    if (equal(a[start + i]!, b[start + j]!)) {
      pairs.push([start + i, start + j]);
      i += 1;
      j += 1;
    } else if (lengths[i + 1]![j]! >= lengths[i]![j + 1]!) i += 1;
    else j += 1;
  }
  for (let k = 0; k < a.length - endA; k += 1) pairs.push([endA + k, endB + k]);
  return pairs;
}

/** Words and the spaces between them, so runs put back together give the text. */
const tokens = (text: string): string[] => text.match(/\s+|[^\s]+/g) ?? [];

/**
 * The words of `before` and `after` as runs of deleted, added and unchanged text.
 *
 * @example
 * wordDiff('The ferry sails at noon', 'The ferry sails at dawn');
 * // [{ op: 'same', text: 'The ferry sails at ' }, { op: 'del', text: 'noon' }, { op: 'add', text: 'dawn' }]
 */
function wordDiff(before: string, after: string): WordRun[] {
  const a = tokens(before);
  const b = tokens(after);
  const runs: WordRun[] = [];
  const push = (op: WordRun['op'], text: string) => {
    const last = runs.at(-1);
    if (last?.op === op) last.text += text;
    else runs.push({ op, text });
  };
  let i = 0;
  let j = 0;
  for (const [pi, pj] of commonPairs(a, b, (x, y) => x === y)) {
    for (; i < pi; i += 1) push('del', a[i]!);
    for (; j < pj; j += 1) push('add', b[j]!);
    push('same', a[pi]!);
    i = pi + 1;
    j = pj + 1;
  }
  for (; i < a.length; i += 1) push('del', a[i]!);
  for (; j < b.length; j += 1) push('add', b[j]!);
  return runs;
}

/** What a block shows, for comparing words: its text, or an image's alt text, caption and credit. */
function shownText(block: Block): string {
  if (block.type === 'image') return [block.alt, block.caption, block.credit].filter((t) => t !== undefined && t !== '').join(' — ');
  if (block.type === 'quote') return [block.text, block.attribution].filter((t) => t !== undefined && t !== '').join(' — ');
  return blockText(block);
}

/** Fields compared besides the body: what a writer controls, and the slug. */
function comparable(article: Article): Record<string, unknown> {
  const { body: _body, ...rest } = inputOf(article) as Record<string, unknown>;
  return { ...rest, slug: article.slug };
}

/**
 * The difference from `before` to `after`.
 *
 * @example
 * const diff = diffArticles(older.article, newer.article);
 * diff.blocks.filter((b) => b.change !== 'same').length; // blocks that differ
 */
export function diffArticles(before: Article, after: Article): ArticleDiff {
  const a = before.body;
  const b = after.body;
  const keys = { a: a.map((x) => canonicalJson(x)), b: b.map((x) => canonicalJson(x)) };
  const pairs = commonPairs(
    a.map((_, i) => i),
    b.map((_, i) => i),
    (x, y) => keys.a[x] === keys.b[y],
  );
  const blocks: BlockChange[] = [];
  const gap = (fromA: number, toA: number, fromB: number, toB: number) => {
    const removed = toA - fromA;
    const added = toB - fromB;
    // Within a gap, blocks facing each other changed; the rest were added or removed.
    for (let k = 0; k < Math.max(removed, added); k += 1) {
      const old = k < removed ? a[fromA + k]! : undefined;
      const now = k < added ? b[fromB + k]! : undefined;
      if (old && now) blocks.push({ index: fromB + k, change: 'changed', type: now.type, words: wordDiff(shownText(old), shownText(now)) });
      else if (now) blocks.push({ index: fromB + k, change: 'added', type: now.type, words: [{ op: 'add', text: shownText(now) }] });
      else if (old) blocks.push({ index: fromA + k, change: 'removed', type: old.type, words: [{ op: 'del', text: shownText(old) }] });
    }
  };
  let i = 0;
  let j = 0;
  for (const [pi, pj] of pairs) {
    gap(i, pi, j, pj);
    blocks.push({ index: pj, change: 'same', type: b[pj]!.type, words: [{ op: 'same', text: shownText(b[pj]!) }] });
    i = pi + 1;
    j = pj + 1;
  }
  gap(i, a.length, j, b.length);

  const x = comparable(before);
  const y = comparable(after);
  const fields: FieldChange[] = [];
  for (const field of new Set([...Object.keys(x), ...Object.keys(y)])) {
    if (canonicalJson(x[field] ?? null) !== canonicalJson(y[field] ?? null))
      fields.push({ field, before: x[field] ?? null, after: y[field] ?? null });
  }
  return { blocks, fields };
}

/**
 * The names of the fields that differ between two versions (the body included), for a
 * revision's summary.
 *
 * @example
 * changedFields(before, after); // ['headline', 'body']
 */
export function changedFields(before: Article, after: Article): string[] {
  const names = diffArticles(before, after).fields.map((f) => f.field);
  return canonicalJson(before.body) === canonicalJson(after.body) ? names : [...names, 'body'];
}
