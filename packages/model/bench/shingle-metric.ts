/**
 * @module
 * The scoring of the article-extraction-benchmark (scrapinghub): precision, recall and F1 over
 * word 4-shingles, reproduced from its `evaluate.py` so our figures compare with the published
 * ones. Tokens are `\w+` runs as Python's `re` sees them with Unicode on (letters, digits and the
 * underscore; combining marks split words there, so they do here too).
 */

/** True positives, false positives and false negatives of one page, as shares of their sum. */
export type TpFpFn = readonly [tp: number, fp: number, fn: number];

/** Means over pages, as the benchmark reports them. */
export interface ExtractionScore {
  precision: number;
  recall: number;
  f1: number;
}

const TOKEN = /[\p{L}\p{N}_]+/gu;

/**
 * The word tokens of `text`, in order.
 *
 * @example
 * tokenize('It’s 10:30, café-bar!'); // ['It', 's', '10', '30', 'café', 'bar']
 */
export function tokenize(text: string): string[] {
  return text.match(TOKEN) ?? [];
}

/**
 * The multiset of `n`-token shingles of `text`. A text shorter than `n` tokens is one shingle;
 * an empty text has none.
 *
 * @example
 * shingles('a b c d e', 4); // Map { 'a b c d' => 1, 'b c d e' => 1 }
 */
export function shingles(text: string, n = 4): Map<string, number> {
  const tokens = tokenize(text);
  const out = new Map<string, number>();
  const last = Math.max(1, tokens.length - n + 1);
  for (let i = 0; i < last; i++) {
    const shingle = tokens.slice(i, i + n);
    if (shingle.length === 0) continue;
    // Tokens never contain U+0001, so joining with it keeps shingles distinct.
    const key = shingle.join('\u0001');
    out.set(key, (out.get(key) ?? 0) + 1);
  }
  return out;
}

/**
 * Shingle matches between the true and the predicted text, normalised to sum to 1 so that long
 * pages weigh no more than short ones (all zero when both texts are empty).
 *
 * @example
 * shingleMatch('one two three four five', 'one two three four'); // [0.5, 0, 0.5]
 */
export function shingleMatch(truth: string, predicted: string, n = 4): TpFpFn {
  const want = shingles(truth, n);
  const got = shingles(predicted, n);
  let tp = 0;
  let fp = 0;
  let fn = 0;
  for (const [key, count] of want) {
    const other = got.get(key) ?? 0;
    tp += Math.min(count, other);
    fn += Math.max(0, count - other);
  }
  for (const [key, count] of got) fp += Math.max(0, count - (want.get(key) ?? 0));
  const sum = tp + fp + fn;
  return sum > 0 ? [tp / sum, fp / sum, fn / sum] : [0, 0, 0];
}

/**
 * Precision of one page; 1 when nothing was missed or added.
 *
 * @example
 * precisionOf([0.5, 0.5, 0]); // 0.5
 */
export function precisionOf([tp, fp, fn]: TpFpFn): number {
  if (fp === 0 && fn === 0) return 1;
  if (tp === 0 && fp === 0) return 0;
  return tp / (tp + fp);
}

/**
 * Recall of one page; 1 when nothing was missed or added.
 *
 * @example
 * recallOf([0.5, 0, 0.5]); // 0.5
 */
export function recallOf([tp, fp, fn]: TpFpFn): number {
  if (fp === 0 && fn === 0) return 1;
  if (tp === 0 && fn === 0) return 0;
  return tp / (tp + fn);
}

/**
 * The benchmark's overall figures: precision averaged over pages that predicted something,
 * recall over pages whose truth is not empty, and F1 as the harmonic mean of those two means
 * (not the mean of per-page F1).
 *
 * @example
 * overallScore([[1, 0, 0], [0.5, 0, 0.5]]); // { precision: 1, recall: 0.75, f1: 0.857… }
 */
export function overallScore(pages: readonly TpFpFn[]): ExtractionScore {
  const precision = mean(pages.filter(([tp, fp]) => tp + fp > 0).map(precisionOf));
  const recall = mean(pages.filter(([tp, , fn]) => tp + fn > 0).map(recallOf));
  const f1 = precision + recall > 0 ? (2 * precision * recall) / (precision + recall) : 0;
  return { precision, recall, f1 };
}

/**
 * F1 of one page from its shares, for per-page listings (0 when both parts are 0).
 *
 * @example
 * pageF1([0.5, 0, 0.5]); // 0.666…
 */
export function pageF1(match: TpFpFn): number {
  const p = precisionOf(match);
  const r = recallOf(match);
  return p + r > 0 ? (2 * p * r) / (p + r) : 0;
}

function mean(values: readonly number[]): number {
  return values.length === 0 ? 0 : values.reduce((a, b) => a + b, 0) / values.length;
}
